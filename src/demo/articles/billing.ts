import type { SeedArticle } from '../types.js';

export const BILLING_ARTICLES: SeedArticle[] = [
  {
    slug: 'understand-your-bill',
    category: 'bills',
    audience: 'public',
    tags: ['bill', 'invoice'],
    intents: ['billing.explain'],
    locales: {
      en: {
        title: 'Understanding your bill',
        summary: 'Your bill has three parts: your monthly plan (charged a month in advance), usage outside your plan (charged for the previous month) and one-off charges. The detail of each line is in My Lumio under Bills.',
        body: `Your Lumio bill is issued on the same day each month and covers every line on your account.

## What is on it

1. **Monthly charges**: your plan and options, billed **one month in advance**.
2. **Usage outside your plan**: calls to premium-rate numbers, roaming outside your zone, extra data. These are billed for the **previous** month.
3. **One-off charges**: a new SIM, a late payment fee, a purchase from a third-party service.
4. **Credits and discounts**: refunds, goodwill gestures and bundle discounts appear as negative amounts.

## Where to see the detail

- In the **Lumio app**: *Account* > *Bills* > tap a bill.
- On the web: [My Lumio > Bills](https://my.lumio.example/bills), then **See the detail**.

Every call, text and data session outside your plan is listed with its date, time and cost.

If a line still looks wrong, see [Dispute a charge](https://www.lumio.example/help/dispute-a-charge).`,
        alternativeQuestions: [
          'how do i read my bill',
          'what are all these charges on my invoice',
          "I don't understand my bill",
          'explain my bill please',
          'what does one-off charge mean',
          'why am i billed a month in advance',
          'where can i see the details of my bill',
        ],
        variants: {
          bot: 'Your bill shows your monthly plan (billed a month in advance), any usage outside your plan from last month, and one-off charges. Open the Lumio app, go to Account > Bills and tap a bill to see every line.',
          voice: 'Your bill has three parts. First, your monthly plan, which is charged one month in advance. Second, anything you used outside your plan last month. Third, one-off charges such as a new SIM card. You can see every line in the Lumio app, under Account, then Bills.',
        },
      },
      fr: {
        title: 'Comprendre votre facture',
        summary: 'Votre facture comporte trois parties : votre forfait (facturé un mois à l’avance), les consommations hors forfait du mois précédent et les frais ponctuels. Le détail de chaque ligne est dans votre Espace client, rubrique Factures.',
        body: `Votre facture Lumio est émise à la même date chaque mois et regroupe toutes les lignes de votre compte.

## Ce que vous y trouvez

1. **Les abonnements** : votre forfait et vos options, facturés **un mois à l’avance**.
2. **Le hors forfait** : appels vers des numéros surtaxés, consommations à l’étranger hors zone, recharges de data. Ils sont facturés pour le **mois écoulé**.
3. **Les frais ponctuels** : nouvelle carte SIM, frais de retard de paiement, achat auprès d’un service tiers.
4. **Les avoirs et remises** : remboursements, gestes commerciaux et remises apparaissent en négatif.

## Où voir le détail

- Dans l’**appli Lumio** : *Compte* > *Factures*, puis touchez la facture.
- Sur le web : [Espace client > Factures](https://my.lumio.example/fr/factures), puis **Voir le détail**.

Chaque appel, SMS ou connexion hors forfait y figure avec sa date, son heure et son prix.

Une ligne vous semble toujours anormale ? Consultez [Contester un montant](https://www.lumio.example/fr/aide/contester-un-montant).`,
        alternativeQuestions: [
          'comment lire ma facture',
          'je comprends rien a ma facture',
          'c’est quoi ces frais sur ma facture',
          'pourquoi le forfait est facturé à l’avance',
          'détail de ma facture',
          'c koi le hors forfait',
          'expliquer ma facture svp',
        ],
        variants: {
          bot: 'Votre facture comprend votre forfait (facturé un mois à l’avance), le hors forfait du mois dernier et d’éventuels frais ponctuels. Pour voir chaque ligne : appli Lumio > Compte > Factures.',
          voice: 'Votre facture a trois parties. D’abord votre forfait, facturé un mois à l’avance. Ensuite ce que vous avez consommé en dehors de votre forfait le mois dernier. Enfin, les frais ponctuels, comme une nouvelle carte SIM. Vous trouverez le détail dans l’appli Lumio, rubrique Compte, puis Factures.',
        },
      },
    },
  },
  {
    slug: 'bill-higher-than-usual',
    category: 'bills',
    audience: 'public',
    tags: ['bill', 'charges', 'first-bill'],
    intents: ['billing.higher_than_usual'],
    locales: {
      en: {
        title: 'Why is my bill higher than usual?',
        summary: 'A higher bill usually comes from usage outside your plan (roaming, premium numbers, extra data), the end of a promotion, or a first bill that includes part of a month plus the next month in advance.',
        body: `Before anything else, compare this bill with the previous one in **My Lumio > Bills**: the **What changed** box lists the lines that differ.

## The usual reasons

- **Your first bill**: it covers the days from your activation to your billing date *plus* the next month in advance, so it is larger once.
- **A promotion has ended**: the discount line (for example *-€10 for 12 months*) is no longer there.
- **Usage outside your plan**: roaming outside your zone, calls to premium-rate numbers (starting with 089 or 118), extra data boosters.
- **Third-party purchases**: games, streaming or donations paid with your phone bill. See [Block premium-rate and third-party charges](https://www.lumio.example/help/third-party-charges).
- **A yearly price change**: announced to you by email and text at least one month before.

## Still unexplained?

If none of these match, [dispute the charge](https://www.lumio.example/help/dispute-a-charge) within 12 months: we check it and refund you if we made a mistake.`,
        alternativeQuestions: [
          'why is my bill so high this month',
          'my bill went up',
          'bill more expensive than normal',
          'why am i paying more than my plan price',
          'first bill is huge??',
          'why did i get charged extra',
          'unexpected charges on my bill',
          'my promo ended?',
        ],
        variants: {
          bot: 'The usual reasons: your first bill (part of a month plus next month in advance), the end of a promotion, usage outside your plan like roaming or premium numbers, or purchases billed by third parties. In My Lumio > Bills, the "What changed" box shows the lines that differ from last month.',
          voice: 'A bill is usually higher for one of four reasons. It is your first bill, which includes part of a month plus the next month in advance. A promotion has ended. You used services outside your plan, such as roaming or premium numbers. Or a third-party purchase was charged to your bill. The Lumio app shows what changed compared with last month.',
          email: 'Thank you for your message about your latest bill. The increase usually comes from one of these: a first bill covering part of a month plus the following month in advance, the end of a promotional discount, usage outside your plan (roaming, premium-rate numbers, extra data) or a purchase from a third-party service. In My Lumio > Bills, the "What changed" box lists the lines that differ from your previous bill.',
        },
        internalNotes: 'Check the "price change" flag on the account first: the 2026 yearly indexation (+2.9%) went out on 1 April. A customer may dispute an unexplained increase; do not promise a refund before the billing team has confirmed.',
      },
      fr: {
        title: 'Pourquoi ma facture est-elle plus élevée que d’habitude ?',
        summary: 'Une facture plus élevée vient en général du hors forfait (étranger, numéros surtaxés, data en plus), de la fin d’une promotion, ou d’une première facture qui couvre quelques jours plus le mois suivant.',
        body: `Commencez par comparer cette facture à la précédente dans **Espace client > Factures** : l’encadré **Ce qui a changé** liste les lignes qui diffèrent.

## Les causes les plus fréquentes

- **C’est votre première facture** : elle couvre les jours entre l’activation et votre date de facturation, *plus* le mois suivant à l’avance. Elle est donc plus élevée une seule fois.
- **Une promotion est terminée** : la ligne de remise (par exemple *-10 € pendant 12 mois*) a disparu.
- **Du hors forfait** : consommations à l’étranger hors zone, appels vers des numéros surtaxés (089, 118…), recharges de data.
- **Des achats auprès de services tiers** : jeux, streaming ou dons payés via votre facture. Voir [Bloquer les numéros surtaxés et achats tiers](https://www.lumio.example/fr/aide/achats-tiers).
- **L’évolution annuelle des prix** : elle vous est annoncée par e-mail et SMS au moins un mois avant.

## Toujours pas d’explication ?

Vous pouvez [contester le montant](https://www.lumio.example/fr/aide/contester-un-montant) dans un délai de 12 mois : nous vérifions et vous remboursons en cas d’erreur de notre part.`,
        alternativeQuestions: [
          'pourquoi ma facture est si chère ce mois ci',
          'ma facture a augmenté',
          'facture plus élevée que prévu',
          'pourquoi je paie plus que le prix du forfait',
          'première facture énorme',
          'on m’a facturé en trop',
          'augmentation facture sans prévenir',
        ],
        variants: {
          bot: 'Les causes habituelles : une première facture (quelques jours + le mois suivant), la fin d’une promotion, du hors forfait (étranger, numéros surtaxés) ou un achat auprès d’un service tiers. Dans Espace client > Factures, l’encadré « Ce qui a changé » montre les différences avec le mois précédent.',
          voice: 'Une facture est souvent plus élevée pour l’une de ces raisons : c’est votre première facture, qui inclut quelques jours plus le mois suivant. Une promotion vient de se terminer. Vous avez consommé en dehors de votre forfait, par exemple à l’étranger. Ou un service tiers a été facturé sur votre ligne. L’appli Lumio vous montre ce qui a changé par rapport au mois dernier.',
          email: 'Merci pour votre message concernant votre dernière facture. Une hausse s’explique le plus souvent par une première facture (quelques jours plus le mois suivant à l’avance), la fin d’une remise promotionnelle, des consommations hors forfait (étranger, numéros surtaxés, data supplémentaire) ou un achat auprès d’un service tiers. Dans votre Espace client, rubrique Factures, l’encadré « Ce qui a changé » détaille les lignes qui diffèrent de la facture précédente.',
        },
        internalNotes: 'Vérifier d’abord l’indicateur « évolution tarifaire » sur le compte : l’indexation annuelle 2026 (+2,9 %) s’applique depuis le 1er avril. Ne pas promettre de remboursement avant confirmation du service facturation.',
      },
    },
  },
  {
    slug: 'download-a-copy-of-your-bill',
    category: 'bills',
    audience: 'public',
    tags: ['bill', 'invoice', 'pdf'],
    intents: ['billing.copy'],
    locales: {
      en: {
        title: 'Download a copy of your bill',
        summary: 'All your bills from the last 24 months are in My Lumio > Bills, as PDF files you can download or print. Paper bills can be requested for €1.50 a month, free for customers who need them for accessibility reasons.',
        body: `## In the app or online

1. Open the **Lumio app** or sign in to [My Lumio](https://my.lumio.example).
2. Go to **Bills**.
3. Choose the month and tap **Download PDF**.

Bills from the last **24 months** are available. For older bills, contact us: we can send copies up to 6 years back.

## A bill for your employer or for a claim

Every PDF is an official invoice with our company details and VAT number: you can send it as it is.

## Paper bills

You can switch to paper bills in **My Lumio > Settings > Bill format**. Paper bills cost €1.50 a month, except for customers who need them because of a disability or who have no internet access: tell us and they are free.`,
        alternativeQuestions: [
          'where can i find my invoice',
          'download bill pdf',
          'i need a copy of my last bill',
          'how do i get an old invoice',
          'can you send me my bill by post',
          'invoice for my employer expenses',
          'print my bill',
        ],
        variants: {
          bot: 'Your bills from the last 24 months are in the Lumio app or My Lumio, under Bills: choose a month and tap Download PDF.',
        },
      },
      fr: {
        title: 'Télécharger une facture',
        summary: 'Vos factures des 24 derniers mois sont dans Espace client > Factures, en PDF à télécharger ou imprimer. La facture papier coûte 1,50 € par mois, gratuite si vous en avez besoin pour des raisons d’accessibilité.',
        body: `## Depuis l’appli ou le site

1. Ouvrez l’**appli Lumio** ou connectez-vous à votre [Espace client](https://my.lumio.example/fr).
2. Allez dans **Factures**.
3. Choisissez le mois, puis **Télécharger le PDF**.

Les factures des **24 derniers mois** sont disponibles. Pour une facture plus ancienne, contactez-nous : nous pouvons vous envoyer un duplicata jusqu’à 6 ans en arrière.

## Pour votre employeur ou un dossier

Chaque PDF est une facture officielle avec nos coordonnées et notre numéro de TVA : vous pouvez la transmettre telle quelle.

## Facture papier

Activez-la dans **Espace client > Paramètres > Format de facture**. Elle coûte 1,50 € par mois, sauf si vous en avez besoin en raison d’un handicap ou si vous n’avez pas accès à internet : signalez-le nous, elle est alors gratuite.`,
        alternativeQuestions: [
          'où trouver ma facture',
          'télécharger facture pdf',
          'besoin d’un duplicata de facture',
          'récupérer une ancienne facture',
          'recevoir ma facture par courrier',
          'facture pour note de frais',
        ],
        variants: {
          bot: 'Vos factures des 24 derniers mois sont dans l’appli Lumio ou l’Espace client, rubrique Factures : choisissez le mois puis « Télécharger le PDF ».',
        },
      },
    },
  },
  {
    slug: 'dispute-a-charge',
    category: 'bills',
    audience: 'public',
    tags: ['bill', 'dispute', 'refund'],
    intents: ['billing.dispute'],
    locales: {
      en: {
        title: 'Dispute a charge on your bill',
        summary: 'Open the bill in My Lumio, tap the line you disagree with and choose "Dispute this charge". We answer within 5 working days; the disputed amount is not taken from your account while we check.',
        body: `## How to dispute

1. In [My Lumio > Bills](https://my.lumio.example/bills), open the bill.
2. Tap the line you disagree with, then **Dispute this charge**.
3. Tell us briefly why (for example: "I was not abroad on that date").

You can also dispute by phone or chat if the line is not listed separately.

## What happens next

- You get a case number by email at once.
- While we check, **the disputed amount is put on hold**: it is not collected by direct debit, and no late fee applies to it.
- We answer within **5 working days**. If we agree, the refund appears on your next bill, or on your card within 10 days if you ask for it.

## Time limit

You can dispute a charge up to **12 months** after the bill date.

If you disagree with our answer, you can [make a complaint](https://www.lumio.example/help/complaint).`,
        alternativeQuestions: [
          'i was charged for something i didnt use',
          'wrong charge on my bill',
          'how to contest a bill',
          'i want a refund for an incorrect charge',
          'dispute invoice',
          'this charge is not mine',
          'overcharged',
        ],
        variants: {
          bot: 'In My Lumio > Bills, open the bill, tap the charge and choose "Dispute this charge". The amount is put on hold while we check, and we answer within 5 working days.',
          voice: 'To dispute a charge, open your bill in the Lumio app, select the charge and choose Dispute this charge. While we check, you will not be asked to pay that amount, and we will answer within five working days.',
        },
        internalNotes: 'Agents can open a dispute from the billing screen (Actions > Dispute). Refunds over €50 need a team leader. Never dispute roaming charges before checking the network usage log (date, country, network).',
      },
      fr: {
        title: 'Contester un montant sur votre facture',
        summary: 'Ouvrez la facture dans votre Espace client, touchez la ligne concernée puis « Contester ce montant ». Nous répondons sous 5 jours ouvrés ; le montant contesté n’est pas prélevé pendant la vérification.',
        body: `## Comment contester

1. Dans [Espace client > Factures](https://my.lumio.example/fr/factures), ouvrez la facture.
2. Touchez la ligne qui vous pose problème, puis **Contester ce montant**.
3. Expliquez en quelques mots (par exemple : « je n’étais pas à l’étranger à cette date »).

Si la ligne n’apparaît pas séparément, vous pouvez aussi contester par téléphone ou par chat.

## Et ensuite ?

- Vous recevez aussitôt un numéro de dossier par e-mail.
- Pendant la vérification, **le montant contesté est suspendu** : il n’est pas prélevé et aucun frais de retard ne s’applique.
- Nous vous répondons sous **5 jours ouvrés**. Si la contestation est fondée, le remboursement apparaît sur votre prochaine facture, ou sur votre carte sous 10 jours si vous le demandez.

## Délai

Vous pouvez contester jusqu’à **12 mois** après la date de la facture.

Vous n’êtes pas d’accord avec notre réponse ? Vous pouvez [déposer une réclamation](https://www.lumio.example/fr/aide/reclamation).`,
        alternativeQuestions: [
          'on m’a facturé un truc que j’ai pas utilisé',
          'erreur sur ma facture',
          'comment contester une facture',
          'je veux être remboursé d’un montant injustifié',
          'ce montant n’est pas à moi',
          'facturé à tort',
        ],
        variants: {
          bot: 'Dans Espace client > Factures, ouvrez la facture, touchez la ligne et choisissez « Contester ce montant ». Il est suspendu pendant la vérification et nous répondons sous 5 jours ouvrés.',
          voice: 'Pour contester un montant, ouvrez votre facture dans l’appli Lumio, sélectionnez la ligne, puis choisissez Contester ce montant. Pendant la vérification, ce montant ne vous est pas prélevé, et nous vous répondons sous cinq jours ouvrés.',
        },
        internalNotes: 'Les conseillers ouvrent une contestation depuis l’écran facturation (Actions > Contester). Remboursement au-delà de 50 € : validation du responsable d’équipe. Ne jamais contester des frais d’itinérance sans avoir vérifié le journal réseau (date, pays, opérateur).',
      },
    },
  },
];

export const PAYMENT_ARTICLES: SeedArticle[] = [
  {
    slug: 'ways-to-pay',
    category: 'payments',
    audience: 'public',
    tags: ['payment', 'card', 'direct-debit'],
    intents: ['payment.methods'],
    locales: {
      en: {
        title: 'Ways to pay your bill',
        summary: 'Direct debit is the default and is free. You can also pay by card in the app or online, by bank transfer with your customer reference, or in cash at a Lumio shop.',
        body: `| Method | When the money leaves | Fee |
|---|---|---|
| Direct debit | 10 days after the bill date | free |
| Card (app or online) | at once | free |
| Bank transfer | 1-2 working days | free |
| Cash in a Lumio shop | at once | free |

## Pay by card

1. Open **My Lumio > Bills > Pay now** (or the Lumio app).
2. Enter your card details; you may be asked to confirm with your bank app.

You can also save the card for automatic payments.

## Pay by bank transfer

Use the bank details printed on your bill and put your **customer reference** (it starts with LU) in the payment reference, or we cannot match it to your account.

We do not accept cheques any more.`,
        alternativeQuestions: [
          'how can i pay my bill',
          'can i pay by card',
          'pay bill online',
          'payment options',
          'can i pay cash',
          'bank details to pay lumio',
          'do you take cheques',
        ],
        variants: {
          bot: 'You can pay by direct debit (the default), by card in the Lumio app or My Lumio (Bills > Pay now), by bank transfer with your customer reference, or in cash in a Lumio shop. All free.',
          voice: 'You can pay by direct debit, by card in the Lumio app, by bank transfer, or in cash in a Lumio shop. None of these have a fee. To pay by card now, open the app and choose Bills, then Pay now.',
        },
      },
      fr: {
        title: 'Les moyens de payer votre facture',
        summary: 'Le prélèvement automatique est le mode par défaut et il est gratuit. Vous pouvez aussi payer par carte dans l’appli ou en ligne, par virement avec votre référence client, ou en espèces en boutique Lumio.',
        body: `| Moyen | Débit | Frais |
|---|---|---|
| Prélèvement automatique | 10 jours après la date de facture | gratuit |
| Carte bancaire (appli ou web) | immédiat | gratuit |
| Virement | 1 à 2 jours ouvrés | gratuit |
| Espèces en boutique Lumio | immédiat | gratuit |

## Payer par carte

1. Allez dans **Espace client > Factures > Payer maintenant** (ou dans l’appli Lumio).
2. Saisissez votre carte ; votre banque peut vous demander de valider dans son appli.

Vous pouvez enregistrer la carte pour les paiements suivants.

## Payer par virement

Utilisez les coordonnées bancaires indiquées sur la facture et mettez votre **référence client** (elle commence par LU) dans le libellé du virement, sinon nous ne pourrons pas l’affecter à votre compte.

Nous n’acceptons plus les chèques.`,
        alternativeQuestions: [
          'comment payer ma facture',
          'payer par carte bleue',
          'payer en ligne',
          'quels moyens de paiement',
          'je peux payer en espèces ?',
          'rib lumio pour virement',
          'vous acceptez les chèques',
        ],
        variants: {
          bot: 'Vous pouvez payer par prélèvement (par défaut), par carte dans l’appli ou l’Espace client (Factures > Payer maintenant), par virement avec votre référence client, ou en espèces en boutique. Sans frais.',
          voice: 'Vous pouvez payer par prélèvement, par carte bancaire dans l’appli Lumio, par virement, ou en espèces dans une boutique Lumio. Aucun de ces moyens n’est payant. Pour payer par carte, ouvrez l’appli et choisissez Factures, puis Payer maintenant.',
        },
      },
    },
  },
  {
    slug: 'set-up-direct-debit',
    category: 'payments',
    audience: 'public',
    tags: ['payment', 'direct-debit', 'bank'],
    intents: ['payment.direct_debit'],
    locales: {
      en: {
        title: 'Set up or change your direct debit',
        summary: 'Go to My Lumio > Payment > Direct debit and enter the new IBAN. A change made at least 5 days before the next collection applies to it; otherwise it applies from the following bill.',
        body: `## Change the bank account

1. Sign in to [My Lumio](https://my.lumio.example) and open **Payment > Direct debit**.
2. Choose **Change bank account** and enter the **IBAN** of the new account.
3. Confirm with the code we send you by text.

You receive the mandate by email. The account holder must be you or someone you have authorised.

## When it takes effect

- Changed **5 days or more** before the next collection: the new account is used for it.
- Changed later: the old account is debited one last time. **Do not close the old account** until you see the first debit from the new one.

## Change the collection day

You can choose the 5th, 10th or 20th of the month in **Payment > Collection day**. Your billing date does not change.`,
        alternativeQuestions: [
          'change my bank details',
          'new bank account for direct debit',
          'update iban',
          'how to set up direct debit',
          'change payment date',
          'i changed banks what do i do',
          'can i choose the day i pay',
        ],
        variants: {
          bot: 'In My Lumio, go to Payment > Direct debit > Change bank account, enter your new IBAN and confirm with the code sent by text. Keep your old account open until the first debit from the new one.',
        },
      },
      fr: {
        title: 'Mettre en place ou modifier le prélèvement',
        summary: 'Allez dans Espace client > Paiement > Prélèvement et saisissez le nouvel IBAN. Un changement fait au moins 5 jours avant le prochain prélèvement s’applique à celui-ci ; sinon, à la facture suivante.',
        body: `## Changer de compte bancaire

1. Connectez-vous à votre [Espace client](https://my.lumio.example/fr) et ouvrez **Paiement > Prélèvement**.
2. Choisissez **Modifier mes coordonnées bancaires** et saisissez l’**IBAN** du nouveau compte.
3. Validez avec le code reçu par SMS.

Le mandat de prélèvement vous est envoyé par e-mail. Le compte doit être à votre nom ou à celui d’une personne que vous avez autorisée.

## À partir de quand ?

- Modification faite **au moins 5 jours** avant le prochain prélèvement : le nouveau compte est débité.
- Modification plus tardive : l’ancien compte est débité une dernière fois. **Ne le clôturez pas** avant d’avoir vu le premier prélèvement sur le nouveau.

## Changer la date de prélèvement

Vous pouvez choisir le 5, le 10 ou le 20 du mois dans **Paiement > Date de prélèvement**. La date de facture, elle, ne change pas.`,
        alternativeQuestions: [
          'changer de rib',
          'modifier mes coordonnées bancaires',
          'nouvel iban',
          'mettre en place le prélèvement automatique',
          'changer la date de prélèvement',
          'j’ai changé de banque',
        ],
        variants: {
          bot: 'Dans l’Espace client : Paiement > Prélèvement > Modifier mes coordonnées bancaires, saisissez le nouvel IBAN et validez avec le code reçu par SMS. Gardez l’ancien compte ouvert jusqu’au premier prélèvement sur le nouveau.',
        },
      },
    },
  },
  {
    slug: 'payment-failed',
    category: 'payments',
    audience: 'public',
    tags: ['payment', 'late-payment', 'suspension'],
    intents: ['payment.failed'],
    locales: {
      en: {
        title: 'My payment failed: what happens now?',
        summary: 'If a direct debit is rejected, we text you and try again after 7 days. Pay by card in the app to settle it at once; after 21 days unpaid, outgoing calls and data may be restricted.',
        body: `A payment can fail because of insufficient funds, a closed account or an expired card.

## What happens, and when

| Day | What we do |
|---|---|
| 0 | The payment is rejected. We send you a text and an email. |
| 7 | We try the direct debit again. |
| 14 | Reminder; a **€7.50 late payment fee** is added to your next bill. |
| 21 | Outgoing calls, texts and data may be **restricted**. You can still call emergency numbers and receive calls. |
| 45 | The line may be suspended. |

## Settle it now

Open **My Lumio > Bills > Pay now** and pay by card: the restriction, if any, is lifted within an hour.

## Can't pay right now?

Ask for a [payment arrangement](https://www.lumio.example/help/payment-arrangement) before day 21: we will not restrict your line while it is in place.`,
        alternativeQuestions: [
          'my direct debit bounced',
          'payment rejected',
          'missed a payment what happens',
          'why is my line restricted',
          'i cant make calls since my payment failed',
          'late payment fee',
          'unpaid bill',
        ],
        variants: {
          bot: 'A failed direct debit is retried after 7 days. To settle it now, pay by card in the app (Bills > Pay now). A €7.50 late fee applies after 14 days and the line may be restricted after 21 days. Need more time? Ask for a payment arrangement.',
          voice: 'If your payment failed, we will try again after seven days. You can also pay straight away by card in the Lumio app. After fourteen days, a late fee of seven euros fifty is added, and after twenty-one days your calls and data may be restricted. If you need more time to pay, ask us for a payment arrangement.',
        },
      },
      fr: {
        title: 'Mon paiement a été refusé : que se passe-t-il ?',
        summary: 'Si un prélèvement est rejeté, nous vous prévenons par SMS et le représentons 7 jours plus tard. Payez par carte dans l’appli pour régulariser tout de suite ; au-delà de 21 jours d’impayé, les appels sortants et la data peuvent être restreints.',
        body: `Un paiement peut être rejeté pour provision insuffisante, compte clôturé ou carte expirée.

## Le calendrier

| Jour | Ce qui se passe |
|---|---|
| 0 | Le paiement est rejeté. Vous recevez un SMS et un e-mail. |
| 7 | Nous représentons le prélèvement. |
| 14 | Relance ; des **frais de retard de 7,50 €** sont ajoutés à la prochaine facture. |
| 21 | Les appels, SMS et la data sortants peuvent être **restreints**. Les numéros d’urgence et les appels entrants restent accessibles. |
| 45 | La ligne peut être suspendue. |

## Régulariser maintenant

Dans **Espace client > Factures > Payer maintenant**, réglez par carte : une éventuelle restriction est levée en moins d’une heure.

## Vous ne pouvez pas payer tout de suite ?

Demandez un [échéancier de paiement](https://www.lumio.example/fr/aide/echeancier) avant le 21e jour : votre ligne ne sera pas restreinte tant qu’il est respecté.`,
        alternativeQuestions: [
          'prélèvement rejeté',
          'mon paiement n’est pas passé',
          'j’ai un impayé que faire',
          'pourquoi ma ligne est bloquée',
          'je peux plus appeler depuis le rejet de prélèvement',
          'frais de rejet',
          'facture impayée',
        ],
        variants: {
          bot: 'Un prélèvement rejeté est représenté 7 jours plus tard. Pour régulariser tout de suite, payez par carte dans l’appli (Factures > Payer maintenant). Des frais de 7,50 € s’appliquent après 14 jours, et la ligne peut être restreinte après 21 jours. Besoin de temps ? Demandez un échéancier.',
          voice: 'Si votre paiement a été refusé, nous représentons le prélèvement sept jours plus tard. Vous pouvez aussi payer tout de suite par carte dans l’appli Lumio. Après quatorze jours, des frais de sept euros cinquante s’ajoutent, et après vingt et un jours vos appels et votre data peuvent être restreints. Si vous avez besoin de plus de temps, demandez-nous un échéancier.',
        },
      },
    },
  },
  {
    slug: 'payment-arrangement',
    category: 'payments',
    audience: 'public',
    tags: ['payment', 'financial-difficulty'],
    intents: ['payment.arrangement'],
    locales: {
      en: {
        title: 'Ask for more time to pay',
        summary: 'If you are struggling to pay, we can spread what you owe over up to 6 months with no fee. Ask in My Lumio > Payment > Payment arrangement, or call us; your line stays open while the arrangement is kept.',
        body: `Money worries happen. Tell us early: the sooner we know, the more options we have.

## What we can offer

- **Pay later**: move your payment date by up to 15 days, once every 6 months.
- **Spread the balance**: pay what you owe in 2 to 6 monthly instalments, on top of your usual bill, with **no fee and no interest**.
- **A cheaper plan**: we can check whether a lower plan fits what you really use, with no change fee.

## How to ask

1. Go to **My Lumio > Payment > Payment arrangement**, or call us.
2. Choose the option and the amounts; you see the schedule before you confirm.

While you keep to the arrangement, we **do not restrict your line** and no late fees apply.

Free, confidential advice on debt is also available from independent advice services in your country.`,
        alternativeQuestions: [
          "i can't pay my bill this month",
          'can i pay in instalments',
          'payment plan for my bill',
          'need more time to pay',
          'struggling financially with my bill',
          'pay later option',
          'spread my payment',
        ],
        variants: {
          bot: 'We can give you up to 15 more days, or spread what you owe over 2 to 6 months with no fee. Ask in My Lumio > Payment > Payment arrangement, or talk to an agent. Your line stays open while you keep to it.',
          voice: 'If you are finding it hard to pay, we can give you up to fifteen more days, or spread what you owe over two to six months, with no fee. Your line stays open as long as you keep to the plan. Would you like me to put you through to an advisor to set this up?',
          email: 'Thank you for letting us know. We can help: we can move your payment date by up to 15 days, or spread the amount you owe over 2 to 6 monthly instalments, without any fee or interest. You can set this up in My Lumio > Payment > Payment arrangement, or reply to this email with the option you prefer. While the arrangement is kept, your line will not be restricted.',
        },
        internalNotes: 'Follow the vulnerable-customer procedure if the customer mentions illness, bereavement or job loss. Arrangements over 6 months or over €400 need a team leader.',
      },
      fr: {
        title: 'Demander un délai de paiement',
        summary: 'Si vous avez du mal à payer, nous pouvons étaler votre dette sur 6 mois maximum, sans frais. Faites la demande dans Espace client > Paiement > Échéancier, ou appelez-nous ; votre ligne reste active tant que l’échéancier est respecté.',
        body: `Tout le monde peut traverser une période difficile. Prévenez-nous au plus tôt : plus nous le savons tôt, plus nous avons de solutions.

## Ce que nous pouvons proposer

- **Un report** : décaler votre paiement de 15 jours maximum, une fois tous les 6 mois.
- **Un échéancier** : régler la somme due en 2 à 6 mensualités, en plus de votre facture habituelle, **sans frais ni intérêts**.
- **Un forfait moins cher** : nous vérifions si un forfait plus petit correspond à votre usage réel, sans frais de changement.

## Comment faire

1. Allez dans **Espace client > Paiement > Échéancier**, ou appelez-nous.
2. Choisissez la solution et les montants ; le calendrier s’affiche avant validation.

Tant que l’échéancier est respecté, **votre ligne n’est pas restreinte** et aucun frais de retard ne s’applique.

Des associations et services publics proposent aussi des conseils gratuits et confidentiels en cas de difficultés financières.`,
        alternativeQuestions: [
          'je peux pas payer ma facture ce mois-ci',
          'payer en plusieurs fois',
          'échéancier de paiement',
          'besoin d’un délai pour payer',
          'difficultés financières facture',
          'reporter mon prélèvement',
        ],
        variants: {
          bot: 'Nous pouvons reporter votre paiement de 15 jours ou étaler la somme due sur 2 à 6 mois, sans frais. Faites la demande dans Espace client > Paiement > Échéancier, ou avec un conseiller. Votre ligne reste active tant que l’échéancier est respecté.',
          voice: 'Si vous avez du mal à payer, nous pouvons reporter votre paiement de quinze jours, ou étaler la somme due sur deux à six mois, sans frais. Votre ligne reste active tant que l’échéancier est respecté. Voulez-vous que je vous passe un conseiller pour le mettre en place ?',
          email: 'Merci de nous avoir prévenus. Nous pouvons vous aider : reporter votre paiement de 15 jours au plus, ou étaler la somme due en 2 à 6 mensualités, sans frais ni intérêts. Vous pouvez le mettre en place dans votre Espace client, rubrique Paiement > Échéancier, ou nous répondre en indiquant la solution qui vous convient. Tant que l’échéancier est respecté, votre ligne ne sera pas restreinte.',
        },
        internalNotes: 'Appliquer la procédure clients vulnérables si le client évoque une maladie, un décès ou une perte d’emploi. Échéancier de plus de 6 mois ou de plus de 400 € : accord du responsable d’équipe.',
      },
    },
  },
];
