import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Category } from './category.entity.js';

/** Batch loader for the category of each article of a list: one query per GraphQL request. Created per request. */
export class CategoryLoader {
  constructor(private readonly dataSource: DataSource) {}

  readonly category = new DataLoader<string, Category | null>(async (ids) => {
    const rows = await this.dataSource.getRepository(Category).find({ where: { id: In([...ids]) } });
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
