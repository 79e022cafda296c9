import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact.js';

describe('redactPersonalData', () => {
  it('replaces emails, phone numbers, card numbers and IBANs', () => {
    expect(redactPersonalData('mail me at jane.doe@example.com please')).toBe('mail me at [email] please');
    expect(redactPersonalData('call +33 6 12 34 56 78 or 020 7946 0958')).toBe('call [phone] or [phone]');
    expect(redactPersonalData('card 4111 1111 1111 1111 declined')).toBe('card [card] declined');
    expect(redactPersonalData('IBAN FR76 3000 6000 0112 3456 7890 189 refund')).toBe('IBAN [iban] refund');
  });

  it('keeps ordinary text and short numbers', () => {
    expect(redactPersonalData('reset pin 1234 after 3 tries in 2024')).toBe('reset pin 1234 after 3 tries in 2024');
    expect(redactPersonalData('e-mail rendez-vous')).toBe('e-mail rendez-vous');
  });

  it('drops what PostgreSQL text cannot hold, so a logged query never fails its batch', () => {
    expect(redactPersonalData('pay my bill\u0000 \ud800now')).toBe('pay my bill now');
  });
});
