import { type ComponentType, lazy } from 'react';
import type { Me, Role } from './session.js';

export interface ScreenProps {
  params: Record<string, string>;
  query: URLSearchParams;
  me: Me;
}

export interface ScreenRoute {
  /** Hash path, with ":name" parameters. */
  pattern: string;
  /** The least role that sees it (as the API's own @MinRole for what the screen does). */
  minRole: Role;
  /** Listed in the navigation under this label (screens reached from another one have none). */
  nav?: { section: string; label: string };
  screen: ComponentType<ScreenProps>;
}

/** Every screen of the back-office; each loads on demand (its own chunk), so the first load stays small. */
export const ROUTES: ScreenRoute[] = [
  { pattern: '/articles', minRole: 'editor', nav: { section: 'Content', label: 'Articles' }, screen: lazy(() => import('../editor/ArticleList.js')) },
  { pattern: '/articles/new', minRole: 'editor', screen: lazy(() => import('../editor/NewArticle.js')) },
  { pattern: '/articles/:id', minRole: 'editor', screen: lazy(() => import('../editor/ArticleEditor.js')) },
];

/** Pages outside the hash routes (their own URL under /admin), linked from the navigation for these roles. */
export const PAGE_LINKS: { href: string; label: string; minRole: Role }[] = [{ href: '/admin/agent', label: 'Agent panel', minRole: 'agent' }];
