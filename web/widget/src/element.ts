import { type Category, type FaqItem, type RenderedArticle, SavoirApi, type SearchResult } from './api.js';
import { fill, type Labels, labelsFor, primaryLanguage } from './labels.js';
import { LINK_URL, safeFragment, safeUrl, snippetFragment } from './safe-html.js';
import { CSS } from './styles.js';

/** Defaults from the `<script data-…>` tag that loaded the widget: every `data-x` stands for attribute `x`. */
export const scriptDefaults: { api: string; attributes: Record<string, string> } = {
  api: location.origin,
  attributes: {},
};

const SEARCH_DELAY_MS = 180;
const MIN_QUERY = 2;

type Child = Node | string | null | undefined | false;

/** A DOM element with properties, attributes (`aria-*`, `data-*`, …) and children. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value as EventListener);
    else if (name in element && !name.includes('-')) (element as unknown as Record<string, unknown>)[name] = value;
    else element.setAttribute(name, String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

const languageName = (locale: string, inLanguage: string): string => {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
};

/**
 * `<savoir-faq>`: search as you type, the FAQ per topic, articles, "was this helpful?" and a contact link, in a
 * shadow root. Attributes: key, api, locale, mode (inline | launcher), position (right | left), launcher-label,
 * heading, contact-url, contact-label, accent, radius, font.
 */
export class SavoirFaqElement extends HTMLElement {
  static observedAttributes = ['accent', 'radius', 'font'];

  private api!: SavoirApi;
  private labels!: Labels;
  private locale = 'en';
  private readonly shadow = this.attachShadow({ mode: 'open' });
  private root!: HTMLElement;
  private view!: HTMLElement;
  private status!: HTMLElement;
  private input!: HTMLInputElement;
  private launcher?: HTMLButtonElement;
  private started = false;
  /**
   * Searches and article openings are numbered: only the latest one's answer is shown, whatever order they come back
   * in.
   */
  private searchSeq = 0;
  private searchTimer: number | undefined;
  private inFlight?: AbortController;
  private lastSearchId?: string;
  private current?: RenderedArticle;
  private topics?: Promise<Category[]>;
  private homeView?: HTMLElement;

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    const key = this.option('key');
    this.locale = normaliseLocale(this.option('locale') || document.documentElement.lang || 'en');
    this.labels = labelsFor(this.locale);
    this.api = new SavoirApi(this.option('api') || scriptDefaults.api, key ?? '', this.locale);
    const style = document.createElement('style');
    style.textContent = CSS;
    this.shadow.append(style);
    this.build();
    this.applyTheme();
    if (!key) this.showError('data-key / key attribute missing');
  }

  attributeChangedCallback(): void {
    if (this.root) this.applyTheme();
  }

  /** The attribute, else the loading script's `data-` attribute of the same name. */
  private option(name: string): string | undefined {
    return this.getAttribute(name) ?? scriptDefaults.attributes[name] ?? undefined;
  }

  private applyTheme(): void {
    const theme: Record<string, string | undefined> = {
      '--savoir-accent': this.option('accent'),
      '--savoir-radius': this.option('radius'),
      '--savoir-font': this.option('font'),
    };
    for (const [property, value] of Object.entries(theme))
      if (value) for (const part of [this.root, this.launcher]) part?.style.setProperty(property, value);
  }

  private build(): void {
    const L = this.labels;
    const launcherMode = this.option('mode') === 'launcher';
    if (launcherMode && !this.hasAttribute('mode')) this.setAttribute('mode', 'launcher');
    const position = this.option('position');
    if (position && !this.hasAttribute('position')) this.setAttribute('position', position);

    this.input = h('input', {
      type: 'search',
      id: 'q',
      autocomplete: 'off',
      placeholder: L.placeholder,
      'aria-controls': 'view',
      'aria-describedby': 'status',
      oninput: () => this.scheduleSearch(),
      onkeydown: (e: KeyboardEvent) => this.onInputKey(e),
    });
    this.status = h('p', { id: 'status', className: 'status', role: 'status', 'aria-live': 'polite' });
    this.view = h('div', { id: 'view', className: 'view', onkeydown: (e: KeyboardEvent) => this.onListKey(e) });
    const heading = h('h2', { id: 'heading' }, this.option('heading') || L.title);
    const close = launcherMode
      ? h(
          'button',
          { type: 'button', className: 'close', 'aria-label': L.close, onclick: () => this.toggle(false) },
          '×',
        )
      : null;
    const contactUrl = this.option('contact-url');
    const contact = contactUrl ? this.contactLink(contactUrl) : null;

    this.root = h(
      'div',
      {
        className: 'root',
        part: 'panel',
        role: launcherMode ? 'dialog' : 'region',
        'aria-labelledby': 'heading',
        lang: this.locale,
        onkeydown: (e: KeyboardEvent) => launcherMode && e.key === 'Escape' && this.toggle(false),
      },
      h('div', { className: 'head' }, heading, close),
      h(
        'form',
        { role: 'search', onsubmit: (e: Event) => (e.preventDefault(), this.runSearch()) },
        h('label', { htmlFor: 'q' }, L.searchLabel),
        this.input,
      ),
      this.status,
      this.view,
      contact && h('div', { className: 'foot' }, contact),
    );
    if (launcherMode) {
      this.root.hidden = true;
      this.launcher = h(
        'button',
        {
          type: 'button',
          className: 'launcher',
          part: 'launcher',
          'aria-expanded': 'false',
          'aria-haspopup': 'dialog',
          onclick: () => this.toggle(this.root.hidden === true),
        },
        this.option('launcher-label') || L.open,
      );
      this.shadow.append(this.root, this.launcher);
    } else {
      this.shadow.append(this.root);
      this.showHome();
    }
  }

  private toggle(open: boolean): void {
    this.root.hidden = !open;
    this.launcher?.setAttribute('aria-expanded', String(open));
    if (open) {
      if (!this.homeView) this.showHome();
      this.input.focus();
    } else {
      this.launcher?.focus();
    }
  }

  private contactLink(url: string): HTMLAnchorElement {
    const safe = safeUrl(url, LINK_URL) ? url : '#';
    return h(
      'a',
      {
        className: 'contact',
        href: safe,
        part: 'contact',
        // The hand-off is about the answer being read, else the last search: what did not settle the question.
        onclick: () => {
          const about = this.current
            ? { servedId: this.current.servedId }
            : this.lastSearchId
              ? { searchId: this.lastSearchId }
              : null;
          if (about) this.api.event('handoff', about).catch(() => undefined);
        },
      },
      this.option('contact-label') || this.labels.contact,
    );
  }

  // ---- home: popular questions and topics

  private showHome(): void {
    this.current = undefined;
    const home = h('div', {});
    this.homeView = home;
    this.setView(home);
    this.topics ??= this.api.categories().catch(() => []);
    Promise.all([this.api.faq(), this.topics]).then(
      ([faq, categories]) => {
        if (this.view.firstChild !== home) return;
        const roots = categories.filter((c) =>
          faq.items.some((item) => item.categoryId !== null && contains(c, item.categoryId)),
        );
        const list = h('div', {});
        const topicButtons = roots.map((c) =>
          h(
            'button',
            {
              type: 'button',
              'aria-pressed': 'false',
              onclick: () => this.showTopic(c, topicButtons, list, buttonFor(c)),
            },
            c.names[this.locale] ?? c.names[primaryLanguage(this.locale)] ?? c.names.en ?? c.slug,
          ),
        );
        const buttonFor = (c: Category) => topicButtons[roots.indexOf(c)];
        home.append(
          roots.length ? h('h3', {}, this.labels.topics) : '',
          roots.length ? h('ul', { className: 'topics' }, ...topicButtons.map((b) => h('li', {}, b))) : '',
          list,
        );
        this.fillFaq(list, this.labels.popular, faq.items.slice(0, 6));
      },
      () => this.showError(),
    );
  }

  private showTopic(
    category: Category,
    buttons: HTMLButtonElement[],
    list: HTMLElement,
    button: HTMLButtonElement,
  ): void {
    const pressed = button.getAttribute('aria-pressed') === 'true';
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(!pressed && b === button)));
    const items = pressed ? this.api.faq() : this.api.faq(category.id);
    items.then(
      (faq) =>
        this.fillFaq(
          list,
          pressed ? this.labels.popular : (button.textContent ?? ''),
          pressed ? faq.items.slice(0, 6) : faq.items,
        ),
      () => this.showError(),
    );
  }

  private fillFaq(list: HTMLElement, title: string, items: FaqItem[]): void {
    list.replaceChildren(
      h('h3', { id: 'faq-heading' }, title),
      h(
        'ul',
        { className: 'list', 'aria-labelledby': 'faq-heading' },
        ...items.map((item) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', onclick: () => this.openArticle(item.articleId) },
              h('span', { className: 'hit-title' }, item.title),
              this.servedInNote(item.locale),
            ),
          ),
        ),
      ),
    );
  }

  // ---- search

  private scheduleSearch(): void {
    window.clearTimeout(this.searchTimer);
    this.searchTimer = window.setTimeout(() => this.runSearch(), SEARCH_DELAY_MS);
  }

  /** Drops the search waiting or in flight: a newer action (search or article) is what the customer sees next. */
  private supersede(): number {
    window.clearTimeout(this.searchTimer);
    this.inFlight?.abort();
    return ++this.searchSeq;
  }

  private async runSearch(): Promise<void> {
    const seq = this.supersede();
    const q = this.input.value.trim();
    if (q.length < MIN_QUERY) {
      this.status.textContent = '';
      if (this.view.firstChild !== this.homeView) this.showHome();
      return;
    }
    const controller = (this.inFlight = new AbortController());
    this.status.textContent = this.labels.searching;
    let result: SearchResult;
    try {
      result = await this.api.search(q, controller.signal);
    } catch {
      if (seq === this.searchSeq) this.showError();
      return;
    }
    if (seq !== this.searchSeq) return;
    this.lastSearchId = result.searchId;
    this.current = undefined;
    this.showHits(q, result);
  }

  private showHits(q: string, result: SearchResult): void {
    const L = this.labels;
    const count = result.hits.length;
    this.status.textContent =
      count === 0 ? fill(L.noResults, { q }) : fill(count === 1 ? L.resultsOne : L.resultsMany, { n: count });
    this.setView(
      count === 0
        ? h('p', { className: 'note' }, fill(L.noResults, { q }))
        : h(
            'ul',
            { className: 'list hits', 'aria-label': this.status.textContent },
            ...result.hits.map((hit, i) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    className: 'hit',
                    onclick: () => this.openArticle(hit.articleId, { searchId: result.searchId, rank: i + 1 }),
                  },
                  h('span', { className: 'hit-title' }, hit.title),
                  h('span', { className: 'snippet' }, snippetFragment(hit.snippet)),
                  this.servedInNote(hit.locale),
                ),
              ),
            ),
          ),
    );
  }

  /** Arrow down from the search box goes to the first answer. */
  private onInputKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown') return;
    const first = this.view.querySelector<HTMLButtonElement>('.list button');
    if (first) (event.preventDefault(), first.focus());
  }

  /** Arrow keys move between answers; up from the first goes back to the search box. */
  private onListKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(this.view.querySelectorAll<HTMLButtonElement>('.list button'));
    const index = buttons.indexOf(this.shadow.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    (next < 0 ? this.input : buttons[Math.min(next, buttons.length - 1)]).focus();
  }

  // ---- article

  private async openArticle(articleId: string, from?: { searchId: string; rank: number }): Promise<void> {
    const seq = this.supersede();
    let article: RenderedArticle;
    try {
      article = await this.api.render(articleId, from);
    } catch {
      if (seq === this.searchSeq) this.showError();
      return;
    }
    if (seq !== this.searchSeq) return;
    this.current = article;
    if (from) this.api.event('click', { servedId: article.servedId }).catch(() => undefined);
    const back = this.view.firstChild;
    const title = h('h3', { tabIndex: -1 }, article.title);
    this.setView(
      h(
        'article',
        { className: 'article', 'aria-labelledby': 'article-title' },
        h('button', { type: 'button', className: 'back', onclick: () => this.goBack(back) }, '← ', this.labels.back),
        Object.assign(title, { id: 'article-title' }),
        this.servedInNote(article.locale),
        h('div', { className: 'content' }, safeFragment(article.content)),
        this.feedbackForm(article),
      ),
    );
    this.status.textContent = '';
    title.focus();
  }

  private goBack(previous: ChildNode | null): void {
    this.current = undefined;
    if (previous) this.setView(previous as HTMLElement);
    else this.showHome();
    this.view.querySelector<HTMLElement>('.list button, button')?.focus();
  }

  private feedbackForm(article: RenderedArticle): HTMLElement {
    const L = this.labels;
    const box = h('div', { className: 'feedback' });
    const thanks = () => {
      box.replaceChildren(h('p', { role: 'status', tabIndex: -1 }, L.thanks));
      (box.firstChild as HTMLElement).focus();
    };
    const send = (helpful: boolean, reason?: string) =>
      this.api
        .feedback(article.servedId, helpful, reason)
        .then(thanks, () => box.append(h('p', { className: 'alert', role: 'alert' }, L.error)));
    const reasons = () => {
      const choices = Object.entries(L.reasons).map(([code, text]) =>
        h('label', { className: 'choice' }, h('input', { type: 'radio', name: 'reason', value: code }), text),
      );
      const form = h(
        'form',
        {
          onsubmit: (e: Event) => (
            e.preventDefault(),
            send(false, (form.querySelector('input:checked') as HTMLInputElement | null)?.value)
          ),
        },
        h(
          'fieldset',
          {},
          h('legend', {}, L.reasonLegend),
          h('div', { className: 'reasons' }, ...choices),
          h('button', { type: 'submit', className: 'primary' }, L.send),
        ),
      );
      box.replaceChildren(form);
      (choices[0].firstChild as HTMLElement).focus();
    };
    box.append(
      h(
        'fieldset',
        {},
        h('legend', {}, L.helpful),
        h('button', { type: 'button', onclick: () => send(true) }, L.yes),
        h('button', { type: 'button', onclick: reasons }, L.no),
      ),
    );
    return box;
  }

  // ---- helpers

  /** "Shown in English" when the answer is in another language than the one asked. */
  private servedInNote(locale: string): HTMLElement | null {
    if (primaryLanguage(locale) === primaryLanguage(this.locale)) return null;
    return h(
      'span',
      { className: 'note', lang: this.locale },
      fill(this.labels.servedIn, { language: languageName(locale, this.locale) }),
    );
  }

  private setView(content: HTMLElement): void {
    this.view.replaceChildren(content);
  }

  private showError(detail?: string): void {
    this.setView(h('p', { className: 'alert', role: 'alert' }, this.labels.error));
    if (detail) console.warn(`savoir-faq: ${detail}`);
  }
}

/** A BCP 47 tag as the API wants it: `fr_FR`, `FR-fr` → `fr-FR`; anything unusable → `en`. */
export function normaliseLocale(value: string): string {
  const [language, ...rest] = value.trim().replace(/_/g, '-').split('-');
  const tag = [language.toLowerCase(), ...rest].join('-');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : 'en';
}

function contains(category: Category, id: string): boolean {
  return category.id === id || category.children.some((child) => contains(child, id));
}
