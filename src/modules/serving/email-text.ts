/**
 * The new part of an incoming email: quoted history (">" lines, "On … wrote:", "Le … a écrit :", forwarded or
 * original-message separators, Outlook "From:/De :" header blocks) and the signature ("-- " and common sign-offs
 * followed by a short block) are cut off.
 */
const HISTORY_MARKERS = [
  /^\s*>/,
  /^\s*On\b.+\bwrote:\s*$/i,
  /^\s*Le\b.+\ba écrit\s*:\s*$/i,
  /^\s*-{2,}\s*(?:Original Message|Message d'origine|Forwarded message|Message transféré)\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/,
  /^\s*(?:From|De)\s*:\s*.+$/i,
  /^\s*Sent from my\b/i,
  /^\s*Envoyé de mon\b/i,
];

const SIGNATURE_DELIMITER = /^\s*--\s*$/;
const SIGN_OFF = /^\s*(?:thanks|thank you|many thanks|regards|kind regards|best regards|best|cheers|sincerely|cordialement|bien cordialement|merci|bonne journée|salutations|sent from)\b[\s\S]{0,30}$/i;

export function stripEmailHistory(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.findIndex((line) => HISTORY_MARKERS.some((marker) => marker.test(line)) || SIGNATURE_DELIMITER.test(line));
  if (end < 0) end = lines.length;
  const kept = lines.slice(0, end);
  // A sign-off in the last few lines starts the signature.
  for (let i = Math.max(0, kept.length - 6); i < kept.length; i += 1) {
    if (SIGN_OFF.test(kept[i]) && kept.slice(0, i).some((line) => line.trim())) {
      kept.length = i;
      break;
    }
  }
  return kept.join('\n').trim();
}
