/**
 * The widget's own styles, inside its shadow root. `:host { all: initial }` cuts what the host element would take
 * from the page; `.root` sets every inherited property, so that rules on the host (even `!important` ones, which
 * win over :host) cannot reach the inside. Theming: --savoir-accent, --savoir-accent-text, --savoir-bg, --savoir-fg,
 * --savoir-muted, --savoir-radius, --savoir-font, --savoir-width (set on the element or any ancestor).
 */
export const CSS = `
:host{all:initial;display:block}
:host([hidden]),.root[hidden]{display:none!important}
.root,.launcher{--a:var(--savoir-accent,#0b57d0);--at:var(--savoir-accent-text,#fff);--bg:var(--savoir-bg,#fff);--fg:var(--savoir-fg,#1b1b1f);--mu:var(--savoir-muted,#4a4a55);--r:var(--savoir-radius,10px)}
.root{font:400 15px/1.5 var(--savoir-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--fg);background:var(--bg);letter-spacing:normal;word-spacing:normal;text-align:start;text-transform:none;text-indent:0;text-shadow:none;white-space:normal;font-style:normal;visibility:visible;direction:inherit;cursor:auto;
box-sizing:border-box;width:100%;max-width:var(--savoir-width,34em);border:1px solid #c9c9d1;border-radius:var(--r);padding:14px;display:flex;flex-direction:column;gap:10px;overflow:hidden}
:where(.root *,.root *::before,.root *::after){box-sizing:inherit;margin:0;padding:0;font:inherit;color:inherit;letter-spacing:inherit;line-height:inherit;text-transform:none;float:none;position:static;visibility:visible;opacity:1;transform:none;max-width:100%;min-width:0}
.root h2{font-size:1.15em;font-weight:700}
.root h3{font-size:1.1em;font-weight:700}
.root h4,.root h5,.root h6{font-size:1em;font-weight:700;margin:.8em 0 .3em}
.head{display:flex;align-items:center;justify-content:space-between;gap:8px}
label{display:block;font-weight:600;margin-bottom:4px}
input[type=search]{display:block;width:100%;border:1px solid #767680;border-radius:calc(var(--r) * .6);padding:9px 10px;background:#fff;color:#1b1b1f;appearance:none}
button,.contact{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:36px;border:1px solid var(--a);border-radius:calc(var(--r) * .6);padding:6px 12px;background:var(--bg);color:var(--a);cursor:pointer;text-decoration:none;font-weight:600}
button.primary,.contact{background:var(--a);color:var(--at)}
:focus-visible,input[type=search]:focus{outline:3px solid var(--a);outline-offset:2px}
.view{overflow:auto;max-height:var(--savoir-max-height,60vh);display:flex;flex-direction:column;gap:10px}
.list{list-style:none;display:flex;flex-direction:column;gap:6px}
.list button{display:flex;flex-direction:column;align-items:flex-start;text-align:start;width:100%;border-color:#c9c9d1;color:var(--fg);font-weight:400}
.list button:hover,.topics button:hover{border-color:var(--a)}
.hit-title{font-weight:600;color:var(--a)}
.snippet,.note,.status{color:var(--mu);font-size:.93em}
mark{background:#fde68a;color:#1b1b1f;border-radius:2px}
.topics{display:flex;flex-wrap:wrap;gap:6px;list-style:none}
.topics button{font-weight:400;border-color:#c9c9d1;color:var(--fg)}
.topics button[aria-pressed=true]{background:var(--a);color:var(--at);border-color:var(--a)}
.article .content p,.article .content ul,.article .content ol,.article .content pre,.article .content blockquote,.article .content table{margin:.5em 0}
.article .content ul,.article .content ol{padding-inline-start:1.4em}
.article .content a{color:var(--a);text-decoration:underline}
.article .content img{height:auto}
.article .content pre{overflow:auto;background:#f3f3f6;padding:8px;border-radius:6px}
.back{align-self:flex-start}
fieldset{border:0;display:flex;flex-wrap:wrap;align-items:center;gap:8px}
legend{font-weight:600;margin-bottom:4px;float:left;width:100%}
.choice{display:flex;align-items:center;gap:6px;font-weight:400;margin:0}
.choice input{width:18px;height:18px;accent-color:var(--a)}
.reasons{display:flex;flex-direction:column;gap:4px;width:100%}
.foot{display:flex;justify-content:flex-end}
.sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.alert{color:#a50e0e}
:host([mode=launcher]) .root{position:fixed;bottom:76px;right:16px;z-index:2147483646;width:min(26em,calc(100vw - 24px));box-shadow:0 8px 28px rgba(0,0,0,.25)}
:host([mode=launcher][position=left]) .root{right:auto;left:16px}
:host([mode=launcher]) .root{max-height:calc(100vh - 92px)}
:host([mode=launcher]) .view{max-height:none;flex:1 1 auto;min-height:0}
.launcher{position:fixed;bottom:16px;right:16px;z-index:2147483647;border-radius:999px;min-height:48px;padding:10px 18px;background:var(--a);color:var(--at);box-shadow:0 4px 14px rgba(0,0,0,.25);font:600 15px/1.2 var(--savoir-font,system-ui,sans-serif)}
:host([position=left]) .launcher{right:auto;left:16px}
@media (max-width:400px){.root{padding:10px}:host([mode=launcher]) .root{right:12px;left:12px;width:auto;bottom:72px}}
`;
