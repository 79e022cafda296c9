import { useState } from 'react';
import { api, ApiError, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { type ContentField, FIELD_LABELS } from '../shared/content.js';
import { ErrorMessage, useAction } from '../shared/ui.js';

type Draft = components['schemas']['DraftDetailView'];
type Conflict = components['schemas']['MergeConflictView'];
type Resolution = components['schemas']['ResolutionDto'];

const text = (value: string | string[]): string => (Array.isArray(value) ? value.join('\n') : value);

/**
 * Carries a stale draft onto the latest revision. Fields changed on one side only merge by themselves; the API lists
 * the fields changed on both, and the reviewer settles each: the live text, the draft's, or one written here.
 */
export function Rebase({ draft, onRebased }: { draft: Draft; onRebased: () => void }) {
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [resolutions, setResolutions] = useState<Record<string, Resolution>>({});
  const action = useAction();
  const rebase = async () => {
    const rebased = await action.run(async () => {
      try {
        return await ok(
          api.POST('/v1/drafts/{id}/rebase', {
            params: { path: { id: draft.id } },
            body: { version: draft.version, resolutions: Object.values(resolutions) },
          }),
        );
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && Array.isArray(error.problem.conflicts)) {
          const listed = error.problem.conflicts as Conflict[];
          setConflicts(listed);
          setResolutions(
            Object.fromEntries(
              listed.map((c) => [
                c.field,
                resolutions[c.field] ?? { field: c.field as Resolution['field'], take: 'draft' },
              ]),
            ),
          );
          return undefined;
        }
        throw error;
      }
    });
    if (rebased) onRebased();
  };
  const choose = (field: string, resolution: Resolution) => setResolutions({ ...resolutions, [field]: resolution });
  return (
    <section className="panel" aria-label="Rebase">
      <h2>
        Stale: written on revision {draft.baseRevision}, the latest is {draft.currentRevision}
      </h2>
      {conflicts && (
        <>
          <p>These fields changed both in the draft and in the article since. Settle each one:</p>
          {conflicts.map((c) => {
            const chosen = resolutions[c.field];
            return (
              <fieldset key={c.field} className="panel" data-field={c.field}>
                <legend>{FIELD_LABELS[c.field as ContentField] ?? c.field}</legend>
                <div className="columns">
                  <label>
                    <input
                      type="radio"
                      name={`take-${c.field}`}
                      checked={chosen?.take === 'live'}
                      onChange={() => choose(c.field, { field: c.field as Resolution['field'], take: 'live' })}
                    />{' '}
                    Take live
                    <div className="preview">{text(c.live)}</div>
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`take-${c.field}`}
                      checked={chosen?.take === 'draft'}
                      onChange={() => choose(c.field, { field: c.field as Resolution['field'], take: 'draft' })}
                    />{' '}
                    Take draft
                    <div className="preview">{text(c.draft)}</div>
                  </label>
                </div>
                <label>
                  <input
                    type="radio"
                    name={`take-${c.field}`}
                    checked={chosen?.take === 'value'}
                    onChange={() =>
                      choose(c.field, { field: c.field as Resolution['field'], take: 'value', value: text(c.draft) })
                    }
                  />{' '}
                  Write it
                </label>
                {chosen?.take === 'value' && (
                  <textarea
                    aria-label={`Merged ${c.field}`}
                    value={text(chosen.value ?? '')}
                    onChange={(e) =>
                      choose(c.field, {
                        field: c.field as Resolution['field'],
                        take: 'value',
                        value: c.field === 'alternativeQuestions' ? e.target.value.split('\n') : e.target.value,
                      })
                    }
                  />
                )}
              </fieldset>
            );
          })}
        </>
      )}
      <button type="button" onClick={rebase} disabled={action.busy}>
        {conflicts ? 'Rebase with these choices' : `Rebase onto revision ${draft.currentRevision}`}
      </button>
      <ErrorMessage error={action.error} />
    </section>
  );
}
