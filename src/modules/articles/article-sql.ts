/**
 * SQL selecting the category of the article whose id is the SQL expression `articleId` (null for none): for other
 * modules' query builders that filter their rows by their article's category in the same statement.
 */
export function articleCategorySql(articleId: string): string {
  return `(SELECT a.category_id FROM articles a WHERE a.id = ${articleId})`;
}
