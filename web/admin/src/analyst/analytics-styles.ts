/**
 * The analytics screens' styles. Screens are chunks loaded on demand, and esbuild does not load a lazy chunk's CSS
 * file: the sheet goes in with the chunk's code instead.
 */
const SHEET = `
.analytics { display: grid; gap: 16px; min-width: 0; }
.analytics-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.analytics h1, .analytics h2 { margin: 0; }
.analytics h2 { font-size: 1.15rem; margin-top: 8px; }
.period-picker { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; margin: 0; }
.period-picker select { max-width: 14rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; margin: 0; }
.figures div { border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; }
.figures dt { font-size: .8rem; color: #57606a; }
.figures dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.chart-grid, .gap-grid { display: grid; align-items: start; grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr)); gap: 16px; }
.chart { margin: 0; border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; min-width: 0; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-canvas { position: relative; height: 260px; }
.table-scroll { overflow-x: auto; max-width: 100%; }
.analytics table { border-collapse: collapse; width: 100%; font-size: .9rem; }
.analytics th, .analytics td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eaeef2; white-space: nowrap; }
.analytics .num { text-align: right; font-variant-numeric: tabular-nums; }
.report-table { min-width: 0; }
.report-table > header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.report-table h3 { margin: 8px 0; font-size: 1rem; }
.analytics .muted { color: #57606a; }
`;

let added = false;

export function addAnalyticsStyles(): void {
  if (added) return;
  added = true;
  const style = document.createElement('style');
  style.textContent = SHEET;
  document.head.append(style);
}
