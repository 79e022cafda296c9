/**
 * The API already sanitises what it renders; this second pass, in the browser, makes sure that nothing the widget
 * shows can run script even if it were not: HTML is parsed in an inert document and rebuilt element by element from
 * an allow-list, URLs only http(s), mailto and tel (images: http(s) only).
 */
const KEPT = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'code',
  'pre',
  'blockquote',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'dl',
  'dt',
  'dd',
  'sup',
  'sub',
  'kbd',
  'mark',
  'small',
  'span',
  'div',
]);
/** Dropped with their content; any other unknown element is replaced by its content. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'title',
  'head',
]);
const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
};

export const LINK_URL = /^(https?:|mailto:|tel:)/i;
const IMAGE_URL = /^https?:/i;

/** The absolute form of a URL if its scheme is allowed, else null (also for a value that is not a URL). */
export function safeUrl(value: string, allowed: RegExp): string | null {
  try {
    const url = new URL(value.trim(), document.baseURI);
    return allowed.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function copy(source: Node, target: Node): void {
  source.childNodes.forEach((child) => {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(document.createTextNode(child.textContent ?? ''));
      return;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) return;
    const element = child as Element;
    const tag = element.localName;
    if (DROPPED.has(tag)) return;
    if (!KEPT.has(tag)) return copy(element, target);
    const clean = document.createElement(tag === 'h2' || tag === 'h3' ? 'h4' : tag);
    for (const name of ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      if (name === 'href' || name === 'src') {
        const url = safeUrl(value, name === 'src' ? IMAGE_URL : LINK_URL);
        if (url) clean.setAttribute(name, url);
      } else {
        clean.setAttribute(name, value);
      }
    }
    if (tag === 'a') {
      clean.setAttribute('target', '_blank');
      clean.setAttribute('rel', 'noopener noreferrer nofollow');
    }
    if (tag === 'img') {
      if (!clean.hasAttribute('src')) return;
      clean.setAttribute('referrerpolicy', 'no-referrer');
      clean.setAttribute('loading', 'lazy');
      if (!clean.hasAttribute('alt')) clean.setAttribute('alt', '');
    }
    copy(element, clean);
    target.appendChild(clean);
  });
}

/** Sanitised HTML as a fragment of live, script-free nodes. Headings start at h4 (the widget's own are h2 and h3). */
export function safeFragment(html: string): DocumentFragment {
  const inert = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = document.createDocumentFragment();
  copy(inert.body, fragment);
  return fragment;
}

/** A search snippet (escaped text with matched terms in <mark>) as text nodes and <mark> elements only. */
export function snippetFragment(snippet: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  snippet.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    const text =
      new DOMParser().parseFromString(`<!doctype html><body>${marked ? marked[1] : part}`, 'text/html').body
        .textContent ?? '';
    if (!text) return;
    if (!marked) return void fragment.appendChild(document.createTextNode(text));
    const mark = document.createElement('mark');
    mark.textContent = text;
    fragment.appendChild(mark);
  });
  return fragment;
}
