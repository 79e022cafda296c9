import type { ReactNode } from 'react';
import { useRoute } from './router.js';
import { PAGE_LINKS, ROUTES } from './routes.js';
import { hasRole, type Me } from './session.js';

/** Header, the navigation the key's role allows, and the screen. The navigation folds above the screen below 900 px. */
export function Layout({ me, onSignOut, children }: { me: Me; onSignOut: () => void; children: ReactNode }) {
  const route = useRoute();
  const sections = new Map<string, { href: string; label: string; current: boolean }[]>();
  for (const r of ROUTES) {
    if (!r.nav || !hasRole(me.role, r.minRole)) continue;
    const items = sections.get(r.nav.section) ?? [];
    items.push({
      href: `#${r.pattern}`,
      label: r.nav.label,
      current: route.path === r.pattern || route.path.startsWith(`${r.pattern}/`),
    });
    sections.set(r.nav.section, items);
  }
  const pages = PAGE_LINKS.filter((p) => hasRole(me.role, p.minRole));
  return (
    <div className="layout">
      <header className="top">
        <a className="brand" href="#/">
          Savoir
        </a>
        <span className="who">
          {me.name} · <span className="role">{me.role}</span>
        </span>
        <button type="button" className="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <nav aria-label="Main">
        {[...sections].map(([section, items]) => (
          <div key={section} className="nav-section">
            <h2>{section}</h2>
            <ul>
              {items.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {pages.length > 0 && (
          <div className="nav-section">
            <h2>Desk</h2>
            <ul>
              {pages.map((p) => (
                <li key={p.href}>
                  <a href={p.href}>{p.label}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </nav>
      <main className="screen">{children}</main>
    </div>
  );
}
