import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, QueryFailedError, Repository } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { Category, Intent } from './category.entity.js';
import type { CreateCategoryDto, CreateIntentDto, UpdateCategoryDto, UpdateIntentDto } from './taxonomy.dto.js';

/** PostgreSQL's SQLSTATEs for deleting a row still referenced: ON DELETE RESTRICT, and NO ACTION. */
const STILL_REFERENCED = ['23001', '23503'];

export type CategoryNode = Category & { children: CategoryNode[] };

/** Categories (a tree), intents and tags: the vocabulary articles are filed under. */
@Injectable()
export class TaxonomyService {
  constructor(
    @InjectRepository(Category) private readonly categories: Repository<Category>,
    @InjectRepository(Intent) private readonly intents: Repository<Intent>,
  ) {}

  async listCategories(): Promise<Category[]> {
    return this.categories.find({ order: { position: 'ASC', slug: 'ASC' } });
  }

  async categoryTree(): Promise<CategoryNode[]> {
    const all = (await this.listCategories()).map((c) => ({ ...c, children: [] as CategoryNode[] }));
    const byId = new Map(all.map((c) => [c.id, c]));
    const roots: CategoryNode[] = [];
    for (const node of all) (node.parentId ? byId.get(node.parentId)?.children : roots)?.push(node);
    return roots;
  }

  async getCategory(idOrSlug: string): Promise<Category> {
    const category = await this.categories.findOne({
      where: /^[0-9a-f-]{36}$/i.test(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug },
    });
    if (!category) throw notFound('Category', idOrSlug);
    return category;
  }

  async createCategory(input: CreateCategoryDto): Promise<Category> {
    validateNames(input.names);
    if (input.parentId) await this.getCategory(input.parentId);
    if (await this.categories.exists({ where: { slug: input.slug } }))
      throw conflict(`A category with slug "${input.slug}" exists`);
    return this.categories.save(
      this.categories.create({
        slug: input.slug,
        names: input.names,
        parentId: input.parentId ?? null,
        position: input.position ?? 0,
      }),
    );
  }

  async updateCategory(idOrSlug: string, input: UpdateCategoryDto): Promise<Category> {
    const category = await this.getCategory(idOrSlug);
    if (input.names) validateNames(input.names);
    if (input.parentId) {
      // Walk up from the new parent: meeting this category would make a cycle.
      for (let cursor: string | null = input.parentId; cursor; cursor = (await this.getCategory(cursor)).parentId) {
        if (cursor === category.id)
          throw badInput('A category cannot be moved under itself or one of its descendants', [
            { field: 'parentId', message: 'would create a cycle' },
          ]);
      }
    }
    if (input.slug && input.slug !== category.slug && (await this.categories.exists({ where: { slug: input.slug } }))) {
      throw conflict(`A category with slug "${input.slug}" exists`);
    }
    await this.categories.update(category.id, {
      ...(input.slug !== undefined ? { slug: input.slug } : {}),
      ...(input.names !== undefined ? { names: input.names } : {}),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
    });
    return this.getCategory(category.id);
  }

  /**
   * Deletes a category no article and no sub-category is filed under. The foreign keys on articles.category_id and
   * categories.parent_id (ON DELETE RESTRICT) refuse it otherwise, also to a writer filing an article under it at the
   * same moment, so this module need not read the articles.
   */
  async deleteCategory(idOrSlug: string): Promise<void> {
    const category = await this.getCategory(idOrSlug);
    try {
      await this.categories.delete(category.id);
    } catch (error) {
      if (error instanceof QueryFailedError && STILL_REFERENCED.includes((error.driverError as { code: string }).code))
        throw conflict('The category still has articles or sub-categories; move them first');
      throw error;
    }
  }

  /** The intents by key; articles' ArticleVocabularyService adds how many articles answer each. */
  async listIntents(limit: number, cursor?: string): Promise<Page<Intent>> {
    const after = decodeCursor<{ key: string }>(cursor, ['key']);
    const rows = await this.intents.find({
      where: after ? { key: MoreThan(after.key) } : {},
      order: { key: 'ASC' },
      take: limit + 1,
    });
    return toPage(rows, limit, (i) => ({ key: i.key }));
  }

  async getIntent(key: string): Promise<Intent> {
    const intent = await this.intents.findOne({ where: { key } });
    if (!intent) throw notFound('Intent', key);
    return intent;
  }

  /** The names of these intents that exist, by key (reports name the intents they count). */
  async intentNames(keys: string[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const where = { key: In([...new Set(keys)]) };
    const intents = await this.intents.find({ where, select: { key: true, name: true } });
    return new Map(intents.map((i) => [i.key, i.name]));
  }

  async createIntent(input: CreateIntentDto): Promise<Intent> {
    if (await this.intents.exists({ where: { key: input.key } })) throw conflict(`The intent "${input.key}" exists`);
    return this.intents.save(
      this.intents.create({ key: input.key, name: input.name, description: input.description ?? '' }),
    );
  }

  async updateIntent(key: string, input: UpdateIntentDto): Promise<Intent> {
    await this.getIntent(key);
    await this.intents.update(key, input);
    return this.getIntent(key);
  }

  /** Deletes an intent. Articles name intents in a list no foreign key covers: ArticleVocabularyService checks. */
  async deleteIntent(key: string): Promise<void> {
    await this.getIntent(key);
    await this.intents.delete(key);
  }
}

function validateNames(names: Record<string, string>): void {
  const entries = Object.entries(names);
  if (
    entries.length === 0 ||
    entries.some(
      ([locale, name]) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) || typeof name !== 'string' || !name.trim(),
    )
  ) {
    throw badInput('names must map locales ("en", "fr-CA") to non-empty names', [
      { field: 'names', message: 'invalid locale or empty name' },
    ]);
  }
}
