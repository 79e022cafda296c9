import { useEffect, useState } from 'react';

/** The screen's route: the hash without "#", e.g. "/articles/123?locale=fr" → path "/articles/123", query. */
export interface Route {
  path: string;
  query: URLSearchParams;
}

const current = (): Route => {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  return { path: path || '/', query: new URLSearchParams(query) };
};

export function useRoute(): Route {
  const [route, setRoute] = useState(current);
  useEffect(() => {
    const changed = () => setRoute(current());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export const navigate = (path: string, query?: Record<string, string | undefined>): void => {
  location.hash = href(path, query);
};

export function href(path: string, query?: Record<string, string | undefined>): string {
  const entries = Object.entries(query ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
  );
  return `#${path}${entries.length > 0 ? `?${new URLSearchParams(entries)}` : ''}`;
}

/** Matches "/articles/:id" against a path; the parameters, or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(`^${pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
  const found = regex.exec(path);
  return found ? Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])])) : null;
}
