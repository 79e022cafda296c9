/** The panel's styles over the back-office's sheet: laid out for a desktop sidebar or iframe from ~320 px wide up. */
export const AGENT_STYLES = `
.agent-panel { font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; max-width: 720px; margin: 0 auto; padding: 8px 12px; box-sizing: border-box; }
.agent-panel *, .agent-panel *::before, .agent-panel *::after { box-sizing: inherit; }
.agent-bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; border-bottom: 1px solid #d0d7de; padding-bottom: 6px; }
.agent-bar nav { display: flex; gap: 4px; flex-wrap: wrap; background: none; border: 0; padding: 0; }
.agent-panel button { font: inherit; border: 1px solid #8c959f; background: #f6f8fa; border-radius: 6px; padding: 5px 10px; cursor: pointer; color: inherit; }
.agent-panel button[aria-pressed="true"] { background: #0b5cad; border-color: #0b5cad; color: #fff; }
.agent-panel button:disabled { opacity: .6; cursor: default; }
.agent-panel button:focus-visible, .agent-panel input:focus-visible, .agent-panel textarea:focus-visible, .agent-panel select:focus-visible { outline: 2px solid #0b5cad; outline-offset: 1px; }
.agent-journey, .agent-meta { color: #57606a; font-size: 12px; margin: 4px 0; }
.agent-search { display: flex; gap: 6px; margin: 8px 0; }
.agent-search input { flex: 1; min-width: 0; }
.agent-panel input, .agent-panel textarea, .agent-panel select { font: inherit; padding: 5px 8px; border: 1px solid #8c959f; border-radius: 6px; width: 100%; }
.agent-hits, .agent-drafts { list-style: none; padding: 0; margin: 0; }
.agent-hits li, .agent-drafts li { border-bottom: 1px solid #eaeef2; }
.agent-panel .agent-hit { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 8px 2px; border-radius: 0; }
.agent-panel .agent-hit:hover { background: #f6f8fa; }
.agent-hit-title { display: block; font-weight: 600; color: #0b5cad; }
.agent-snippet { display: block; color: #424a53; font-size: 13px; }
.agent-snippet mark { background: #fff3b0; color: inherit; }
.agent-drafts li { display: grid; gap: 2px; padding: 8px 2px; }
.agent-drafts .agent-hit-title { color: inherit; }
.agent-status { font-size: 12px; font-weight: 600; }
.agent-status-approved { color: #1a7f37; } .agent-status-rejected, .agent-status-changes_requested { color: #9a6700; }
.agent-article h2 { margin: 6px 0 0; font-size: 18px; }
.agent-plain { white-space: pre-wrap; overflow-wrap: anywhere; }
.agent-content { margin: 8px 0; }
.agent-notes { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; padding: 6px 10px; margin: 8px 0; }
.agent-notes h3 { margin: 0 0 4px; font-size: 13px; }
.agent-actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0; }
.agent-panel .agent-link { border: 0; background: none; color: #0b5cad; padding: 4px 0; }
.agent-form { display: grid; gap: 8px; }
.agent-form label { display: grid; gap: 2px; font-weight: 600; font-size: 13px; }
.agent-row { display: flex; gap: 8px; flex-wrap: wrap; } .agent-row label { flex: 1; min-width: 120px; }
.agent-empty { padding: 8px 0; }
`;
