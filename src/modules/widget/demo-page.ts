/** Public keys as `keys:create` makes them; anything else in `?key=` is ignored (it is written into the page). */
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,200}$/;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEXT = {
  en: {
    title: 'Lumio Telecom — Help',
    lead: 'Ask your question: bills, plans, SIM and eSIM, roaming, home internet, moving, outages, security…',
    missing:
      'This demo needs a public API key. Create one (with the server stopped on the embedded database), then open',
    other: 'Version française',
  },
  fr: {
    title: 'Lumio Telecom — Aide',
    lead: 'Posez votre question : facture, forfait, carte SIM et eSIM, étranger, internet, déménagement, pannes, sécurité…',
    missing:
      'Cette démo a besoin d’une clé API publique. Créez-en une (serveur arrêté sur la base embarquée), puis ouvrez',
    other: 'English version',
  },
};

/** The demo help page: the widget inline (or as a launcher), or how to get the public key it needs. */
export function demoPage(options: { key?: string; locale?: string; mode?: string; version?: string }): string {
  const locale = options.locale === 'en' ? 'en' : 'fr';
  const text = TEXT[locale];
  const key = options.key && KEY_PATTERN.test(options.key) ? options.key : undefined;
  const launcher = options.mode === 'launcher';
  const query = (changes: Record<string, string>) =>
    escapeHtml(
      `?${new URLSearchParams({ ...(key ? { key } : {}), locale, ...(launcher ? { mode: 'launcher' } : {}), ...changes })}`,
    );
  const script = `/widget.js${options.version ? `?v=${options.version}` : ''}`;
  const widget = key
    ? `${launcher ? '' : '<savoir-faq contact-url="mailto:help@lumio.example" heading="Lumio"></savoir-faq>'}
<script src="${escapeHtml(script)}" data-key="${escapeHtml(key)}" data-locale="${locale}"${launcher ? ' data-contact-url="mailto:help@lumio.example"' : ''} async></script>`
    : `<div class="missing"><p>${text.missing} <code>/demo?key=&lt;key&gt;</code>:</p>
<pre>npm run keys:create -- --name "demo widget" --role public</pre></div>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text.title}</title>
<style>
body{margin:0;font:16px/1.5 Georgia,serif;background:#f4f1ea;color:#222}
header{background:#3b1f5e;color:#fff;padding:14px 20px;font:700 20px/1.2 system-ui,sans-serif}
main{max-width:46em;margin:0 auto;padding:20px}
h1{font-size:1.6em;margin:.2em 0}
nav a{color:#3b1f5e}
.missing{background:#fff;border:1px solid #ccc;padding:12px;border-radius:8px}
pre{white-space:pre-wrap}
</style>
</head>
<body>
<header>Lumio Telecom</header>
<main>
<h1>${text.title}</h1>
<p>${text.lead}</p>
<nav><a href="${query({ locale: locale === 'fr' ? 'en' : 'fr' })}" lang="${locale === 'fr' ? 'en' : 'fr'}">${text.other}</a></nav>
${widget}
</main>
</body>
</html>
`;
}
