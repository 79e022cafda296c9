import { type ReactNode, useState } from 'react';
import { ErrorMessage } from '../shared/ui.js';
import { downloadCsv, type Period } from './report-api.js';

export interface Column<T> {
  label: string;
  value: (row: T) => ReactNode;
  numeric?: boolean;
}

export const percent = (rate: number | null): string => (rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`);

/** A report's table with a button that downloads the same report as CSV from the API. */
export function ReportTable<T>({
  title,
  rows,
  columns,
  csv,
  period,
  empty = 'Nothing in this period.',
}: {
  title: string;
  rows: T[];
  columns: Column<T>[];
  csv: { path: string; params?: Record<string, string | number | undefined> };
  period: Period;
  empty?: string;
}) {
  const [error, setError] = useState<unknown>(null);
  const download = () => {
    setError(null);
    downloadCsv(csv.path, period, csv.params).catch(setError);
  };
  return (
    <section className="report-table" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <button type="button" onClick={download}>
          Download CSV
        </button>
      </header>
      <ErrorMessage error={error} />
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {columns.map((c) => (
                    <td key={c.label} className={c.numeric ? 'num' : undefined}>
                      {c.value(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
