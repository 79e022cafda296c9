import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { type Content, contentOf, EMPTY_CONTENT } from '../shared/content.js';
import { href, navigate } from '../shared/router.js';
import type { ScreenProps } from '../shared/routes.js';
import { ErrorMessage, Loading, useAction, useLoad } from '../shared/ui.js';
import { ChannelPreview } from './ChannelPreview.js';
import { ContentForm, contentPayload } from './ContentForm.js';
import { History } from './History.js';
import { Metadata } from './Metadata.js';
import { Publishing } from './Publishing.js';
import { type StaleBase, StaleMerge } from './StaleMerge.js';

type Article = components['schemas']['ArticleView'];

const revision = (id: string, locale: string, n: number) =>
  ok(api.GET('/v1/articles/{id}/revisions/{n}', { params: { path: { id, n }, query: { locale } } }));

/** One article: its metadata, the next revision of one locale with previews, publication and history. */
export default function ArticleEditor({ params, query }: ScreenProps) {
  const loaded = useLoad(() => ok(api.GET('/v1/articles/{id}', { params: { path: { id: params.id } } })), [params.id]);
  return (
    <Loading loaded={loaded}>
      {(article) => (
        <Editor article={article} locale={query.get('locale') ?? article.defaultLocale} reload={loaded.reload} />
      )}
    </Loading>
  );
}

function Editor({ article, locale, reload }: { article: Article; locale: string; reload: () => void }) {
  const state = article.locales.find((l) => l.locale === locale);
  const head = state?.headRevision ?? 0;
  const title = state?.live?.title ?? article.locales[0]?.live?.title ?? article.slug;
  return (
    <section>
      <h1>{title}</h1>
      <div className="row">
        <span className="badge">{article.audience}</span>
        <span className="badge">{article.state}</span>
        <span>Locale:</span>
        {article.locales.map((l) => (
          <a
            key={l.locale}
            href={href(`/articles/${article.id}`, { locale: l.locale })}
            aria-current={l.locale === locale ? 'page' : undefined}
            className={`badge${l.liveRevision ? ' live' : ''}`}
          >
            {l.locale}
          </a>
        ))}
        <NewLocale article={article} />
      </div>
      <Metadata article={article} onSaved={reload} />
      <RevisionEditor key={`${locale}-${head}`} article={article} locale={locale} head={head} onSaved={reload} />
      {head > 0 && <Publishing article={article} locale={locale} onChanged={reload} />}
      {head > 0 && <History article={article} locale={locale} head={head} onRestored={reload} />}
    </section>
  );
}

function NewLocale({ article }: { article: Article }) {
  const [locale, setLocale] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (locale.trim()) navigate(`/articles/${article.id}`, { locale: locale.trim() });
  };
  return (
    <form className="row" onSubmit={add} aria-label="Add a locale">
      <input
        value={locale}
        onChange={(e) => setLocale(e.target.value)}
        placeholder="new locale, e.g. es"
        size={10}
        aria-label="New locale"
      />
      <button type="submit" className="secondary">
        Add locale
      </button>
    </form>
  );
}

/** The locale's next revision, written on top of its head; a stale base opens the field-by-field merge. */
function RevisionEditor({
  article,
  locale,
  head,
  onSaved,
}: {
  article: Article;
  locale: string;
  head: number;
  onSaved: () => void;
}) {
  const [base, setBase] = useState(head);
  const [baseContent, setBaseContent] = useState<Content | null>(head === 0 ? EMPTY_CONTENT : null);
  const [content, setContent] = useState<Content>(EMPTY_CONTENT);
  const [changeNote, setChangeNote] = useState('');
  const [stale, setStale] = useState<StaleBase | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const save = useAction();
  const loadError = useAction();

  useEffect(() => {
    if (head === 0) return;
    void loadError.run(async () => {
      const latest = contentOf(await revision(article.id, locale, head));
      setBaseContent(latest);
      setContent(latest);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [article.id, locale, head]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await save.run(async () => {
      try {
        return await ok(
          api.POST('/v1/articles/{id}/revisions', {
            params: { path: { id: article.id } },
            body: { ...contentPayload(content), locale, baseRevision: base, changeNote },
          }),
        );
      } catch (error) {
        if (!(error instanceof ApiError) || error.status !== 409 || typeof error.problem.currentRevision !== 'number')
          throw error;
        const theirRevision = error.problem.currentRevision;
        setStale({
          base: baseContent ?? EMPTY_CONTENT,
          baseRevision: base,
          theirs: contentOf(await revision(article.id, locale, theirRevision)),
          theirRevision,
          mine: content,
        });
        return undefined;
      }
    });
    if (created) {
      setSaved(created.number);
      onSaved();
    }
  };

  if (loadError.error) return <ErrorMessage error={loadError.error} />;
  if (!baseContent) return <p aria-busy="true">Loading revision {head}…</p>;
  return (
    <div className="columns">
      <form className="panel" onSubmit={submit} aria-label={`Next revision of ${locale}`}>
        <h2>
          {head === 0 ? `First revision in “${locale}”` : `Next revision of “${locale}” (on top of revision ${base})`}
        </h2>
        {stale ? (
          <StaleMerge
            stale={stale}
            onMerged={(merged, theirRevision) => {
              setContent(merged);
              setBase(theirRevision);
              setBaseContent(stale.theirs);
              setStale(null);
            }}
            onCancel={() => setStale(null)}
          />
        ) : (
          <ContentForm content={content} onChange={setContent} />
        )}
        <label className="field">
          <span className="label">Change note</span>
          <input value={changeNote} onChange={(e) => setChangeNote(e.target.value)} maxLength={1000} />
        </label>
        <ErrorMessage error={save.error} />
        {saved !== null && <p className="notice">Saved as revision {saved}.</p>}
        <button type="submit" disabled={save.busy || stale !== null}>
          Save revision
        </button>
      </form>
      <ChannelPreview content={content} locale={locale} />
    </div>
  );
}
