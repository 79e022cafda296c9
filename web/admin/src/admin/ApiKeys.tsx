import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { CHANNELS } from '../shared/content.js';
import { ErrorMessage, Field, formatDate, Loading, splitList, useAction, useLoad } from '../shared/ui.js';

type Key = components['schemas']['ApiKeyView'];
type Created = components['schemas']['CreatedApiKeyView'];
const ROLES: Key['role'][] = ['public', 'bot', 'agent', 'editor', 'admin'];

/** API keys: create (the secret is shown once), revoke, allowed origins. */
export default function ApiKeys() {
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const keys = useLoad(
    () => ok(api.GET('/v1/keys', { params: { query: { includeRevoked, limit: 200 } } })),
    [includeRevoked],
  );
  const [created, setCreated] = useState<Created | null>(null);
  const revoke = useAction();
  return (
    <section>
      <h1>API keys</h1>
      <CreateKey
        onCreated={(key) => {
          setCreated(key);
          keys.reload();
        }}
      />
      {created && (
        <div className="notice" role="status">
          Key “{created.name}” created. Copy its secret now: it is never shown again.
          <div className="secret" data-testid="new-secret">
            {created.secret}
          </div>
          <button type="button" className="secondary" onClick={() => setCreated(null)}>
            I have copied it
          </button>
        </div>
      )}
      <label>
        <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} /> Show
        revoked keys
      </label>
      <ErrorMessage error={revoke.error} />
      <Loading loaded={keys}>
        {(page) => (
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>Id</th>
                <th>Role</th>
                <th>Channel</th>
                <th>Allowed origins</th>
                <th>Last used</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.items.map((key) => (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.displayId}</code>
                  </td>
                  <td>{key.role}</td>
                  <td>{key.channel}</td>
                  <td>
                    <Origins apiKey={key} onSaved={keys.reload} />
                  </td>
                  <td>{formatDate(key.lastUsedAt)}</td>
                  <td>
                    {key.revokedAt ? (
                      `revoked ${formatDate(key.revokedAt)}`
                    ) : (
                      <button
                        type="button"
                        className="danger"
                        disabled={revoke.busy}
                        onClick={async () => {
                          if (
                            confirm(`Revoke “${key.name}”? Every client using it is refused from now on.`) &&
                            (await revoke.run(() =>
                              ok(api.DELETE('/v1/keys/{id}', { params: { path: { id: key.id } } })),
                            ))
                          )
                            keys.reload();
                        }}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loading>
    </section>
  );
}

function CreateKey({ onCreated }: { onCreated: (key: Created) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Key['role']>('agent');
  const [channel, setChannel] = useState('');
  const [origins, setOrigins] = useState('');
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name,
      role,
      ...(channel ? { channel: channel as Key['channel'] } : {}),
      allowedOrigins: splitList(origins),
    };
    const key = await create.run(() => ok(api.POST('/v1/keys', { body })));
    if (key) {
      setName('');
      onCreated(key);
    }
  };
  return (
    <form className="panel toolbar" onSubmit={submit} aria-label="New key">
      <Field label="Name">
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </Field>
      <Field label="Role">
        <select value={role} onChange={(e) => setRole(e.target.value as Key['role'])}>
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </Field>
      <Field label="Channel">
        <select value={channel} onChange={(e) => setChannel(e.target.value)}>
          <option value="">The role's default</option>
          {CHANNELS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </Field>
      <Field label="Allowed origins" hint="Comma-separated, e.g. https://www.example.com">
        <input value={origins} onChange={(e) => setOrigins(e.target.value)} size={30} />
      </Field>
      <button type="submit" disabled={create.busy}>
        Create key
      </button>
      <ErrorMessage error={create.error} />
    </form>
  );
}

function Origins({ apiKey, onSaved }: { apiKey: Key; onSaved: () => void }) {
  const [value, setValue] = useState(apiKey.allowedOrigins.join(', '));
  const save = useAction();
  if (apiKey.revokedAt) return <>{apiKey.allowedOrigins.join(', ') || '—'}</>;
  const changed = value !== apiKey.allowedOrigins.join(', ');
  return (
    <form
      className="row"
      onSubmit={async (e) => {
        e.preventDefault();
        if (
          await save.run(() =>
            ok(
              api.PATCH('/v1/keys/{id}', {
                params: { path: { id: apiKey.id } },
                body: { allowedOrigins: splitList(value) },
              }),
            ),
          )
        )
          onSaved();
      }}
    >
      <input
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-label={`Allowed origins of ${apiKey.name}`}
        placeholder="none"
      />
      {changed && (
        <button type="submit" className="secondary" disabled={save.busy}>
          Save
        </button>
      )}
      <ErrorMessage error={save.error} />
    </form>
  );
}
