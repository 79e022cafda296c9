import { addLabels } from './labels.js';
import { SavoirFaqElement, scriptDefaults } from './element.js';
import { getSessionId, setSessionId } from './session.js';

/**
 * `<script src="…/widget.js" data-key="…" data-locale="fr" async>`: defines `<savoir-faq>`; when the page has no
 * such element, adds a floating launcher. Every `data-x` of the script is the default of attribute `x`.
 */
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  scriptDefaults.api = new URL(script.src).origin;
  for (const [name, value] of Object.entries(script.dataset))
    if (value !== undefined) scriptDefaults.attributes[name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = value;
}

/** The host page's handle: `SavoirFAQ.sessionId` reads or sets the journey id sent with every call. */
const api = {
  get sessionId(): string {
    return getSessionId();
  },
  set sessionId(id: string) {
    setSessionId(id);
  },
  addLabels,
};
(window as unknown as { SavoirFAQ: typeof api }).SavoirFAQ = api;

if (scriptDefaults.attributes['session-id']) setSessionId(scriptDefaults.attributes['session-id']);
if (!customElements.get('savoir-faq')) customElements.define('savoir-faq', SavoirFaqElement);

function addLauncher(): void {
  if (document.querySelector('savoir-faq')) return;
  const launcher = document.createElement('savoir-faq');
  launcher.setAttribute('mode', 'launcher');
  document.body.append(launcher);
}
if (scriptDefaults.attributes.key && scriptDefaults.attributes.mode !== 'none') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', addLauncher);
  else addLauncher();
}
