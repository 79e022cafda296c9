import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import { DeleteButton, ErrorMessage, Field, Loading, useAction, useLoad } from '../shared/ui.js';

/** Intents: the keys bots send, each answered by articles. */
export default function Intents() {
  const intents = useLoad(() => ok(api.GET('/v1/intents', { params: { query: { limit: 200 } } })), []);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const action = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.run(() => ok(api.POST('/v1/intents', { body: { key, name, description } })))) {
      setKey('');
      setName('');
      setDescription('');
      intents.reload();
    }
  };
  return (
    <section>
      <h1>Intents</h1>
      <form className="panel toolbar" onSubmit={submit} aria-label="New intent">
        <Field label="Key">
          <input value={key} onChange={(e) => setKey(e.target.value)} required pattern="[a-z0-9][a-z0-9_.:\-]*" />
        </Field>
        <Field label="Name">
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </Field>
        <Field label="Description">
          <input value={description} onChange={(e) => setDescription(e.target.value)} size={40} />
        </Field>
        <button type="submit" disabled={action.busy}>
          Add intent
        </button>
      </form>
      <ErrorMessage error={action.error} />
      <Loading loaded={intents}>
        {(page) => (
          <table>
            <thead>
              <tr>
                <th>Key</th>
                <th>Name</th>
                <th>Description</th>
                <th>Articles</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.items.map((i) => (
                <tr key={i.key}>
                  <td>
                    <code>{i.key}</code>
                  </td>
                  <td>{i.name}</td>
                  <td>{i.description}</td>
                  <td>
                    <a href={`#/articles?intent=${encodeURIComponent(i.key)}`}>{i.articleCount}</a>
                  </td>
                  <td>
                    <DeleteButton
                      action={action}
                      remove={() => ok(api.DELETE('/v1/intents/{key}', { params: { path: { key: i.key } } }))}
                      onDeleted={intents.reload}
                      disabled={i.articleCount > 0}
                      title={i.articleCount > 0 ? 'Used by articles: remove it from them first' : undefined}
                    />
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
