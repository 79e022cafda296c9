import { useEffect, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { type Channel, CHANNELS, type Content } from '../shared/content.js';
import { ErrorMessage } from '../shared/ui.js';
import { contentPayload } from './ContentForm.js';

type Preview = components['schemas']['PreviewView'];

/**
 * Live preview of unsaved content per channel, as the API renders it (POST /v1/previews), with each profile's limit.
 */
export function ChannelPreview({ content, locale }: { content: Content; locale: string }) {
  const [channel, setChannel] = useState<Channel>('web');
  const [previews, setPreviews] = useState<Preview[]>([]);
  const [error, setError] = useState<unknown>(null);
  const { body, summary, variants } = contentPayload(content);
  const key = JSON.stringify({ body, summary, variants, locale });
  useEffect(() => {
    let current = true;
    // Rendered after a pause in typing, not on every key.
    const timer = setTimeout(() => {
      ok(api.POST('/v1/previews', { body: { body, summary, variants, locale } })).then(
        (result) => current && (setPreviews(result), setError(null)),
        (e: unknown) => current && setError(e),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const shown = previews.find((p) => p.channel === channel);
  return (
    <section className="panel" aria-label="Channel preview">
      <h2>Preview</h2>
      <div className="tabs" role="tablist">
        {CHANNELS.map((c) => (
          <button key={c} type="button" role="tab" aria-selected={c === channel} onClick={() => setChannel(c)}>
            {c}
          </button>
        ))}
      </div>
      <ErrorMessage error={error} />
      {shown && (
        <div role="tabpanel" aria-label={`${shown.channel} preview`}>
          <p className={`limit${shown.truncated ? ' over' : ''}`}>
            {shown.format} · from the{' '}
            {shown.variant === 'body' || shown.variant === 'summary' ? shown.variant : `${shown.variant} variant`} ·{' '}
            {shown.sourceChars} / {shown.maxChars} characters
            {shown.truncated && ' — over the limit: cut at a sentence'}
          </p>
          {shown.format === 'html' ? (
            // Sanitised by the API (allow-listed tags, no scripts or event handlers).
            <div className="preview html" dangerouslySetInnerHTML={{ __html: shown.content }} />
          ) : (
            <div className="preview" data-format={shown.format}>
              {shown.content}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
