import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { CHANNELS } from '../shared/content.js';
import { ErrorMessage, Field, formatDate, Loading, useAction, useLoad } from '../shared/ui.js';

type Profile = components['schemas']['ChannelProfileView'];

/** How each channel is served: audiences, variant order, format, length limit, answer confidence. */
export default function ChannelProfiles() {
  const profiles = useLoad(() => ok(api.GET('/v1/channel-profiles')), []);
  return (
    <section>
      <h1>Channel profiles</h1>
      <Loading loaded={profiles}>
        {(list) =>
          list.map((p) => <ProfileForm key={`${p.channel}-${p.version}`} profile={p} onSaved={profiles.reload} />)
        }
      </Loading>
    </section>
  );
}

function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved: () => void }) {
  const [draft, setDraft] = useState(profile);
  const save = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { audiences, variantOrder, format, includeInternalNotes, maxChars, minConfidence } = draft;
    const body = {
      audiences,
      variantOrder,
      format,
      includeInternalNotes,
      maxChars,
      minConfidence,
      version: profile.version,
    };
    if (
      await save.run(() =>
        ok(api.PATCH('/v1/channel-profiles/{channel}', { params: { path: { channel: profile.channel } }, body })),
      )
    )
      onSaved();
  };
  return (
    <form className="panel" onSubmit={submit} aria-label={`${profile.channel} profile`}>
      <h2>{profile.channel}</h2>
      <div className="toolbar">
        <Field label="Audiences">
          <span className="row">
            {(['public', 'internal'] as const).map((a) => (
              <label key={a}>
                <input
                  type="checkbox"
                  checked={draft.audiences.includes(a)}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      audiences: e.target.checked ? [...draft.audiences, a] : draft.audiences.filter((x) => x !== a),
                    })
                  }
                />{' '}
                {a}
              </label>
            ))}
          </span>
        </Field>
        <Field label="Variant order" hint={`Comma-separated, from ${CHANNELS.join(', ')}`}>
          <input
            value={draft.variantOrder.join(', ')}
            onChange={(e) =>
              setDraft({
                ...draft,
                variantOrder: e.target.value
                  .split(',')
                  .map((v) => v.trim())
                  .filter(Boolean) as Profile['variantOrder'],
              })
            }
          />
        </Field>
        <Field label="Format">
          <select
            value={draft.format}
            onChange={(e) => setDraft({ ...draft, format: e.target.value as Profile['format'] })}
          >
            {['html', 'markdown', 'text', 'speech'].map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </Field>
        <Field label="Length limit (characters)">
          <input
            type="number"
            min={50}
            max={200000}
            value={draft.maxChars}
            onChange={(e) => setDraft({ ...draft, maxChars: Number(e.target.value) })}
          />
        </Field>
        <Field label="Minimum confidence">
          <input
            type="number"
            min={0}
            max={1}
            step={0.01}
            value={draft.minConfidence}
            onChange={(e) => setDraft({ ...draft, minConfidence: Number(e.target.value) })}
          />
        </Field>
        <label>
          <input
            type="checkbox"
            checked={draft.includeInternalNotes}
            onChange={(e) => setDraft({ ...draft, includeInternalNotes: e.target.checked })}
          />{' '}
          Internal notes
        </label>
        <button type="submit" disabled={save.busy}>
          Save
        </button>
      </div>
      <p className="hint">
        Version {profile.version}
        {profile.updatedBy && `, changed by ${profile.updatedBy} ${formatDate(profile.updatedAt)}`}
      </p>
      <ErrorMessage error={save.error} />
    </form>
  );
}
