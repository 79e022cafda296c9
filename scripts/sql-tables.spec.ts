import { describe, expect, it } from 'vitest';
import { entityTables, sqlTables, SUBSTITUTION, tablesInSource } from './sql-tables.js';

describe('sqlTables', () => {
  it('finds the tables a query reads, joins and writes', () => {
    expect(
      sqlTables(`SELECT a.id FROM articles a
                   JOIN article_locales l ON l.article_id = a.id
                   LEFT JOIN article_revisions AS r ON r.article_id = a.id WHERE a.state = 'active'`),
    ).toEqual(['articles', 'article_locales', 'article_revisions']);
    expect(sqlTables(`INSERT INTO feedback (id, served_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`)).toEqual([
      'feedback',
    ]);
    expect(sqlTables(`UPDATE drafts SET status = 'x' WHERE id = $1`)).toEqual(['drafts']);
    expect(sqlTables(`delete from searches where session_id = $1`)).toEqual(['searches']);
    expect(sqlTables(`COPY served_answers (id, served_at) FROM STDIN`)).toEqual(['served_answers']);
    expect(sqlTables(`TRUNCATE TABLE a, b`)).toEqual(['a', 'b']);
    expect(sqlTables(`LOCK TABLE matcher_training_lease IN EXCLUSIVE MODE`)).toEqual(['matcher_training_lease']);
    expect(sqlTables(`DELETE FROM drafts d USING articles a WHERE a.id = d.article_id`)).toEqual([
      'drafts',
      'articles',
    ]);
  });

  it('follows comma lists, schemas, quoted names and subqueries', () => {
    expect(sqlTables(`SELECT tag FROM articles, unnest(tags) AS tag GROUP BY tag`)).toEqual(['articles']);
    expect(sqlTables(`SELECT 1 FROM intents i, articles AS a, public.categories`)).toEqual([
      'intents',
      'articles',
      'categories',
    ]);
    expect(sqlTables(`SELECT * FROM "Articles"`)).toEqual(['Articles']);
    expect(sqlTables(`SELECT * FROM (SELECT id FROM articles) x, categories c`)).toEqual(['categories', 'articles']);
    expect(
      sqlTables(`d.article_id = (SELECT id FROM articles WHERE slug = :articleId) AND d.x IN (SELECT 1 FROM tags)`),
    ).toEqual(['articles', 'tags']);
    expect(
      sqlTables(`WITH RECURSIVE tree AS (SELECT id FROM categories UNION ALL SELECT c.id FROM categories c
                 JOIN tree t ON c.parent_id = t.id) SELECT id FROM tree`),
    ).toEqual(['categories', 'categories', 'tree', 'tree']);
  });

  it('does not take clauses, functions, strings or locking for tables', () => {
    expect(sqlTables(`SELECT 1 FROM t WHERE x = 'FROM articles' -- FROM searches`)).toEqual(['t']);
    expect(sqlTables(`SELECT * FROM generate_series(1, 3) g`)).toEqual([]);
    expect(sqlTables(`SELECT * FROM jobs FOR UPDATE SKIP LOCKED`)).toEqual(['jobs']);
    expect(sqlTables(`INSERT INTO t (k) VALUES (1) ON CONFLICT (k) DO UPDATE SET n = t.n + 1`)).toEqual(['t']);
    expect(sqlTables(`SELECT 1 FROM t WHERE NOT EXISTS (SELECT 1 FROM u)`)).toEqual(['t', 'u']);
  });

  it('reports a name built by a substitution as unknown', () => {
    expect(sqlTables(`SELECT id FROM ${SUBSTITUTION} WHERE id = ANY($1)`)).toEqual([null]);
    expect(sqlTables(`INSERT INTO ${SUBSTITUTION}_quarter AS t (a) SELECT a FROM z`)).toEqual([null, 'z']);
    expect(sqlTables(`select id from ${SUBSTITUTION}`)).toEqual([null]);
    expect(sqlTables(`Imported from ${SUBSTITUTION}`)).toEqual([]);
  });
});

describe('tablesInSource', () => {
  it('reads string and template literals and query-builder calls, with their lines', () => {
    const source = [
      `import { x } from './from-articles.js';`,
      `const a = 'SELECT * FROM articles';`,
      'const b = `SELECT * FROM ${table} JOIN categories c ON true`;',
      `qb.leftJoin('drafts', 'd', 'd.id = x.id').from('intents', 'i');`,
      `type Table = 'served_answers' | 'searches';`,
      `throw new Error('remove it from them first');`,
    ].join('\n');
    expect(tablesInSource(source)).toEqual([
      { table: 'articles', line: 2 },
      { table: null, line: 3 },
      { table: 'categories', line: 3 },
      { table: 'intents', line: 4 },
      { table: 'drafts', line: 4 },
      { table: 'them', line: 6 },
    ]);
  });
});

describe('entityTables', () => {
  it("names the tables of a file's entities", () => {
    expect(
      entityTables(`@Entity('articles') class Article {}\n@Entity({ name: 'article_locales' }) class L {}\nclass X {}`),
    ).toEqual(['articles', 'article_locales']);
  });
});
