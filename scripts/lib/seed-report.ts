import { formatImportReport } from '../../src/modules/transfer/report-text.js';
import type { ImportReport } from '../../src/modules/transfer/transfer.types.js';

export function printSeedReport(what: string, report: ImportReport): void {
  process.stdout.write(formatImportReport(what, report));
}
