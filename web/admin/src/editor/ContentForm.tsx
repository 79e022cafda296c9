import { type Channel, CHANNELS, type Content } from '../shared/content.js';
import { Field } from '../shared/ui.js';

/** The fields of a revision's content; every change goes to `onChange` (the caller owns the state). */
export function ContentForm({ content, onChange }: { content: Content; onChange: (content: Content) => void }) {
  const setVariant = (channel: Channel, text: string) =>
    onChange({ ...content, variants: { ...content.variants, [channel]: text } });
  return (
    <div>
      <Field label="Title">
        <input
          value={content.title}
          onChange={(e) => onChange({ ...content, title: e.target.value })}
          required
          maxLength={300}
        />
      </Field>
      <Field label="Body (Markdown)">
        <textarea value={content.body} onChange={(e) => onChange({ ...content, body: e.target.value })} rows={12} />
      </Field>
      <Field label="Summary" hint="The short answer: bots and voice use it before the body">
        <textarea
          value={content.summary}
          onChange={(e) => onChange({ ...content, summary: e.target.value })}
          rows={3}
          maxLength={2000}
        />
      </Field>
      <Field label="Alternative questions" hint="One a line: phrasings customers use">
        <textarea
          value={content.alternativeQuestions.join('\n')}
          onChange={(e) => onChange({ ...content, alternativeQuestions: e.target.value.split('\n') })}
          onBlur={() =>
            onChange({
              ...content,
              alternativeQuestions: content.alternativeQuestions.map((q) => q.trim()).filter(Boolean),
            })
          }
          rows={4}
        />
      </Field>
      <fieldset className="panel">
        <legend>Channel variants</legend>
        {CHANNELS.map((channel) => (
          <Field
            key={channel}
            label={`${channel[0].toUpperCase()}${channel.slice(1)} variant`}
            hint="Empty: the channel uses the summary or body"
          >
            <textarea
              value={content.variants[channel] ?? ''}
              onChange={(e) => setVariant(channel, e.target.value)}
              rows={3}
            />
          </Field>
        ))}
      </fieldset>
      <Field label="Internal notes" hint="Shown to agents only">
        <textarea
          value={content.internalNotes}
          onChange={(e) => onChange({ ...content, internalNotes: e.target.value })}
          rows={3}
        />
      </Field>
    </div>
  );
}

/** The content as the API takes it: alternative questions trimmed, empty variants left out. */
export function contentPayload(content: Content): Content {
  return {
    ...content,
    alternativeQuestions: content.alternativeQuestions.map((q) => q.trim()).filter(Boolean),
    variants: Object.fromEntries(Object.entries(content.variants).filter(([, text]) => text?.trim())),
  };
}
