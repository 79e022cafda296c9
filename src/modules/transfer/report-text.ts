import type { ImportIssue, ImportReport } from './transfer.types.js';

const place = (issue: ImportIssue) =>
  [issue.file && `${issue.file}${issue.line ? `:${issue.line}` : ''}`, issue.slug, issue.locale]
    .filter(Boolean)
    .join(' ');

/** An import report as the CLI prints it: the counts, then each issue with where it was found. */
export function formatImportReport(what: string, report: ImportReport): string {
  const { articles: a, locales: l, categories: c, intents: i, synonyms: s, channelProfiles: p } = report;
  const lines = [
    `${what}${report.dryRun ? ' (dry run: nothing written)' : ''}:`,
    `  articles    ${a.created} created, ${a.updated} updated, ${a.unchanged} unchanged, ${a.failed} failed`,
    `  locales     ${l.created} created, ${l.revised} revised, ${l.unchanged} unchanged, ${l.published} published, ${l.conflicts} conflicts`,
    `  categories  ${c.created} created, ${c.existing} already there`,
    `  intents     ${i.created} created, ${i.existing} already there`,
  ];
  if (s.created + s.existing > 0) lines.push(`  synonyms    ${s.created} created, ${s.existing} already there`);
  if (p.updated + p.unchanged > 0) lines.push(`  channel profiles  ${p.updated} updated, ${p.unchanged} unchanged`);
  for (const issue of report.issues) lines.push(`  ${issue.level.padEnd(8)} ${place(issue)}: ${issue.message}`);
  if (report.issuesOmitted > 0) lines.push(`  … and ${report.issuesOmitted} more issues`);
  return `${lines.join('\n')}\n`;
}
