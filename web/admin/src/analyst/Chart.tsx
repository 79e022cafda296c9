import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  type ChartType,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the parts these charts use, so the rest of chart.js stays out of the bundle.
ChartJs.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export interface Series {
  label: string;
  values: (number | null)[];
}

const COLOURS = ['#0b5cad', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bc4c00', '#57606a', '#0a7b83'];

/**
 * A chart with its numbers: the canvas for the eye, and the same data as a table (under "Data") for screen readers,
 * keyboard users and anyone who wants the figures.
 */
export function Chart({
  title,
  type,
  labels,
  series,
  stacked = false,
  percent = false,
}: {
  title: string;
  type: Extract<ChartType, 'bar' | 'line'>;
  labels: string[];
  series: Series[];
  stacked?: boolean;
  percent?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new ChartJs(canvas.current!, {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: COLOURS[i % COLOURS.length],
          borderColor: COLOURS[i % COLOURS.length],
          spanGaps: true,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked },
          y: {
            stacked,
            beginAtZero: true,
            ...(percent ? { max: 1, ticks: { format: { style: 'percent' } } } : { ticks: { precision: 0 } }),
          },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [type, labels, series, stacked, percent]);

  const format = (value: number | null) =>
    value === null ? '–' : percent ? `${Math.round(value * 1000) / 10}%` : String(value);
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
      <details>
        <summary>Data</summary>
        <div className="table-scroll">
          <table aria-label={`${title} (data)`}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, row) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  {series.map((s) => (
                    <td key={s.label}>{format(s.values[row])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
