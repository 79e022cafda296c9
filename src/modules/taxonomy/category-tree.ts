import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { UUID_PATTERN } from '../../common/uuid7.js';
import { Category, Intent } from './category.entity.js';

/**
 * SQL selecting the ids of a category, named by id or slug in the parameter `param`, and of all its descendants:
 * for query builders of other modules that filter by category, sub-categories included.
 */
export function categoryTreeSql(category: string, param = ':category'): string {
  return `WITH RECURSIVE tree AS (
           SELECT id FROM categories WHERE ${UUID_PATTERN.test(category) ? `id = ${param}::uuid` : `slug = ${param}`}
           UNION ALL SELECT c.id FROM categories c JOIN tree t ON c.parent_id = t.id)
         SELECT id FROM tree`;
}

/** The category tree and the intent vocabulary, as other modules read them. */
@Injectable()
export class CategoryTree {
  constructor(private readonly dataSource: DataSource) {}

  /** The ids of a category and of all categories under it (none for an unknown one). */
  async withDescendants(categoryId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (!UUID_PATTERN.test(categoryId)) return [];
    const rows: { id: string }[] = await manager.query(categoryTreeSql(categoryId, '$1'), [categoryId]);
    return rows.map((r) => r.id);
  }

  /** The id of a category named by id or slug, if it exists. */
  async idOf(idOrSlug: string): Promise<string | undefined> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM categories WHERE id::text = $1 OR slug = $1`,
      [idOrSlug],
    );
    return rows[0]?.id;
  }

  exists(categoryId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.exists(Category, { where: { id: categoryId } });
  }

  /** Those of `keys` that name an intent. */
  async knownIntents(keys: string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    return new Set((await manager.find(Intent, { where: { key: In(keys) }, select: { key: true } })).map((i) => i.key));
  }
}
