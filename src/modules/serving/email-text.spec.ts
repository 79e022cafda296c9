import { describe, expect, it } from 'vitest';
import { stripEmailHistory } from './email-text.js';

/** [what it is, the email body as received, the request text that must be kept]. */
const EMAILS: [string, string, string][] = [
  ['EN greeting + "Thanks," request', 'Hi,\n\nThanks, I need a new SIM', 'Hi,\n\nThanks, I need a new SIM'],
  ['EN greeting + "Thanks," request, no blank line', 'Hi,\nThanks, I need a new SIM', 'Hi,\nThanks, I need a new SIM'],
  [
    'FR greeting + "Merci de" request',
    'Bonjour,\n\nMerci de résilier mon contrat.',
    'Bonjour,\n\nMerci de résilier mon contrat.',
  ],
  [
    'FR greeting + request + Cordialement',
    'Bonjour,\n\nMerci de résilier mon contrat.\n\nCordialement,\nJean Martin',
    'Bonjour,\n\nMerci de résilier mon contrat.',
  ],
  ['EN one-liner', 'How do I reset my voicemail PIN?', 'How do I reset my voicemail PIN?'],
  ['FR one-liner "Merci de"', 'Merci de me rappeler au plus vite.', 'Merci de me rappeler au plus vite.'],
  [
    'EN "Thank you for" request',
    'Thank you for resetting my PIN, but it still does not work.',
    'Thank you for resetting my PIN, but it still does not work.',
  ],
  ['EN bare thanks is the whole message', 'Thank you!', 'Thank you!'],
  [
    'EN Gmail reply',
    "I still can't log in.\n\nOn Mon, Dec 1, 2026 at 10:00 AM Support <support@example.com> wrote:\n> Please try again.\n> Support",
    "I still can't log in.",
  ],
  [
    'EN Gmail reply, header wrapped',
    'Hello,\n\nThe router light is still red.\n\nOn Mon, Dec 1, 2026 at 10:00 AM Savoir Support <\nsupport@example.com> wrote:\n\n> Please restart the router.',
    'Hello,\n\nThe router light is still red.',
  ],
  [
    'EN reply + Thanks sign-off + phone',
    'Hello,\n\nI forgot my voicemail PIN, how can I reset it?\n\nThanks,\nMarie Dupont\n+33 6 12 34 56 78\n\nOn Mon, 3 Nov 2025 at 10:00, Support <support@example.com> wrote:\n> Your ticket about billing was closed.',
    'Hello,\n\nI forgot my voicemail PIN, how can I reset it?',
  ],
  [
    'FR Gmail reply',
    'Ma ligne est toujours coupée.\n\nLe lun. 3 déc. 2026 à 10:00, Support Client <support@example.fr> a écrit :\n> Nous avons rétabli votre ligne.',
    'Ma ligne est toujours coupée.',
  ],
  [
    'FR Gmail reply, header wrapped',
    "Bonjour,\n\nJe n'ai toujours pas reçu ma facture.\n\nLe mar. 4 déc. 2026 à 09:12, Service Client <\nservice@example.fr> a écrit :\n> Votre facture est disponible.",
    "Bonjour,\n\nJe n'ai toujours pas reçu ma facture.",
  ],
  [
    'FR Outlook "Message d\'origine"',
    "Bonjour,\n\nLe prélèvement a été fait deux fois.\n\n-----Message d'origine-----\nDe : Service Client <service@example.fr>\nEnvoyé : lundi 3 décembre 2026 10:00\nÀ : Jean Martin\nObjet : RE: facture\n\nBonjour, votre facture est jointe.",
    'Bonjour,\n\nLe prélèvement a été fait deux fois.',
  ],
  [
    'EN Outlook "Original Message"',
    'Please close my account.\n\n-----Original Message-----\nFrom: Support <support@example.com>\nSent: Monday, December 1, 2026 10:00 AM\nTo: Tom\nSubject: RE: account\n\nHow can we help?',
    'Please close my account.',
  ],
  [
    'EN Outlook underscore header block',
    'Can I pay by bank transfer?\n\n________________________________\nFrom: Support <support@example.com>\nSent: Monday, December 1, 2026 10:00 AM\nTo: Tom <tom@example.com>\nSubject: Your invoice\n\nYour invoice is attached.',
    'Can I pay by bank transfer?',
  ],
  [
    'FR Outlook underscore header block',
    'Puis-je payer par virement ?\n\n________________________________\nDe : Service Client <service@example.fr>\nEnvoyé : lundi 3 décembre 2026 10:00\nÀ : Jean <jean@example.fr>\nObjet : Votre facture\n\nVotre facture est jointe.',
    'Puis-je payer par virement ?',
  ],
  [
    'EN Outlook header block without separator',
    'Please cancel.\n\nFrom: Support\nSent: Monday\nSubject: Re: order',
    'Please cancel.',
  ],
  [
    'FR "Envoyé de mon iPhone"',
    'Bonjour, ma box ne marche plus depuis ce matin.\n\nEnvoyé de mon iPhone',
    'Bonjour, ma box ne marche plus depuis ce matin.',
  ],
  [
    'EN "Sent from my iPhone"',
    'My data stopped working abroad.\n\nSent from my iPhone',
    'My data stopped working abroad.',
  ],
  [
    'EN "Get Outlook for Android"',
    'Is there a fee to change my number?\n\nGet Outlook for Android',
    'Is there a fee to change my number?',
  ],
  [
    'FR "Envoyé depuis" mobile',
    'Ma carte SIM est bloquée, code PUK ?\n\nEnvoyé depuis mon smartphone Samsung Galaxy.',
    'Ma carte SIM est bloquée, code PUK ?',
  ],
  [
    '"-- " signature delimiter',
    'Bonjour,\nMa facture est fausse.\n-- \nJean\nSociété X',
    'Bonjour,\nMa facture est fausse.',
  ],
  [
    'EN Gmail forward',
    'Can you help with this?\n\n---------- Forwarded message ---------\nFrom: Bank <noreply@bank.example>\nDate: Mon, Dec 1, 2026 at 9:00 AM\nSubject: Payment failed\nTo: <tom@example.com>\n\nYour payment failed.',
    'Can you help with this?',
  ],
  [
    'FR Gmail forward',
    "Pouvez-vous m'aider ?\n\n---------- Message transféré ---------\nDe : Banque <noreply@banque.example>\nDate : lun. 3 déc. 2026 à 09:00\nObjet : Paiement refusé\nÀ : <jean@example.fr>\n\nVotre paiement a été refusé.",
    "Pouvez-vous m'aider ?",
  ],
  [
    'EN Apple Mail forward',
    'Why was I charged for this?\n\nBegin forwarded message:\n\nFrom: Shop <shop@example.com>\nSubject: Receipt\n\nTotal: 30 EUR',
    'Why was I charged for this?',
  ],
  [
    'FR Apple Mail forward',
    'Pourquoi ce prélèvement ?\n\nDébut du message réexpédié :\n\nDe : Boutique <shop@example.fr>\nObjet : Reçu\n\nTotal : 30 EUR',
    'Pourquoi ce prélèvement ?',
  ],
  [
    'EN signature + legal disclaimer',
    'Please send me my last invoice.\n\nRegards,\nAnna Lee\nFinance Manager | ACME Ltd\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please delete it.',
    'Please send me my last invoice.',
  ],
  [
    'FR signature + legal footer',
    "Bonjour,\n\nJe souhaite changer d'offre.\n\nBien cordialement,\nSophie Durand\n06 12 34 56 78\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.",
    "Bonjour,\n\nJe souhaite changer d'offre.",
  ],
  [
    'EN "Thanks" sign-off + name',
    "Hello,\n\nMy roaming isn't working in Spain.\n\nThanks\nMarie",
    "Hello,\n\nMy roaming isn't working in Spain.",
  ],
  [
    'EN "Thanks in advance" sign-off + phone',
    'Hi team,\n\nCould you change my billing address?\n\nThanks in advance,\nPaul\n+44 20 7946 0000',
    'Hi team,\n\nCould you change my billing address?',
  ],
  [
    'FR "Bonne journée" sign-off',
    'Bonjour,\nMerci pour votre réponse. Le problème persiste, ma ligne est toujours coupée.\nBonne journée\nLuc',
    'Bonjour,\nMerci pour votre réponse. Le problème persiste, ma ligne est toujours coupée.',
  ],
  [
    'EN "Thanks!" line then the request',
    'Hi,\n\nThanks!\nPlease cancel my contract.\n\nBest,\nTom',
    'Hi,\n\nThanks!\nPlease cancel my contract.',
  ],
  [
    'EN "Thanks," request then a reply header',
    'Thanks, I need a new SIM\n\nOn Tue, Dec 2, 2026 at 8:00 AM Support <support@example.com> wrote:\n> Is there anything else?',
    'Thanks, I need a new SIM',
  ],
  [
    'FR "Merci" alone above the history',
    'Merci\n\nLe mar. 4 déc. 2026 à 09:12, Support <s@example.fr> a écrit :\n> Votre ligne est rétablie.',
    'Merci',
  ],
  [
    'FR "Salutations distinguées"',
    'Madame, Monsieur,\n\nJe vous prie de résilier ma ligne fixe au 31 décembre.\n\nVeuillez agréer mes salutations distinguées.\nPierre Roy',
    'Madame, Monsieur,\n\nJe vous prie de résilier ma ligne fixe au 31 décembre.',
  ],
  [
    'CRLF line endings',
    'Hello,\r\n\r\nHow do I activate roaming?\r\n\r\nKind regards,\r\nJohn\r\n',
    'Hello,\r\n\r\nHow do I activate roaming?'.replace(/\r/g, ''),
  ],
  [
    'EN top-post over inline quotes',
    'Yes, the second one.\n\n> Which line do you want to cancel?\n> The first or the second one?',
    'Yes, the second one.',
  ],
  [
    'FR "Cordialement" without comma and two-line name',
    "Bonjour,\nMon colis n'est pas arrivé.\nCordialement\nMarc Petit\nSociété Petit SARL",
    "Bonjour,\nMon colis n'est pas arrivé.",
  ],
  [
    'EN multi-paragraph request',
    'Hello,\n\nI moved house last week.\n\nCan you update my address and send a new router?\n\nBest regards,\nKim',
    'Hello,\n\nI moved house last week.\n\nCan you update my address and send a new router?',
  ],
];

describe('stripEmailHistory', () => {
  it.each(EMAILS)('%s', (_name, body, kept) => {
    expect(stripEmailHistory(body)).toBe(kept);
  });

  it('keeps long lines whole (the parser sees them shortened)', () => {
    const paragraph = `Bonjour, ${'ma ligne coupe plusieurs fois par jour depuis le changement de box, '.repeat(6)}que faire ?`;
    expect(
      stripEmailHistory(
        `${paragraph}\n\nCordialement,\nJean\n\nLe lun. 3 déc. 2026 à 10:00, Support <s@example.fr> a écrit :\n> Bonjour`,
      ),
    ).toBe(paragraph);
  });

  it("reads only the head of a huge email, and returns on text built against the parser's regular expressions", () => {
    // Without the caps, the parser's regular expressions take minutes on these (cubic in a line, quadratic across
    // lines).
    expect(stripEmailHistory('on at '.repeat(16_000))).toMatch(/^on at on at/);
    expect(stripEmailHistory('abc. x skrev y\n'.repeat(6000)).length).toBeLessThanOrEqual(4000);
    expect(stripEmailHistory(`Please cancel my line.\n${'x'.repeat(99_000)}`)).toMatch(/^Please cancel my line\.\nx+$/);
  });

  it('gives back the request as text that cannot be live markup (agents are shown it)', () => {
    expect(stripEmailHistory('Hi,\n\nMy PIN <img src=x onerror=alert(1)> fails.\n\nThanks,\nEve')).toBe(
      'Hi,\n\nMy PIN ‹img src=x onerror=alert(1)› fails.',
    );
  });
});
