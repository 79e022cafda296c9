/**
 * What holds a thread's V8 heap: reads a heap snapshot, computes each object's retained size (the memory freed if it
 * went: its dominator tree, Cooper-Harvey-Kennedy), and prints the largest holders with the chain of objects that
 * hold them. A first-retainer walk blames whichever module happened to reach an object first; dominators do not.
 *
 * Take a snapshot of a running server: start it with `--heapsnapshot-signal=SIGUSR2` (embedded-serving:
 * `SERVER_ARGS=--heapsnapshot-signal=SIGUSR2`), `kill -USR2 <pid>` when it is in the state to look at; the snapshot is
 * written to the server's working directory.
 *
 * Run: npx tsc -p tsconfig.json && node --max-old-space-size=8000 dist/bench/heap-owners.js <file.heapsnapshot>
 * (TOP=40: how many holders; MIN_MB=1.5: the smallest retained size listed)
 */
import { readFileSync } from 'node:fs';

const TOP = Number(process.env.TOP ?? 40);
const MIN_MB = Number(process.env.MIN_MB ?? 1.5);
const MB = 1024 * 1024;

interface Snapshot {
  snapshot: {
    meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: node dist/bench/heap-owners.js <file.heapsnapshot>');
const { snapshot, nodes, edges, strings } = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const { meta } = snapshot;
const nodeFields = meta.node_fields.length;
const edgeFields = meta.edge_fields.length;
const [nodeTypes] = meta.node_types;
const [edgeTypes] = meta.edge_types;
const TYPE = meta.node_fields.indexOf('type');
const NAME = meta.node_fields.indexOf('name');
const SELF = meta.node_fields.indexOf('self_size');
const EDGE_COUNT = meta.node_fields.indexOf('edge_count');
const EDGE_TYPE = meta.edge_fields.indexOf('type');
const EDGE_TO = meta.edge_fields.indexOf('to_node');
const count = nodes.length / nodeFields;

// Edges of node v: edges[firstEdge[v]] to edges[firstEdge[v + 1]] (a weak edge keeps nothing alive, a shortcut is a
// view's second path to what another edge holds).
const firstEdge = new Int32Array(count + 1);
for (let v = 0; v < count; v += 1) firstEdge[v + 1] = firstEdge[v] + nodes[v * nodeFields + EDGE_COUNT] * edgeFields;
const ignored = new Set([edgeTypes.indexOf('weak'), edgeTypes.indexOf('shortcut')]);
const targets = (v: number, visit: (to: number) => boolean | void) => {
  for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += edgeFields)
    if (!ignored.has(edges[e + EDGE_TYPE]) && visit(edges[e + EDGE_TO] / nodeFields)) return;
};

// Post-order from the root (node 0), iteratively: the graph is millions of nodes deep in places.
const rank = new Int32Array(count).fill(-1);
const postOrder: number[] = [];
const stack = [0];
const seen = new Uint8Array(count);
seen[0] = 1;
while (stack.length > 0) {
  const v = stack[stack.length - 1];
  let next = -1;
  targets(v, (to) => {
    if (seen[to]) return false;
    next = to;
    return true;
  });
  if (next === -1) {
    stack.pop();
    rank[v] = postOrder.push(v) - 1;
  } else {
    seen[next] = 1;
    stack.push(next);
  }
}

const predecessors: number[][] = Array.from({ length: count }, () => []);
for (const v of postOrder) targets(v, (to) => void predecessors[to].push(v));

const dominator = new Int32Array(count).fill(-1);
dominator[0] = 0;
const intersect = (a: number, b: number) => {
  while (a !== b) {
    while (rank[a] < rank[b]) a = dominator[a];
    while (rank[b] < rank[a]) b = dominator[b];
  }
  return a;
};
for (let changed = true; changed;) {
  changed = false;
  for (let k = postOrder.length - 2; k >= 0; k -= 1) {
    const v = postOrder[k];
    let found = -1;
    for (const u of predecessors[v]) if (dominator[u] !== -1) found = found === -1 ? u : intersect(u, found);
    if (found !== -1 && dominator[v] !== found) {
      dominator[v] = found;
      changed = true;
    }
  }
}

const retained = new Float64Array(count);
for (const v of postOrder) {
  retained[v] += nodes[v * nodeFields + SELF];
  if (v !== 0) retained[dominator[v]] += retained[v];
}
const label = (v: number) =>
  `${nodeTypes[nodes[v * nodeFields + TYPE]]}:${String(strings[nodes[v * nodeFields + NAME]]).slice(0, 50)}`;

console.log(`reachable: ${(retained[0] / MB).toFixed(1)} MB`);
const largest = postOrder.filter((v) => v !== 0 && retained[v] >= MIN_MB * MB);
largest.sort((a, b) => retained[b] - retained[a]);
for (const v of largest.slice(0, TOP)) {
  const holders: string[] = [];
  for (let u = dominator[v]; u !== 0 && holders.length < 4; u = dominator[u]) holders.push(label(u));
  console.log(
    `${(retained[v] / MB).toFixed(1).padStart(7)} MB  ${label(v)}${holders.length ? `  <= ${holders.join(' <= ')}` : ''}`,
  );
}
