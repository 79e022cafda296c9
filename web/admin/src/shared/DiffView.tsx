import { diffWords } from 'diff';
import { type Content, CONTENT_FIELDS, type ContentField, FIELD_LABELS, fieldText } from './content.js';

/** One side of a field's diff: the removed words marked on the left, the added ones on the right. */
function Side({ from, to, side }: { from: string; to: string; side: 'left' | 'right' }) {
  return (
    <>
      {diffWords(from, to).map((part, i) => {
        if (part.added) return side === 'right' ? <ins key={i}>{part.value}</ins> : null;
        if (part.removed) return side === 'left' ? <del key={i}>{part.value}</del> : null;
        return <span key={i}>{part.value}</span>;
      })}
    </>
  );
}

/** Side-by-side diff of two contents, field by field; unchanged fields are left out unless `all`. */
export function DiffView({
  left,
  right,
  leftLabel,
  rightLabel,
  all = false,
}: {
  left: Content;
  right: Content;
  leftLabel: string;
  rightLabel: string;
  all?: boolean;
}) {
  const fields = CONTENT_FIELDS.filter(
    (field: ContentField) => all || fieldText(left, field) !== fieldText(right, field),
  );
  return (
    <div className="diff" role="table" aria-label={`${leftLabel} compared with ${rightLabel}`}>
      <div className="head" role="columnheader">
        Field
      </div>
      <div className="head" role="columnheader">
        {leftLabel}
      </div>
      <div className="head" role="columnheader">
        {rightLabel}
      </div>
      {fields.length === 0 && (
        <div role="cell" style={{ gridColumn: '1 / -1' }}>
          No difference.
        </div>
      )}
      {fields.map((field) => {
        const [from, to] = [fieldText(left, field), fieldText(right, field)];
        return [
          <div key={`${field}-name`} className="field-name" role="rowheader">
            {FIELD_LABELS[field]}
          </div>,
          <div key={`${field}-left`} role="cell" data-side="left">
            <Side from={from} to={to} side="left" />
          </div>,
          <div key={`${field}-right`} role="cell" data-side="right">
            <Side from={from} to={to} side="right" />
          </div>,
        ];
      })}
    </div>
  );
}
