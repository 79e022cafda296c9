/**
 * Finds the tables a TypeScript file's SQL names: in string and template literals (after FROM, JOIN, INTO, UPDATE,
 * TABLE, TRUNCATE, USING, COPY) and in TypeORM query-builder calls naming a table by string (`.from('t')`,
 * `.innerJoin('t', ...)`, `.into('t')`). Used by check-table-owners.ts; it reports every name it finds, and the
 * caller keeps those that are tables.
 */
import ts from 'typescript';

export interface TableReference {
  /** The table's name, lower-case, without schema; null when the SQL builds it (`FROM ${table}`). */
  table: string | null;
  /** 1-based line of the literal or call naming it. */
  line: number;
}

const REFERENCING = new Set(['FROM', 'JOIN', 'INTO', 'UPDATE', 'TABLE', 'TRUNCATE', 'USING', 'COPY']);
/** After these, `name(` is still the table (a column list follows it), not a function call. */
const NAME_BEFORE_COLUMNS = new Set(['INTO', 'TABLE', 'COPY']);
/** After these, comma-separated items are more tables (`FROM a, b`, `TRUNCATE a, b`). */
const LISTING = new Set(['FROM', 'USING', 'TRUNCATE']);
const MODIFIERS = new Set(['ONLY', 'LATERAL', 'IF', 'NOT', 'EXISTS', 'TABLE']);
/** Words that end a table item rather than alias it. */
const CLAUSES = new Set(
  (
    'WHERE JOIN INNER LEFT RIGHT FULL CROSS NATURAL ON USING GROUP ORDER LIMIT OFFSET HAVING WINDOW UNION EXCEPT ' +
    'INTERSECT RETURNING SET VALUES SELECT FOR AS WITH FETCH DEFAULT OF FROM TO WHEN THEN ELSE END AND OR NOT IS IN ' +
    'NOWAIT SKIP DO CONFLICT TABLESAMPLE STDIN STDOUT'
  ).split(' '),
);

/** Stands for a `${...}` substitution in a template's text. */
export const SUBSTITUTION = '\u0000';

type Token = { kind: 'name'; text: string; quoted: boolean } | { kind: 'dynamic' } | { kind: 'punct'; text: string };

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'?|"((?:[^"]|"")*)"?|([A-Za-z_][A-Za-z0-9_$]*)|(\u0000)|(\$\d+|:\w+|\d+(?:\.\d+)?)|(.)/gy;
  for (let match = pattern.exec(sql); match && match[0] !== ''; match = pattern.exec(sql)) {
    const [, quoted, word, substitution, , punct] = match;
    if (quoted !== undefined) tokens.push({ kind: 'name', text: quoted.replaceAll('""', '"'), quoted: true });
    else if (word !== undefined) tokens.push({ kind: 'name', text: word, quoted: false });
    else if (substitution !== undefined) tokens.push({ kind: 'dynamic' });
    else if (punct !== undefined) tokens.push({ kind: 'punct', text: punct });
    else if (match[0].startsWith("'") || /^[$:\d]/.test(match[0])) tokens.push({ kind: 'punct', text: 'value' });
  }
  return tokens;
}

const upper = (t: Token | undefined) => (t?.kind === 'name' && !t.quoted ? t.text.toUpperCase() : undefined);
const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text;

/** The index after the parenthesised group opening at `i`. */
function skipGroup(tokens: Token[], i: number): number {
  let depth = 0;
  for (; i < tokens.length; i++) {
    if (isPunct(tokens[i], '(')) depth++;
    else if (isPunct(tokens[i], ')') && --depth === 0) return i + 1;
  }
  return i;
}

/**
 * The tables an SQL text names (null for one built by a substitution, written as SUBSTITUTION), in order of
 * appearance. Names that are not tables (CTEs, columns after `EXTRACT(... FROM`) come too: the caller knows the tables.
 */
export function sqlTables(sql: string): (string | null)[] {
  const tokens = tokenize(sql);
  const found: (string | null)[] = [];
  // A built name counts in SQL: an upper-case keyword (as SQL is written here) or a text holding a statement. Prose
  // ("Imported from ${source}") is neither.
  const statement = /\b(select|insert|update|delete|copy|truncate|lock|create|alter|drop|merge)\b/i.test(sql);
  for (let i = 0; i < tokens.length; i++) {
    const keyword = upper(tokens[i]);
    if (!keyword || !REFERENCING.has(keyword)) continue;
    // TRUNCATE TABLE a, b: TRUNCATE reads the list.
    if (keyword === 'TABLE' && upper(tokens[i - 1]) === 'TRUNCATE') continue;
    let j = i + 1;
    for (;;) {
      while (MODIFIERS.has(upper(tokens[j]) ?? '')) j++;
      const item = tokens[j];
      if (item?.kind === 'dynamic') {
        if (statement || (tokens[i] as { text: string }).text === keyword) found.push(null);
        j++;
      } else if (item?.kind === 'name' && !CLAUSES.has(upper(item) ?? '')) {
        // schema.table: the last part names the table.
        let name = item;
        for (j++; isPunct(tokens[j], '.') && tokens[j + 1]?.kind === 'name'; j += 2)
          name = tokens[j + 1] as typeof item;
        if (isPunct(tokens[j], '(') && !NAME_BEFORE_COLUMNS.has(keyword)) j = skipGroup(tokens, j);
        else found.push(name.quoted ? name.text : name.text.toLowerCase());
      } else if (isPunct(item, '(')) {
        // A subquery: its own FROM is found when the scan reaches it.
        j = skipGroup(tokens, j);
      } else break;
      if (!LISTING.has(keyword)) break;
      if (upper(tokens[j]) === 'AS') j++;
      if (tokens[j]?.kind === 'name' && !CLAUSES.has(upper(tokens[j]) ?? '')) j++;
      if (!isPunct(tokens[j], ',')) break;
      j++;
    }
  }
  return found;
}

/** Query-builder methods whose first argument, when a string, names a table. */
const BUILDER_METHODS = new Set([
  'from',
  'into',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapOne',
  'leftJoinAndMapMany',
]);

const isInType = (node: ts.Node): boolean => {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isTypeNode(n)) return true;
  return false;
};

/** Every table reference in a TypeScript source text. */
export function tablesInSource(source: string, fileName = 'source.ts'): TableReference[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const references: TableReference[] = [];
  const add = (node: ts.Node, tables: (string | null)[]) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    for (const table of tables) references.push({ table, line });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isInType(node)) {
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) add(node, sqlTables(node.text));
    } else if (ts.isTemplateExpression(node)) {
      add(node, sqlTables(node.head.text + node.templateSpans.map((s) => SUBSTITUTION + s.literal.text).join('')));
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      BUILDER_METHODS.has(node.expression.name.text) &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(node.arguments[0].text)
    ) {
      add(node.arguments[0], [node.arguments[0].text.toLowerCase()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return references;
}

/** The tables a source's TypeORM entities map (`@Entity('name')` or `@Entity({ name })`). */
export function entityTables(source: string, fileName = 'source.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const tables: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isDecorator(node) &&
      ts.isCallExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'Entity'
    ) {
      const [arg] = node.expression.arguments;
      if (arg && ts.isStringLiteralLike(arg)) tables.push(arg.text);
      else if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties)
          if (ts.isPropertyAssignment(p) && p.name.getText(file) === 'name' && ts.isStringLiteralLike(p.initializer))
            tables.push(p.initializer.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return tables;
}
