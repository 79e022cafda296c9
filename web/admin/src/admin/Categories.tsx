import { type FormEvent, useState } from 'react';
import { api, ok } from '../shared/api.js';
import type { components } from '../shared/api-schema.js';
import { DeleteButton, ErrorMessage, Field, Loading, useAction, useLoad } from '../shared/ui.js';

type Node = components['schemas']['CategoryNodeView'];

/** The category tree: add, rename, delete (an empty category). */
export default function Categories() {
  const tree = useLoad(() => ok(api.GET('/v1/categories')), []);
  const [slug, setSlug] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [nameFr, setNameFr] = useState('');
  const [parentId, setParentId] = useState('');
  const create = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const names = Object.fromEntries(Object.entries({ en: nameEn, fr: nameFr }).filter(([, v]) => v.trim()));
    if (
      await create.run(() =>
        ok(api.POST('/v1/categories', { body: { slug, names, ...(parentId ? { parentId } : {}) } })),
      )
    ) {
      setSlug('');
      setNameEn('');
      setNameFr('');
      tree.reload();
    }
  };
  const flat = (nodes: Node[], depth = 0): { node: Node; depth: number }[] =>
    nodes.flatMap((node) => [{ node, depth }, ...flat(node.children ?? [], depth + 1)]);
  return (
    <section>
      <h1>Categories</h1>
      <Loading loaded={tree}>
        {(nodes) => (
          <>
            <form className="panel toolbar" onSubmit={submit} aria-label="New category">
              <Field label="Slug">
                <input
                  value={slug}
                  onChange={(e) => setSlug(e.target.value)}
                  required
                  pattern="[a-z0-9]+(-[a-z0-9]+)*"
                />
              </Field>
              <Field label="Name (en)">
                <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
              </Field>
              <Field label="Name (fr)">
                <input value={nameFr} onChange={(e) => setNameFr(e.target.value)} />
              </Field>
              <Field label="Parent">
                <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
                  <option value="">None (top level)</option>
                  {flat(nodes).map(({ node, depth }) => (
                    <option key={node.id} value={node.id}>
                      {'  '.repeat(depth)}
                      {node.slug}
                    </option>
                  ))}
                </select>
              </Field>
              <button type="submit" disabled={create.busy}>
                Add category
              </button>
              <ErrorMessage error={create.error} />
            </form>
            <table>
              <thead>
                <tr>
                  <th>Slug</th>
                  <th>Names</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {flat(nodes).map(({ node, depth }) => (
                  <CategoryRow key={node.id} node={node} depth={depth} onChanged={tree.reload} />
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loading>
    </section>
  );
}

function CategoryRow({ node, depth, onChanged }: { node: Node; depth: number; onChanged: () => void }) {
  const [names, setNames] = useState(
    Object.entries(node.names)
      .map(([locale, name]) => `${locale}: ${name}`)
      .join('; '),
  );
  const action = useAction();
  const path = { params: { path: { id: node.id } } };
  const parsed = Object.fromEntries(
    names
      .split(';')
      .map((pair) => pair.split(':').map((s) => s.trim()))
      .filter(([locale, name]) => locale && name),
  );
  return (
    <tr>
      <td style={{ paddingLeft: `${0.5 + depth * 1.2}rem` }}>
        <code>{node.slug}</code>
      </td>
      <td>
        <input
          value={names}
          onChange={(e) => setNames(e.target.value)}
          aria-label={`Names of ${node.slug}`}
          size={40}
        />
        <ErrorMessage error={action.error} />
      </td>
      <td className="row">
        <button
          type="button"
          className="secondary"
          disabled={action.busy}
          onClick={async () =>
            (await action.run(() => ok(api.PATCH('/v1/categories/{id}', { ...path, body: { names: parsed } })))) &&
            onChanged()
          }
        >
          Save
        </button>
        <DeleteButton
          action={action}
          remove={() => ok(api.DELETE('/v1/categories/{id}', path))}
          onDeleted={onChanged}
        />
      </td>
    </tr>
  );
}
