import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { DeleteButton, ErrorMessage, Field, Loading, splitList, useAction, useLoad } from '../shared/ui.js';

type Group = components['schemas']['SynonymGroupView'];

/** Synonym groups per locale, applied to searches. */
export default function Synonyms() {
  const groups = useLoad(() => ok(api.GET('/v1/synonyms', { params: { query: { limit: 200 } } })), []);
  const [locale, setLocale] = useState('fr');
  const [terms, setTerms] = useState('');
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await create.run(() => ok(api.POST('/v1/synonyms', { body: { locale, terms: splitList(terms) } })))) {
      setTerms('');
      groups.reload();
    }
  };
  return (
    <section>
      <h1>Synonyms</h1>
      <form className="panel toolbar" onSubmit={submit} aria-label="New synonym group">
        <Field label="Locale">
          <input value={locale} onChange={(e) => setLocale(e.target.value)} size={5} required />
        </Field>
        <Field label="Terms" hint="Comma-separated: searching one finds the others">
          <input value={terms} onChange={(e) => setTerms(e.target.value)} size={40} required />
        </Field>
        <button type="submit" disabled={create.busy}>
          Add group
        </button>
        <ErrorMessage error={create.error} />
      </form>
      <Loading loaded={groups}>
        {(page) => (
          <table>
            <thead>
              <tr>
                <th>Locale</th>
                <th>Terms</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.items.map((g) => (
                <GroupRow key={`${g.id}-${g.version}`} group={g} onChanged={groups.reload} />
              ))}
            </tbody>
          </table>
        )}
      </Loading>
    </section>
  );
}

function GroupRow({ group, onChanged }: { group: Group; onChanged: () => void }) {
  const [terms, setTerms] = useState(group.terms.join(', '));
  const action = useAction();
  const path = { params: { path: { id: group.id } } };
  return (
    <tr>
      <td>{group.locale}</td>
      <td>
        <input
          value={terms}
          onChange={(e) => setTerms(e.target.value)}
          aria-label={`Terms of ${group.terms[0]}`}
          size={40}
        />
        <ErrorMessage error={action.error} />
      </td>
      <td className="row">
        <button
          type="button"
          className="secondary"
          disabled={action.busy || terms === group.terms.join(', ')}
          onClick={async () =>
            (await action.run(() =>
              ok(api.PUT('/v1/synonyms/{id}', { ...path, body: { terms: splitList(terms), version: group.version } })),
            )) && onChanged()
          }
        >
          Save
        </button>
        <DeleteButton action={action} remove={() => ok(api.DELETE('/v1/synonyms/{id}', path))} onDeleted={onChanged} />
      </td>
    </tr>
  );
}
