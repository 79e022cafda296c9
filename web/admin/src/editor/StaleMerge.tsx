import { useState } from 'react';
import {
  type Content,
  CONTENT_FIELDS,
  type ContentField,
  FIELD_LABELS,
  fieldText,
  withField,
} from '../shared/content.js';

export interface StaleBase {
  /** The revision the editor started from, the one saved meanwhile, and the editor's own text. */
  base: Content;
  baseRevision: number;
  theirs: Content;
  theirRevision: number;
  mine: Content;
}

type Choice = 'mine' | 'theirs';

/**
 * Someone saved a revision while this editor was writing: shows, field by field, what they changed since the common
 * base, and lets the editor keep their own text or take the other one for each. Nothing is saved until "Use merge".
 */
export function StaleMerge({
  stale,
  onMerged,
  onCancel,
}: {
  stale: StaleBase;
  onMerged: (merged: Content, base: number) => void;
  onCancel: () => void;
}) {
  const changedByThem = CONTENT_FIELDS.filter((f) => fieldText(stale.base, f) !== fieldText(stale.theirs, f));
  const changedByMe = new Set(CONTENT_FIELDS.filter((f) => fieldText(stale.base, f) !== fieldText(stale.mine, f)));
  // A field only they changed takes their text; a field both changed defaults to mine, for the editor to decide.
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(changedByThem.map((f) => [f, changedByMe.has(f) ? 'mine' : 'theirs'])),
  );
  const merge = () => {
    let merged = stale.mine;
    for (const field of changedByThem)
      if (choices[field] === 'theirs') merged = withField(merged, field, fieldText(stale.theirs, field));
    onMerged(merged, stale.theirRevision);
  };
  return (
    <section className="panel" role="region" aria-label="Merge with the latest revision">
      <h2>Revision {stale.theirRevision} was saved while you were editing</h2>
      <p>
        You started from revision {stale.baseRevision}. Choose, for each field changed since, which text to keep; your
        other changes stay. Then save again.
      </p>
      {changedByThem.length === 0 && <p>They changed no content field: your text applies as it is.</p>}
      {changedByThem.map((field: ContentField) => (
        <fieldset key={field} className="panel" data-field={field}>
          <legend>
            {FIELD_LABELS[field]}
            {changedByMe.has(field) ? ' — changed on both sides' : ''}
          </legend>
          <div className="columns">
            <label>
              <input
                type="radio"
                name={`merge-${field}`}
                checked={choices[field] === 'mine'}
                onChange={() => setChoices({ ...choices, [field]: 'mine' })}
              />{' '}
              Keep mine
              <div className="preview">{fieldText(stale.mine, field)}</div>
            </label>
            <label>
              <input
                type="radio"
                name={`merge-${field}`}
                checked={choices[field] === 'theirs'}
                onChange={() => setChoices({ ...choices, [field]: 'theirs' })}
              />{' '}
              Take revision {stale.theirRevision}
              <div className="preview">{fieldText(stale.theirs, field)}</div>
            </label>
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button type="button" onClick={merge}>
          Use merge
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Back to my text
        </button>
      </div>
    </section>
  );
}
