import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { Category, Intent } from './category.entity.js';
import type { CreateCategoryDto, CreateIntentDto, UpdateCategoryDto, UpdateIntentDto } from './taxonomy.dto.js';

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

  async deleteCategory(idOrSlug: string): Promise<void> {
    const category = await this.getCategory(idOrSlug);
    const [{ used }] = await this.categories.query(
      `SELECT (SELECT count(*) FROM articles WHERE category_id = $1) + (SELECT count(*) FROM categories WHERE parent_id = $1) AS used`,
      [category.id],
    );
    if (Number(used) > 0) throw conflict('The category still has articles or sub-categories; move them first');
    await this.categories.delete(category.id);
  }

  async listIntents(limit: number, cursor?: string): Promise<Page<Intent & { articleCount: number }>> {
    const after = decodeCursor<{ key: string }>(cursor, ['key']);
    const rows: (Intent & { articleCount: number })[] = await this.intents.query(
      `SELECT i.key, i.name, i.description, i.created_at AS "createdAt",
              (SELECT count(*)::int FROM articles a WHERE i.key = ANY(a.intents) AND a.state = 'active') AS "articleCount"
         FROM intents i WHERE ($1::text IS NULL OR i.key > $1) ORDER BY i.key LIMIT $2`,
      [after?.key ?? null, limit + 1],
    );
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

  async deleteIntent(key: string): Promise<void> {
    await this.getIntent(key);
    const [{ used }] = await this.intents.query(`SELECT count(*)::int AS used FROM articles WHERE $1 = ANY(intents)`, [
      key,
    ]);
    if (used > 0) throw conflict(`The intent "${key}" is used by ${used} article(s); remove it from them first`);
    await this.intents.delete(key);
  }

  /** Every tag in use, with how many active articles carry it. */
  async listTags(): Promise<{ tag: string; articleCount: number }[]> {
    return this.categories.query(
      `SELECT tag, count(*)::int AS "articleCount" FROM articles, unnest(tags) AS tag WHERE state = 'active' GROUP BY tag ORDER BY tag`,
    );
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
