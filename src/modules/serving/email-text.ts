import EmailReplyParser from 'email-reply-parser';
import { neutraliseMarkup } from '../channels/render.js';

/*
 * The new part of an incoming email, for matching: quoted history, forwarded messages and the signature are cut off.
 *
 * email-reply-parser (Crisp's, used on their inbound mail, with French rules) does most of it. On the 40 samples of
 * email-text.spec.ts it alone keeps the right text for 30; what it missed, and the rules below add:
 * - forwarded messages (4 of 40: "---------- Forwarded message ---------", "Message transféré", "Begin forwarded
 *   message:", "Début du message réexpédié :") and an Outlook header block whose From has no address (1 of 40);
 * - sign-offs it does not know ("Thanks", "Thanks in advance", "Best,", "Veuillez agréer … salutations": 5 of 40).
 * No sign-off rule cuts a line that carries more than the sign-off ("Thanks, I need a new SIM", "Merci de résilier
 * mon contrat."), nor the request below a "Thanks!" that follows the greeting.
 */

/** Characters looked at: the new part of an email is at its top. */
const MAX_CHARS = 4000;
/*
 * The parser's regular expressions run on the whole text without a linear-time engine (its optional native RE2 is
 * not installed): cubic in a line's length, and its Dutch, Danish, Polish and Chinese reply headers span lines, so
 * repeating their words is cubic in the text. The parser therefore sees lines cut to PROBE_LINE characters (headers
 * and sign-offs are short) and only the first occurrence of each of those words; the lines changed for it are put
 * back whole afterwards. Measured on 100,000-character bodies repeating each header's words: 850 ms with 8,000
 * characters when the parser saw every occurrence, 6 ms at worst with 4,000 characters and the probe.
 */
const PROBE_LINE = 200;
const CROSS_LINE_HEADER_WORDS = /schreef|skrev|pisze|napisał|写道/g;

const FORWARD_SEPARATOR =
  /^\s*(?:-{2,}\s*(?:Forwarded message|Message transféré)\s*-{2,}|Begin forwarded message\s*:|Début du message réexpédié\s*:)\s*$/i;
const HEADER_FROM = /^\s*(?:From|De)\s*:\s*\S/i;
const HEADER_NEXT = /^\s*(?:Sent|Date|To|Subject|Envoyé|À|A|Objet)\s*:/i;

const SIGN_OFF = new RegExp(
  '^\\s*(?:' +
    [
      'thanks(?: again| in advance| a lot)?',
      'thank you(?: in advance| very much)?',
      'many thanks',
      'best(?: wishes| regards)?',
      'all the best',
      '(?:kind|warm|best) regards',
      'regards',
      '(?:yours )?sincerely',
      'yours (?:truly|faithfully)',
      'cheers',
      "merci(?: beaucoup| d'avance| par avance| encore)?",
      '(?:bien )?cordialement',
      'bien à vous',
      'bonne (?:journée|soirée|fin de journée)',
      '(?:sincères |meilleures )?salutations(?: distinguées)?',
      '(?:veuillez|je vous prie d)\\b.*salutations.*',
    ].join('|') +
    ')\\s*[,.!]*\\s*$',
  'i',
);
const GREETING =
  /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|madame|monsieur|cher|chère)\b[^.?!]{0,40}$/i;

const isBlank = (line: string) => !line.trim();

/**
 * A line of a signature block rather than of the request: no question, no exclamation, no sentence of four words or
 * more.
 */
function signatureLike(line: string): boolean {
  const text = line.trim();
  if (/[?!]$/.test(text)) return false;
  return !(text.endsWith('.') && text.split(/\s+/).length >= 4 && text.length < 80);
}

/**
 * Cuts at the first forwarded-message separator or Outlook header block ("From:" then "Sent:"/"To:"… on the next line).
 */
function cutForwardsAndHeaders(lines: string[]): string[] {
  const end = lines.findIndex(
    (line, i) => FORWARD_SEPARATOR.test(line) || (HEADER_FROM.test(line) && HEADER_NEXT.test(lines[i + 1] ?? '')),
  );
  return end < 0 ? lines : lines.slice(0, end);
}

/**
 * Cuts at the last line that is only a sign-off, when a request (more than a greeting) precedes it and only a signature
 * follows.
 */
function cutSignOff(lines: string[]): string[] {
  for (let i = lines.length - 1; i > 0; i -= 1) {
    if (!SIGN_OFF.test(lines[i])) continue;
    const before = lines.slice(0, i).filter((line) => !isBlank(line));
    const after = lines.slice(i + 1).filter((line) => !isBlank(line));
    if (before.some((line) => !GREETING.test(line)) && after.every(signatureLike)) return lines.slice(0, i);
    return lines;
  }
  return lines;
}

/**
 * The text the reply parser keeps, the lines changed for it (see PROBE_LINE) put back whole through a marker naming
 * each.
 */
function visibleText(lines: string[]): string {
  const seen = new Set<string>();
  const probe = lines.map((line, i) => {
    const shown = line
      .slice(0, PROBE_LINE)
      .replace(CROSS_LINE_HEADER_WORDS, (word) => (seen.has(word) ? '_'.repeat(word.length) : (seen.add(word), word)));
    return shown === line ? line : `${shown}\u0000${i}\u0001`;
  });
  const visible = new EmailReplyParser().read(probe.join('\n')).getVisibleText();
  return visible.replace(/[^\n]*\u0000(\d+)\u0001/g, (_marker, i: string) => lines[Number(i)]);
}

/** The request of an email, as plain text that cannot be live markup (it is shown back to agents: neutraliseMarkup). */
export function stripEmailHistory(body: string): string {
  // Control characters carry nothing in an email, and the markers above are made of them.
  const text = body
    .replace(/\r\n?/g, '\n')
    .slice(0, MAX_CHARS)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  const kept = visibleText(cutForwardsAndHeaders(text.split('\n')));
  return neutraliseMarkup(cutSignOff(kept.split('\n')).join('\n').trim());
}
