/**
 * The locales to try, most wanted first: the requested tag, each shorter prefix of it, then the default
 * (`fr-CA` → `fr` → `en`). Without a request, the default alone.
 */
export function localeChain(requested: string | undefined, defaultLocale: string): string[] {
  const chain: string[] = [];
  if (requested) {
    const parts = requested.split('-');
    for (let n = parts.length; n > 0; n -= 1) chain.push(parts.slice(0, n).join('-'));
  }
  chain.push(defaultLocale);
  return [...new Set(chain)];
}
