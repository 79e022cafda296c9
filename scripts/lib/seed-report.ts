import type { SeedReport } from '../../src/demo/loader.js';

export function printSeedReport(what: string, report: SeedReport): void {
  const line = (label: string, counts: { created: number; existing: number }) => `  ${label.padEnd(11)} ${counts.created} created, ${counts.existing} already there\n`;
  process.stdout.write(
    `${what}:\n` +
      line('categories', report.categories) +
      line('intents', report.intents) +
      line('articles', report.articles) +
      (report.localesAdded > 0 ? `  ${report.localesAdded} missing locale(s) added to existing articles\n` : ''),
  );
}
