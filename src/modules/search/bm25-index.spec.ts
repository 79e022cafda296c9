import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { Bm25Index, Bm25State, IndexQuery } from './bm25-index.js';

const FIELDS = ['title', 'body'];
const tokenize = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];
const STOP = new Set(['how', 'do', 'i', 'my', 'the', 'can']);
const processTerm = (token: string, field: number) => (field === 0 || !STOP.has(token) ? [token] : []);

const DOCS = [
  {
    id: 'a',
    title: 'how do i pay my invoice',
    body: 'pay the invoice online or by direct debit; invoices are monthly',
  },
  { id: 'b', title: 'can i change my password', body: 'change the password in the app; a payment is never needed' },
  {
    id: 'c',
    title: 'roaming abroad',
    body: 'roaming charges apply abroad; payment of roaming is monthly with the invoice',
  },
  { id: 'd', title: 'invoice copy', body: 'download a copy of an invoice; old invoices stay available' },
  {
    id: 'e',
    title: 'payment methods',
    body: 'card, transfer or direct debit payments; change the payment method any time',
  },
];

function both() {
  const index = new Bm25Index<string>(FIELDS, tokenize, processTerm, 'title');
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({
    fields: FIELDS,
    tokenize,
    processTerm: (t, f) => processTerm(t, FIELDS.indexOf(f!)),
  });
  for (const doc of DOCS) {
    index.add(doc.id, [doc.title, doc.body], doc.id);
    mini.add(doc);
  }
  return { index, mini };
}

const boost = [3, 1];
const scoresOf = (index: Bm25Index<string>, query: IndexQuery, accept: (id: string) => boolean = () => true) => {
  const m = index.match(query, boost, accept);
  return Object.fromEntries(m.ids.map((id, i) => [id, m.scores[i]]));
};

describe('Bm25Index', () => {
  it('scores like MiniSearch: several terms, typo and prefix expansions, field boosts', () => {
    const { index, mini } = both();
    const expected = Object.fromEntries(
      mini
        .search('invoise pay', {
          boost: { title: 3 },
          fuzzy: (term) => (term === 'invoise' ? 1 : 0),
          prefix: (_t, i) => i === 1,
        })
        .map((r) => [r.id, r.score]),
    );
    const actual = scoresOf(index, {
      terms: [
        { term: 'invoise', prefix: false, fuzzy: 1 },
        { term: 'pay', prefix: true, fuzzy: 0 },
      ],
    });
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const id of Object.keys(expected)) expect(actual[id]).toBeCloseTo(expected[id], 10);
  });

  it('requires every term of an alternative, and adds it to the main terms like an OR of MiniSearch queries', () => {
    const { index, mini } = both();
    const expected = Object.fromEntries(
      mini
        .search(
          { combineWith: 'OR', queries: ['roaming', { queries: ['direct debit'], combineWith: 'AND' }] },
          { boost: { title: 3 } },
        )
        .map((r) => [r.id, r.score]),
    );
    const actual = scoresOf(index, {
      terms: [{ term: 'roaming', prefix: false, fuzzy: 0 }],
      alternatives: [
        [
          { term: 'direct', prefix: false, fuzzy: 0 },
          { term: 'debit', prefix: false, fuzzy: 0 },
        ],
      ],
    });
    expect(Object.keys(actual).sort()).toEqual(['a', 'c', 'e']);
    for (const id of Object.keys(expected)) expect(actual[id]).toBeCloseTo(expected[id], 10);
  });

  it('scores stop words of the phrasing field only for documents the content words matched', () => {
    const { index } = both();
    const without = scoresOf(index, { terms: [{ term: 'password', prefix: false, fuzzy: 0 }] });
    const withStops = scoresOf(index, {
      terms: [{ term: 'password', prefix: false, fuzzy: 0 }],
      stopTerms: ['can', 'i'],
      stopBoost: 3,
    });
    expect(Object.keys(withStops)).toEqual(['b']);
    expect(withStops.b).toBeGreaterThan(without.b);
  });

  it('forgets removed documents, in scores, document frequencies and the dictionary', () => {
    const { index, mini } = both();
    index.remove('c', [DOCS[2].title, DOCS[2].body]);
    mini.remove(DOCS[2]);
    expect(scoresOf(index, { terms: [{ term: 'roaming', prefix: false, fuzzy: 0 }] })).toEqual({});
    const expected = Object.fromEntries(
      mini.search('invoice monthly', { boost: { title: 3 } }).map((r) => [r.id, r.score]),
    );
    const actual = scoresOf(index, {
      terms: ['invoice', 'monthly'].map((term) => ({ term, prefix: false, fuzzy: 0 })),
    });
    for (const id of Object.keys(expected)) expect(actual[id]).toBeCloseTo(expected[id], 10);
    expect(index.size).toBe(4);
  });

  it('keeps scoring right after many replacements renumber the documents', () => {
    const { index } = both();
    const before = scoresOf(index, { terms: [{ term: 'invoice', prefix: true, fuzzy: 0 }] });
    for (let round = 0; round < 700; round += 1) {
      for (const doc of DOCS) {
        index.remove(doc.id, [doc.title, doc.body]);
        index.add(doc.id, [doc.title, doc.body], doc.id);
      }
    }
    const after = scoresOf(index, { terms: [{ term: 'invoice', prefix: true, fuzzy: 0 }] });
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const id of Object.keys(before)) expect(after[id]).toBeCloseTo(before[id], 10);
  });

  it('scores only the documents asked for, with the statistics of the whole index', () => {
    const { index } = both();
    const query: IndexQuery = {
      terms: [
        { term: 'invoice', prefix: true, fuzzy: 0 },
        { term: 'monthly', prefix: false, fuzzy: 0 },
      ],
    };
    const all = scoresOf(index, query);
    const m = index.match(query, boost, () => true, ['c', 'd', 'nonexistent']);
    expect(Object.fromEntries(m.ids.map((id, i) => [id, m.scores[i]]))).toEqual({ c: all.c, d: all.d });
    expect(scoresOf(index, query)).toEqual(all); // the restriction does not outlive the query
  });

  it('applies the filter, names the matched terms of a document and counts them per field', () => {
    const { index } = both();
    const m = index.match({ terms: [{ term: 'invoice', prefix: true, fuzzy: 0 }] }, boost, (id) => id !== 'a');
    expect([...m.ids].sort()).toEqual(['c', 'd']);
    const d = m.slots[m.ids.indexOf('d')];
    expect(m.termsOf(d).sort()).toEqual(['invoice', 'invoices']);
    expect([m.occurrencesIn(d, 0), m.occurrencesIn(d, 1)]).toEqual([1, 2]);
    const c = m.slots[m.ids.indexOf('c')];
    expect([m.occurrencesIn(c, 0), m.occurrencesIn(c, 1)]).toEqual([0, 1]);
  });

  it('restores an exported index through v8 serialisation: same scores, and it keeps adding and removing', () => {
    const { index } = both();
    // A removed document leaves a free slot and stale pairs behind: exported as they are.
    index.remove('b', [DOCS[1].title, DOCS[1].body]);
    const restored = new Bm25Index<string>(FIELDS, tokenize, processTerm, 'title');
    restored.importState(deserialize(serialize(index.exportState())) as Bm25State, (id) => `data of ${id}`);
    const queries: IndexQuery[] = [
      { terms: [{ term: 'invoice', prefix: true, fuzzy: 0 }] },
      { terms: ['pay', 'monthly', 'roming'].map((term) => ({ term, prefix: false, fuzzy: 1 })), stopTerms: ['how'] },
      { terms: [{ term: 'password', prefix: false, fuzzy: 0 }] },
    ];
    for (const query of queries) expect(scoresOf(restored, query)).toEqual(scoresOf(index, query));
    expect(restored.match(queries[0], boost, () => true).data.sort()).toEqual(['data of a', 'data of c', 'data of d']);
    expect(restored.size).toBe(4);

    for (const copy of [index, restored]) {
      copy.remove('d', [DOCS[3].title, DOCS[3].body]);
      copy.add('b', [DOCS[1].title, DOCS[1].body], 'b');
    }
    for (const query of queries) expect(scoresOf(restored, query)).toEqual(scoresOf(index, query));
  });
});
