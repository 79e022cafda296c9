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
  {
    pattern: '/articles',
    minRole: 'editor',
    nav: { section: 'Content', label: 'Articles' },
    screen: lazy(() => import('../editor/ArticleList.js')),
  },
  { pattern: '/articles/new', minRole: 'editor', screen: lazy(() => import('../editor/NewArticle.js')) },
  { pattern: '/articles/:id', minRole: 'editor', screen: lazy(() => import('../editor/ArticleEditor.js')) },
  {
    pattern: '/reviews',
    minRole: 'editor',
    nav: { section: 'Content', label: 'Review queue' },
    screen: lazy(() => import('../reviewer/ReviewQueue.js')),
  },
  { pattern: '/reviews/:id', minRole: 'editor', screen: lazy(() => import('../reviewer/DraftReview.js')) },
  {
    pattern: '/analytics',
    minRole: 'editor',
    nav: { section: 'Analytics', label: 'Dashboard' },
    screen: lazy(() => import('../analyst/AnalyticsDashboard.js')),
  },
  {
    pattern: '/analytics/articles/:id',
    minRole: 'editor',
    screen: lazy(() => import('../analyst/ArticleAnalytics.js')),
  },
  {
    pattern: '/settings/categories',
    minRole: 'editor',
    nav: { section: 'Settings', label: 'Categories' },
    screen: lazy(() => import('../admin/Categories.js')),
  },
  {
    pattern: '/settings/intents',
    minRole: 'editor',
    nav: { section: 'Settings', label: 'Intents' },
    screen: lazy(() => import('../admin/Intents.js')),
  },
  {
    pattern: '/settings/synonyms',
    minRole: 'editor',
    nav: { section: 'Settings', label: 'Synonyms' },
    screen: lazy(() => import('../admin/Synonyms.js')),
  },
  {
    pattern: '/settings/keys',
    minRole: 'admin',
    nav: { section: 'Settings', label: 'API keys' },
    screen: lazy(() => import('../admin/ApiKeys.js')),
  },
  {
    pattern: '/settings/channels',
    minRole: 'admin',
    nav: { section: 'Settings', label: 'Channel profiles' },
    screen: lazy(() => import('../admin/ChannelProfiles.js')),
  },
  {
    pattern: '/settings/webhooks',
    minRole: 'admin',
    nav: { section: 'Settings', label: 'Webhooks' },
    screen: lazy(() => import('../admin/Webhooks.js')),
  },
];

/** Pages outside the hash routes (their own URL under /admin), linked from the navigation for these roles. */
export const PAGE_LINKS: { href: string; label: string; minRole: Role }[] = [
  { href: '/admin/agent', label: 'Agent panel', minRole: 'agent' },
];
