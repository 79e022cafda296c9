import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { DeleteButton, ErrorMessage, Field, formatDate, Loading, splitList, useAction, useLoad } from '../shared/ui.js';

type Webhook = components['schemas']['WebhookView'];

/** Webhooks: register (the signing secret is shown once), pause, delete, and each one's delivery log. */
export default function Webhooks() {
  const hooks = useLoad(() => ok(api.GET('/v1/webhooks', { params: { query: { limit: 200 } } })), []);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section>
      <h1>Webhooks</h1>
      <CreateWebhook
        onCreated={(s) => {
          setSecret(s);
          hooks.reload();
        }}
      />
      {secret && (
        <div className="notice" role="status">
          Signing secret (shown once): <span className="secret">{secret}</span>
        </div>
      )}
      <Loading loaded={hooks}>
        {(page) => (
          <table>
            <thead>
              <tr>
                <th>URL</th>
                <th>Events</th>
                <th>Active</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.items.map((hook) => (
                <HookRow
                  key={hook.id}
                  hook={hook}
                  open={open === hook.id}
                  onToggle={() => setOpen(open === hook.id ? null : hook.id)}
                  onChanged={hooks.reload}
                />
              ))}
            </tbody>
          </table>
        )}
      </Loading>
      {open && <Deliveries webhookId={open} />}
    </section>
  );
}

function CreateWebhook({ onCreated }: { onCreated: (secret: string) => void }) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('article.*');
  const [description, setDescription] = useState('');
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const hook = await create.run(() =>
      ok(
        api.POST('/v1/webhooks', {
          body: { url, events: splitList(events) as components['schemas']['CreateWebhookDto']['events'], description },
        }),
      ),
    );
    if (hook) {
      setUrl('');
      onCreated(hook.secret);
    }
  };
  return (
    <form className="panel toolbar" onSubmit={submit} aria-label="New webhook">
      <Field label="URL">
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required size={36} />
      </Field>
      <Field label="Events" hint="Comma-separated, e.g. article.*, draft.submitted">
        <input value={events} onChange={(e) => setEvents(e.target.value)} required />
      </Field>
      <Field label="Description">
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <button type="submit" disabled={create.busy}>
        Register
      </button>
      <ErrorMessage error={create.error} />
    </form>
  );
}

function HookRow({
  hook,
  open,
  onToggle,
  onChanged,
}: {
  hook: Webhook;
  open: boolean;
  onToggle: () => void;
  onChanged: () => void;
}) {
  const action = useAction();
  const path = { params: { path: { id: hook.id } } };
  return (
    <tr>
      <td>
        {hook.url}
        {hook.description && <div className="hint">{hook.description}</div>}
        <ErrorMessage error={action.error} />
      </td>
      <td>{hook.events.join(', ')}</td>
      <td>
        <input
          type="checkbox"
          checked={hook.active}
          aria-label={`${hook.url} active`}
          onChange={async (e) =>
            (await action.run(() =>
              ok(api.PATCH('/v1/webhooks/{id}', { ...path, body: { active: e.target.checked } })),
            )) && onChanged()
          }
        />
      </td>
      <td className="row">
        <button type="button" className="secondary" onClick={onToggle} aria-expanded={open}>
          Deliveries
        </button>
        <DeleteButton action={action} remove={() => ok(api.DELETE('/v1/webhooks/{id}', path))} onDeleted={onChanged} />
      </td>
    </tr>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const deliveries = useLoad(
    () => ok(api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query: { limit: 50 } } })),
    [webhookId],
  );
  const redeliver = useAction();
  return (
    <section className="panel" aria-label="Delivery log">
      <h2>Delivery log</h2>
      <ErrorMessage error={redeliver.error} />
      <Loading loaded={deliveries}>
        {(page) =>
          page.items.length === 0 ? (
            <p>Nothing delivered yet.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>Event</th>
                  <th>Status</th>
                  <th>Attempts</th>
                  <th>Last answer</th>
                  <th>Delivered</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={d.id}>
                    <td>
                      {d.eventType} <span className="hint">#{d.eventId}</span>
                    </td>
                    <td>{d.status}</td>
                    <td>{d.attempts}</td>
                    <td>{d.lastStatusCode ?? d.lastError ?? '—'}</td>
                    <td>{formatDate(d.deliveredAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        disabled={redeliver.busy}
                        onClick={async () =>
                          (await redeliver.run(() =>
                            ok(
                              api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
                                params: { path: { id: webhookId, deliveryId: d.id } },
                              }),
                            ),
                          )) && deliveries.reload()
                        }
                      >
                        Redeliver
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loading>
    </section>
  );
}
