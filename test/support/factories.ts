/** A draft proposing a change to revision 1 of an article, as an agent would submit it (REST body or GraphQL input). */
export const draftChange = (articleId: string, overrides: Record<string, unknown> = {}) => ({
  articleId,
  baseRevision: 1,
  title: 'Roaming abroad',
  body: 'Step one\nStep two, then restart\n',
  summary: 'Turn it on',
  note: 'Customers miss the restart step',
  source: { ticketId: 'T-1042', channel: 'email' },
  ...overrides,
});
