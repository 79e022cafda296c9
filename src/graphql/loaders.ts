import type { DataSource } from 'typeorm';
import { RevisionLoaders } from '../modules/articles/revision-loaders.js';
import { CategoryLoader } from '../modules/taxonomy/category-loader.js';

/** The per-request batch loaders of every module, as resolvers find them in the GraphQL context. */
export interface Loaders {
  revisions: RevisionLoaders;
  categories: CategoryLoader;
}

export function createLoaders(dataSource: DataSource): Loaders {
  return { revisions: new RevisionLoaders(dataSource), categories: new CategoryLoader(dataSource) };
}
