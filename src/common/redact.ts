import { withoutUnstorableText } from './input-guard.js';

/**
 * Removes personal data from free text before it is stored (queries, feedback comments): email addresses, IBANs,
 * payment card numbers (Luhn-checked) and phone numbers become placeholders. Applied at write time, so raw
 * personal data never reaches the database.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b/g;
const DIGIT_RUN = /(?<![\w])\+?\d[\d .\-()]{7,}\d(?![\w])/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Every pattern above needs an `@` or a digit: most queries have neither, and are stored as they are. */
const MAY_HOLD_PERSONAL_DATA = /[@\d]/;

/**
 * Also drops what PostgreSQL text cannot hold (U+0000, unpaired surrogates): input checks refuse it, but a logged query
 * must never be the row that fails its whole batch.
 */
export function redactPersonalData(raw: string): string {
  const text = withoutUnstorableText(raw);
  if (!MAY_HOLD_PERSONAL_DATA.test(text)) return text;
  return text
    .replace(EMAIL, '[email]')
    .replace(IBAN, '[iban]')
    .replace(DIGIT_RUN, (match) => {
      const digits = match.replace(/\D/g, '');
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return '[card]';
      if (digits.length >= 8 && digits.length <= 15) return '[phone]';
      return match;
    });
}
