import type { SeedArticle } from '../types.js';

export const PLAN_ARTICLES: SeedArticle[] = [
  {
    slug: 'change-your-plan',
    category: 'plans',
    audience: 'public',
    tags: ['plan', 'upgrade'],
    intents: ['plan.change'],
    locales: {
      en: {
        title: 'Change your mobile plan',
        summary: 'You can change plan at any time in My Lumio > My plan > Change plan, at no cost. A bigger plan applies at once; a smaller one applies from your next billing date.',
        body: `## How to change

1. Open the **Lumio app** or [My Lumio](https://my.lumio.example) and go to **My plan**.
2. Tap **Change plan** and compare the plans available for your line.
3. Confirm. You receive a text when the change is active.

## When it applies

- **Upgrade** (more data or more countries): **at once**. Your next bill includes a pro-rata amount for the days left in the month.
- **Downgrade**: from your **next billing date**, so you keep what you paid for until then.

## Things to know

- Changing plan does **not** extend your commitment period.
- If your current plan came with a discounted phone, a downgrade during the 24-month commitment may be refused online: call us and we will look at it together.
- Options you have added (international calls, data boosters) are kept if the new plan allows them.`,
        alternativeQuestions: [
          'how do i upgrade my plan',
          'switch to a cheaper plan',
          'change my mobile plan',
          'i want more data every month',
          'downgrade plan',
          'can i change forfait',
          'is there a fee to change plan',
        ],
        variants: {
          bot: 'Go to My plan > Change plan in the Lumio app. It is free: an upgrade applies at once, a downgrade from your next billing date.',
          voice: 'You can change your plan at any time in the Lumio app, under My plan, then Change plan. It is free. A bigger plan starts straight away, and a smaller plan starts on your next billing date.',
        },
      },
      fr: {
        title: 'Changer de forfait mobile',
        summary: 'Vous pouvez changer de forfait à tout moment dans Espace client > Mon forfait > Changer de forfait, sans frais. Un forfait supérieur s’applique tout de suite ; un forfait inférieur à la prochaine date de facturation.',
        body: `## Comment faire

1. Ouvrez l’**appli Lumio** ou votre [Espace client](https://my.lumio.example/fr), rubrique **Mon forfait**.
2. Touchez **Changer de forfait** et comparez les offres disponibles pour votre ligne.
3. Validez. Un SMS vous confirme le changement.

## Quand s’applique-t-il ?

- **Forfait supérieur** (plus de data, plus de pays) : **immédiatement**. La prochaine facture comprend un prorata pour les jours restants du mois.
- **Forfait inférieur** : à la **prochaine date de facturation**, vous profitez donc de ce que vous avez payé jusque-là.

## Bon à savoir

- Changer de forfait **ne prolonge pas** votre durée d’engagement.
- Si votre forfait actuel est lié à un téléphone à prix réduit, le passage à un forfait inférieur pendant les 24 mois d’engagement peut être refusé en ligne : appelez-nous, nous regarderons ensemble.
- Vos options (appels internationaux, recharges de data) sont conservées si le nouveau forfait les accepte.`,
        alternativeQuestions: [
          'changer de forfait',
          'passer à un forfait moins cher',
          'je veux plus de go',
          'augmenter mon forfait',
          'baisser mon forfait',
          'changement de forfait payant ?',
        ],
        variants: {
          bot: 'Dans l’appli Lumio : Mon forfait > Changer de forfait. C’est gratuit : un forfait supérieur s’applique tout de suite, un forfait inférieur à la prochaine date de facturation.',
          voice: 'Vous pouvez changer de forfait à tout moment dans l’appli Lumio, rubrique Mon forfait, puis Changer de forfait. C’est gratuit. Un forfait plus grand s’applique tout de suite, un forfait plus petit à votre prochaine date de facturation.',
        },
      },
    },
  },
  {
    slug: 'check-your-data-usage',
    category: 'plans',
    audience: 'public',
    tags: ['data', 'usage'],
    intents: ['plan.data_usage'],
    locales: {
      en: {
        title: 'Check how much data you have left',
        summary: 'The Lumio app home screen shows the data, minutes and texts left this month. You can also text USAGE to 700 (free) from your Lumio mobile.',
        body: `## Three ways to check

- **Lumio app**: the home screen shows what is left, updated every 15 minutes.
- **By text**: send **USAGE** to **700** (free). You get the answer in a few seconds.
- **Online**: [My Lumio > Usage](https://my.lumio.example/usage).

## Alerts

We text you automatically at **80%** and **100%** of your data. When you reach 100%:

- on most plans, your speed is reduced to 128 kbit/s until your next billing date, **at no extra cost**;
- you can [add a data booster](https://www.lumio.example/help/data-booster) to get full speed back.

## Why is my data going so fast?

Video streaming uses about 1 GB an hour in HD. Automatic app updates, cloud photo backups and hotspot sharing can use a lot too: set them to *Wi-Fi only* in your phone settings.`,
        alternativeQuestions: [
          'how much data do i have left',
          'check my data balance',
          'data remaining',
          'how many gb left this month',
          'my data is running out fast',
          'usage this month',
          'where do i see my consumption',
        ],
        variants: {
          bot: 'Open the Lumio app: the home screen shows the data, minutes and texts you have left. Or text USAGE to 700 (free).',
          voice: 'The quickest way is to send a text with the word USAGE to seven hundred. It is free, and you will get your remaining data, minutes and texts within a few seconds.',
        },
      },
      fr: {
        title: 'Suivre votre consommation de data',
        summary: 'L’écran d’accueil de l’appli Lumio affiche la data, les minutes et les SMS restants ce mois-ci. Vous pouvez aussi envoyer CONSO au 700 (gratuit) depuis votre mobile Lumio.',
        body: `## Trois façons de vérifier

- **Appli Lumio** : l’écran d’accueil affiche ce qui vous reste, mis à jour toutes les 15 minutes.
- **Par SMS** : envoyez **CONSO** au **700** (gratuit). La réponse arrive en quelques secondes.
- **En ligne** : [Espace client > Consommation](https://my.lumio.example/fr/consommation).

## Alertes

Nous vous prévenons par SMS à **80 %** et **100 %** de votre enveloppe data. Une fois à 100 % :

- sur la plupart des forfaits, le débit est réduit à 128 kbit/s jusqu’à la prochaine date de facturation, **sans frais supplémentaires** ;
- vous pouvez [ajouter une recharge data](https://www.lumio.example/fr/aide/recharge-data) pour retrouver le plein débit.

## Pourquoi ma data part-elle si vite ?

Une heure de vidéo en HD consomme environ 1 Go. Les mises à jour automatiques, la sauvegarde des photos dans le cloud et le partage de connexion pèsent lourd aussi : réglez-les sur *Wi-Fi uniquement* dans les paramètres du téléphone.`,
        alternativeQuestions: [
          'combien il me reste de data',
          'voir ma conso',
          'il me reste combien de go',
          'suivi consommation internet mobile',
          'ma data part trop vite',
          'consulter mon forfait restant',
        ],
        variants: {
          bot: 'Ouvrez l’appli Lumio : l’écran d’accueil affiche la data, les minutes et les SMS restants. Ou envoyez CONSO au 700 (gratuit).',
          voice: 'Le plus simple est d’envoyer un SMS avec le mot CONSO au sept cents. C’est gratuit, et vous recevez en quelques secondes votre data, vos minutes et vos SMS restants.',
        },
      },
    },
  },
  {
    slug: 'add-a-data-booster',
    category: 'plans',
    audience: 'public',
    tags: ['data', 'booster', 'option'],
    intents: ['plan.add_data'],
    locales: {
      en: {
        title: 'Add extra data with a data booster',
        summary: 'A data booster adds 5 GB for €3 or 20 GB for €8, valid until your next billing date. Buy it in the Lumio app under My plan > Add data; it works within a minute.',
        body: `## Boosters available

| Booster | Price | Valid until |
|---|---|---|
| 5 GB | €3 | your next billing date |
| 20 GB | €8 | your next billing date |
| Unlimited day | €2 | midnight |

## How to buy

1. In the **Lumio app**, go to **My plan > Add data**.
2. Choose a booster and confirm. It is added to your next bill.

You can also text **DATA5** or **DATA20** to **700**.

Unused booster data does not roll over. If you buy boosters every month, [a bigger plan](https://www.lumio.example/help/change-plan) is usually cheaper.`,
        alternativeQuestions: [
          'buy more data',
          'i ran out of data',
          'add data to my plan',
          'data top up',
          'extra gb',
          'my internet is super slow i used all my data',
        ],
        variants: {
          bot: 'In the Lumio app, go to My plan > Add data: 5 GB for €3 or 20 GB for €8, valid until your next billing date. Or text DATA5 or DATA20 to 700.',
          voice: 'You can add five gigabytes for three euros, or twenty gigabytes for eight euros, valid until your next bill. You can buy them in the Lumio app, under My plan, then Add data.',
        },
      },
      fr: {
        title: 'Ajouter de la data avec une recharge',
        summary: 'Une recharge ajoute 5 Go pour 3 € ou 20 Go pour 8 €, valables jusqu’à votre prochaine date de facturation. Achetez-la dans l’appli Lumio, rubrique Mon forfait > Ajouter de la data ; elle est active en une minute.',
        body: `## Les recharges

| Recharge | Prix | Valable jusqu’à |
|---|---|---|
| 5 Go | 3 € | la prochaine date de facturation |
| 20 Go | 8 € | la prochaine date de facturation |
| Journée illimitée | 2 € | minuit |

## Comment l’acheter

1. Dans l’**appli Lumio**, allez dans **Mon forfait > Ajouter de la data**.
2. Choisissez la recharge et validez. Elle est ajoutée à votre prochaine facture.

Vous pouvez aussi envoyer **DATA5** ou **DATA20** au **700**.

La data non utilisée n’est pas reportée. Si vous rechargez tous les mois, [un forfait supérieur](https://www.lumio.example/fr/aide/changer-de-forfait) revient généralement moins cher.`,
        alternativeQuestions: [
          'acheter de la data',
          'j’ai plus de data',
          'recharge internet mobile',
          'ajouter des go',
          'forfait épuisé internet lent',
          'recharger ma data',
        ],
        variants: {
          bot: 'Dans l’appli Lumio : Mon forfait > Ajouter de la data. 5 Go pour 3 € ou 20 Go pour 8 €, valables jusqu’à la prochaine facturation. Ou envoyez DATA5 ou DATA20 au 700.',
        },
      },
    },
  },
  {
    slug: 'block-premium-rate-and-third-party-charges',
    category: 'plans',
    audience: 'public',
    tags: ['third-party', 'premium-rate', 'bill', 'parental-control'],
    intents: ['plan.third_party_charges'],
    locales: {
      en: {
        title: 'Block premium-rate numbers and third-party purchases',
        summary: 'In My Lumio > Settings > Spending controls you can block calls to premium-rate numbers and purchases charged to your bill by other companies. The block is free and applies within an hour.',
        body: `Some companies can charge your Lumio bill directly: app stores, games, streaming, donations by text, or premium-rate services (numbers starting with 089, 118 or five-digit text codes).

## Block them

1. Go to [My Lumio > Settings > Spending controls](https://my.lumio.example/settings/spending).
2. Turn on **Block third-party purchases** and/or **Block premium-rate numbers**.

It is free and takes effect within an hour. It is also the first thing to do on a child's phone.

## A purchase you did not make

1. Note the name of the service on your bill (line *Third-party purchases*).
2. Unsubscribe: text **STOP** to the five-digit number that sent you messages.
3. [Dispute the charge](https://www.lumio.example/help/dispute-a-charge): if the purchase was not confirmed properly, we refund it.`,
        alternativeQuestions: [
          'what is this third party charge',
          'block premium numbers',
          'my kid bought something on my phone bill',
          'stop subscriptions billed to my phone',
          'unknown subscription on my bill',
          'parental controls for purchases',
          'how to cancel a premium sms service',
        ],
        variants: {
          bot: 'In My Lumio > Settings > Spending controls, turn on "Block third-party purchases" and "Block premium-rate numbers". It is free. For a purchase you did not make, text STOP to the sender and dispute the charge in My Lumio > Bills.',
        },
      },
      fr: {
        title: 'Bloquer les numéros surtaxés et les achats via votre facture',
        summary: 'Dans Espace client > Paramètres > Contrôle des dépenses, vous pouvez bloquer les appels vers les numéros surtaxés et les achats facturés par d’autres sociétés. Le blocage est gratuit et actif en moins d’une heure.',
        body: `Certaines sociétés peuvent facturer directement sur votre facture Lumio : magasins d’applis, jeux, streaming, dons par SMS, ou services surtaxés (numéros en 089, 118 ou SMS à cinq chiffres).

## Les bloquer

1. Allez dans [Espace client > Paramètres > Contrôle des dépenses](https://my.lumio.example/fr/parametres/depenses).
2. Activez **Bloquer les achats via ma facture** et/ou **Bloquer les numéros surtaxés**.

C’est gratuit et actif en moins d’une heure. À faire en priorité sur le téléphone d’un enfant.

## Un achat que vous n’avez pas fait

1. Repérez le nom du service sur la facture (ligne *Achats auprès de tiers*).
2. Désabonnez-vous : envoyez **STOP** au numéro à cinq chiffres qui vous écrit.
3. [Contestez le montant](https://www.lumio.example/fr/aide/contester-un-montant) : si l’achat n’a pas été correctement confirmé, nous le remboursons.`,
        alternativeQuestions: [
          'c’est quoi cet achat tiers sur ma facture',
          'bloquer numéros surtaxés',
          'mon fils a acheté un truc sur ma facture',
          'abonnement inconnu sur ma facture',
          'arrêter un service sms payant',
          'contrôle parental achats',
        ],
        variants: {
          bot: 'Dans Espace client > Paramètres > Contrôle des dépenses, activez « Bloquer les achats via ma facture » et « Bloquer les numéros surtaxés ». C’est gratuit. Pour un achat que vous n’avez pas fait, envoyez STOP à l’expéditeur et contestez le montant dans Factures.',
        },
      },
    },
  },
  {
    slug: 'add-a-line',
    category: 'plans',
    audience: 'public',
    tags: ['family', 'multi-line', 'discount'],
    intents: ['plan.add_line'],
    locales: {
      en: {
        title: 'Add a line for a family member',
        summary: 'You can have up to 5 mobile lines on one account, each with its own plan, and get €5 off every extra line. Add one in My Lumio > My lines > Add a line; the SIM arrives in 2 working days.',
        body: `## Why one account

- **One bill** for the whole family, with the detail per line.
- **€5 off per month** on every line after the first (up to 4 discounted lines).
- You can **share data** between lines in the app.

## Add a line

1. Go to **My Lumio > My lines > Add a line**.
2. Choose the plan and whether you want a SIM card or an eSIM.
3. To keep the person's current number, enter their [transfer code](https://www.lumio.example/help/keep-your-number).

The SIM arrives in 2 working days; an eSIM is ready within minutes.

## For a child

You can turn on spending controls and content filters on the child's line only, in **My lines > [line] > Controls**.`,
        alternativeQuestions: [
          'add my son to my account',
          'family plan',
          'second line discount',
          'can i have several lines on one bill',
          'multi line offer',
          'add a sim for my wife',
        ],
      },
      fr: {
        title: 'Ajouter une ligne pour un proche',
        summary: 'Vous pouvez réunir jusqu’à 5 lignes mobiles sur un même compte, chacune avec son forfait, et bénéficier de 5 € de remise par ligne supplémentaire. Ajoutez-la dans Espace client > Mes lignes > Ajouter une ligne ; la SIM arrive en 2 jours ouvrés.',
        body: `## Pourquoi un seul compte

- **Une seule facture** pour toute la famille, avec le détail par ligne.
- **5 € de remise par mois** sur chaque ligne après la première (jusqu’à 4 lignes remisées).
- Vous pouvez **partager la data** entre les lignes depuis l’appli.

## Ajouter une ligne

1. Allez dans **Espace client > Mes lignes > Ajouter une ligne**.
2. Choisissez le forfait et le format : carte SIM ou eSIM.
3. Pour conserver le numéro actuel de la personne, saisissez son [code RIO](https://www.lumio.example/fr/aide/conserver-son-numero).

La carte SIM arrive en 2 jours ouvrés ; une eSIM est prête en quelques minutes.

## Pour un enfant

Le contrôle des dépenses et le filtrage des contenus peuvent être activés sur sa ligne uniquement, dans **Mes lignes > [la ligne] > Contrôles**.`,
        alternativeQuestions: [
          'ajouter une ligne pour mon fils',
          'offre famille',
          'remise multi-lignes',
          'plusieurs lignes sur une facture',
          'ajouter une carte sim pour ma femme',
          'forfait pour mon ado',
        ],
      },
    },
  },
];

export const CONTRACT_ARTICLES: SeedArticle[] = [
  {
    slug: 'cancel-your-contract',
    category: 'contract',
    audience: 'public',
    tags: ['cancellation', 'contract'],
    intents: ['contract.cancel'],
    locales: {
      en: {
        title: 'Cancel your contract',
        summary: 'If you are moving to another operator and keeping your number, you do not need to cancel: the new operator does it for you. Otherwise, cancel in My Lumio > My contract > Cancel, or by phone; it takes effect 10 days later.',
        body: `## Keeping your number with another operator?

Do **not** cancel yourself. Give your new operator your [transfer code](https://www.lumio.example/help/keep-your-number): they transfer the number and your Lumio contract ends automatically on the day of the transfer.

## Cancelling without keeping the number

1. Go to [My Lumio > My contract > Cancel](https://my.lumio.example/contract/cancel), or call us.
2. Choose the line(s) and confirm. You receive a confirmation by email.
3. The cancellation takes effect **10 days** later (or on a later date you choose).

## What you will pay

- Your last bill covers the days up to the end date, pro rata.
- If you are still within a commitment period, [early termination fees](https://www.lumio.example/help/early-termination-fees) may apply.
- Home internet: return the Lumio Box within 30 days, or it is charged €90. See [Return your equipment](https://www.lumio.example/help/return-equipment).`,
        alternativeQuestions: [
          'how do i cancel my contract',
          'i want to leave lumio',
          'cancel my subscription',
          'terminate my line',
          'close my account',
          'cancel phone plan',
          'how to end my contract',
        ],
        variants: {
          bot: 'Moving to another operator with your number? Just give them your transfer code: they cancel for you. Otherwise, cancel in My Lumio > My contract > Cancel; it takes effect 10 days later. Early termination fees may apply during a commitment.',
          voice: 'If you are moving to another operator and keeping your number, you do not need to cancel: your new operator will do it with your transfer code. Otherwise, you can cancel in the Lumio app, or I can put you through to an advisor. The cancellation takes effect ten days later.',
          email: 'We are sorry to see you go. If you are moving to another operator and keeping your number, you do not need to do anything with us: give your new operator your transfer code, and your Lumio contract will end automatically on the day the number moves. Otherwise, you can cancel in My Lumio > My contract > Cancel; the cancellation takes effect 10 days later, and your last bill is calculated pro rata.',
        },
        internalNotes: 'Before processing, check eligibility for a retention offer (see the internal article "Cancellation calls: retention offers"). Never refuse or delay a cancellation request: record it even if the customer declines the offer.',
      },
      fr: {
        title: 'Résilier votre contrat',
        summary: 'Si vous partez chez un autre opérateur en gardant votre numéro, vous n’avez rien à faire : le nouvel opérateur résilie pour vous. Sinon, résiliez dans Espace client > Mon contrat > Résilier, ou par téléphone ; la résiliation prend effet 10 jours plus tard.',
        body: `## Vous gardez votre numéro chez un autre opérateur ?

**Ne résiliez pas vous-même.** Donnez votre [code RIO](https://www.lumio.example/fr/aide/conserver-son-numero) au nouvel opérateur : il transfère le numéro et votre contrat Lumio prend fin automatiquement le jour du transfert.

## Résilier sans garder le numéro

1. Allez dans [Espace client > Mon contrat > Résilier](https://my.lumio.example/fr/contrat/resilier), ou appelez-nous.
2. Choisissez la ou les lignes et confirmez. Une confirmation vous est envoyée par e-mail.
3. La résiliation prend effet **10 jours** plus tard (ou à une date ultérieure de votre choix).

## Ce qui reste à payer

- La dernière facture couvre les jours jusqu’à la date de fin, au prorata.
- Si vous êtes encore engagé, des [frais de résiliation anticipée](https://www.lumio.example/fr/aide/frais-resiliation) peuvent s’appliquer.
- Internet à la maison : renvoyez la Box Lumio sous 30 jours, sinon elle est facturée 90 €. Voir [Restituer votre matériel](https://www.lumio.example/fr/aide/restituer-materiel).`,
        alternativeQuestions: [
          'comment résilier mon abonnement',
          'je veux quitter lumio',
          'résiliation forfait',
          'arrêter ma ligne',
          'fermer mon compte',
          'resilier box',
          'mettre fin à mon contrat',
        ],
        variants: {
          bot: 'Vous partez avec votre numéro ? Donnez simplement votre code RIO au nouvel opérateur : il résilie pour vous. Sinon, résiliez dans Espace client > Mon contrat > Résilier ; effet 10 jours plus tard. Des frais peuvent s’appliquer si vous êtes engagé.',
          voice: 'Si vous partez chez un autre opérateur en gardant votre numéro, vous n’avez rien à faire : votre nouvel opérateur s’en charge avec votre code RIO. Sinon, vous pouvez résilier dans l’appli Lumio, ou je peux vous passer un conseiller. La résiliation prend effet dix jours plus tard.',
          email: 'Nous regrettons votre départ. Si vous rejoignez un autre opérateur en conservant votre numéro, vous n’avez aucune démarche à faire auprès de nous : communiquez votre code RIO à votre nouvel opérateur, et votre contrat Lumio prendra fin automatiquement le jour du transfert. Sinon, vous pouvez résilier depuis votre Espace client, rubrique Mon contrat > Résilier ; la résiliation prend effet 10 jours plus tard et la dernière facture est calculée au prorata.',
        },
        internalNotes: 'Avant de traiter, vérifier l’éligibilité à une offre de fidélisation (voir l’article interne « Appels de résiliation : offres de fidélisation »). Ne jamais refuser ni retarder une demande de résiliation : l’enregistrer même si le client décline l’offre.',
      },
    },
  },
  {
    slug: 'early-termination-fees',
    category: 'contract',
    audience: 'public',
    tags: ['cancellation', 'fees', 'commitment'],
    intents: ['contract.early_termination'],
    locales: {
      en: {
        title: 'Early termination fees',
        summary: 'Plans without commitment have no termination fee. With a 12- or 24-month commitment, you pay the remaining months (a quarter of them after month 12), plus the rest of any phone paid in instalments.',
        body: `Your commitment end date is shown in **My Lumio > My contract**.

## How the fee is calculated

- **No-commitment plans**: no fee, ever.
- **Within the first 12 months**: all the months left until month 12, plus **a quarter** of the months left after that.
- **After month 12** of a 24-month commitment: a **quarter** of the months left.
- **Phone paid in instalments**: the remaining instalments become due, whatever the plan.

### Example

A €20 plan, 24-month commitment, cancelled after 8 months: 4 months x €20 = €80, plus a quarter of 12 months x €20 = €60. Total: **€140**.

## When there is no fee

- Moving abroad, long illness, or job loss with proof (see the full conditions in our [terms](https://www.lumio.example/legal/terms)).
- A price increase you did not accept: you can leave without fees within 4 months of the notice.
- Your address is not covered by our home internet after a move.`,
        alternativeQuestions: [
          'how much does it cost to cancel',
          'early cancellation fee',
          'do i have to pay to leave before the end of my contract',
          'when does my commitment end',
          'termination charges',
          'cancel without fees',
        ],
        variants: {
          bot: 'No fee on no-commitment plans. With a commitment: the months left until month 12, plus a quarter of the months after. Remaining phone instalments are also due. Your end date is in My Lumio > My contract.',
        },
        internalNotes: 'Use the fee simulator in the CRM (Contract > Simulate termination) and quote its figure; do not compute by hand. Waivers: proof uploaded to the case, approved by back office within 48 h.',
      },
      fr: {
        title: 'Frais de résiliation anticipée',
        summary: 'Les forfaits sans engagement n’ont aucun frais de résiliation. Avec un engagement de 12 ou 24 mois, vous payez les mois restants (un quart d’entre eux après le 12e mois), plus le reste d’un téléphone payé en plusieurs fois.',
        body: `Votre date de fin d’engagement figure dans **Espace client > Mon contrat**.

## Le calcul

- **Forfaits sans engagement** : aucun frais.
- **Pendant les 12 premiers mois** : tous les mois restant jusqu’au 12e, plus **un quart** des mois restant au-delà.
- **Après le 12e mois** d’un engagement de 24 mois : **un quart** des mois restants.
- **Téléphone payé en plusieurs fois** : les mensualités restantes sont dues, quel que soit le forfait.

### Exemple

Forfait à 20 €, engagement 24 mois, résilié au bout de 8 mois : 4 mois x 20 € = 80 €, plus un quart de 12 mois x 20 € = 60 €. Total : **140 €**.

## Les cas sans frais

- Départ à l’étranger, maladie de longue durée ou licenciement, sur justificatif (conditions complètes dans nos [conditions générales](https://www.lumio.example/fr/legal/cgv)).
- Hausse de prix que vous refusez : vous pouvez partir sans frais dans les 4 mois suivant l’annonce.
- Déménagement à une adresse non couverte par notre offre internet.`,
        alternativeQuestions: [
          'combien ça coûte de résilier',
          'frais de résiliation',
          'je dois payer si je pars avant la fin de l’engagement ?',
          'quand se termine mon engagement',
          'résilier sans frais',
          'motif légitime résiliation',
        ],
        variants: {
          bot: 'Aucun frais sans engagement. Avec engagement : les mois restant jusqu’au 12e, plus un quart des mois suivants. Les mensualités restantes d’un téléphone sont dues aussi. Votre date de fin est dans Espace client > Mon contrat.',
        },
        internalNotes: 'Utiliser le simulateur du CRM (Contrat > Simuler une résiliation) et annoncer son montant ; ne pas calculer à la main. Exonérations : justificatif joint au dossier, validé par le back-office sous 48 h.',
      },
    },
  },
  {
    slug: 'change-of-mind-within-14-days',
    category: 'contract',
    audience: 'public',
    tags: ['withdrawal', 'cancellation', 'online-purchase'],
    intents: ['contract.withdrawal'],
    locales: {
      en: {
        title: 'Changed your mind? Cancel within 14 days',
        summary: 'For a contract taken online or by phone, you have 14 days from the day you receive the SIM or the equipment to withdraw, without giving a reason. You only pay for what you used.',
        body: `## How to withdraw

1. Within **14 days** of receiving your SIM, box or phone, fill in the [withdrawal form](https://www.lumio.example/help/withdrawal-form), or tell us by phone or chat.
2. Send back the equipment in its box within 14 days of your request, with the free return label we email you.

## What you get back

- The price of any device, once we receive it in good condition (within 14 days).
- You pay only for the days of service used and any usage outside your plan.

## In a shop

The legal 14-day right applies to online and phone sales. For shop purchases, we still take back an unused phone within 14 days, in its sealed box.`,
        alternativeQuestions: [
          'i changed my mind can i cancel',
          'withdrawal period',
          'cooling off period',
          'return my new phone i dont want it',
          '14 days to cancel',
          'cancel my order',
        ],
      },
      fr: {
        title: 'Vous changez d’avis ? Le délai de rétractation de 14 jours',
        summary: 'Pour un contrat souscrit en ligne ou par téléphone, vous disposez de 14 jours à partir de la réception de la SIM ou du matériel pour vous rétracter, sans motif. Vous ne payez que ce que vous avez consommé.',
        body: `## Comment vous rétracter

1. Dans les **14 jours** suivant la réception de la SIM, de la box ou du téléphone, remplissez le [formulaire de rétractation](https://www.lumio.example/fr/aide/formulaire-retractation), ou prévenez-nous par téléphone ou chat.
2. Renvoyez le matériel dans son emballage dans les 14 jours suivant votre demande, avec l’étiquette de retour gratuite envoyée par e-mail.

## Ce qui vous est remboursé

- Le prix de l’appareil, dès sa réception en bon état (sous 14 jours).
- Vous ne payez que les jours de service utilisés et l’éventuel hors forfait.

## En boutique

Le droit légal de rétractation concerne les ventes en ligne et par téléphone. En boutique, nous reprenons tout de même un téléphone non utilisé sous 14 jours, dans son emballage scellé.`,
        alternativeQuestions: [
          'j’ai changé d’avis',
          'délai de rétractation',
          'annuler ma commande',
          'renvoyer mon nouveau téléphone',
          'me rétracter abonnement',
          'retractation 14 jours',
        ],
      },
    },
  },
];

export const PORTING_ARTICLES: SeedArticle[] = [
  {
    slug: 'bring-your-number-to-lumio',
    category: 'porting',
    audience: 'public',
    tags: ['porting', 'number', 'switching'],
    intents: ['porting.in'],
    locales: {
      en: {
        title: 'Bring your number to Lumio',
        summary: 'Get your transfer code from your current operator (free, by text or phone), give it to us when you order, and your number moves on the day your Lumio SIM is activated, usually within 1 working day. Your old contract ends automatically.',
        body: `## Steps

1. **Get your transfer code** from your current operator. It is free and immediate: in most countries you text or call a short number (in France, call **3179** to get your RIO code).
2. **Order your Lumio plan** and enter the code and your number.
3. **Insert the Lumio SIM** when it arrives. The transfer happens on the date shown in your order confirmation, usually the next working day.

During the transfer, you may be without service for up to **2 hours**. You keep your old SIM working until then.

## Good to know

- Your old contract is **cancelled automatically**: do not cancel it yourself, or you could lose the number.
- Any commitment fees with your old operator still apply.
- Prepaid credit left with your old operator is not transferred.

If the transfer has not happened 3 working days after the planned date, contact us.`,
        alternativeQuestions: [
          'keep my number when switching to lumio',
          'transfer my number to lumio',
          'port my number',
          'how do i move my number from another network',
          'number portability',
          'can i keep my old number',
          'my number transfer is late',
        ],
        variants: {
          bot: 'Get your transfer code from your current operator (free), enter it with your number when you order, then insert your Lumio SIM. The number moves on the date in your confirmation, usually the next working day. Do not cancel your old contract yourself.',
          voice: 'To keep your number, ask your current operator for your transfer code. It is free. Give us that code when you order, and your number will move to Lumio on the date shown in your confirmation, usually the next working day. Do not cancel your old contract yourself.',
        },
      },
      fr: {
        title: 'Garder votre numéro en arrivant chez Lumio',
        summary: 'Obtenez votre code RIO auprès de votre opérateur actuel (gratuit, en appelant le 3179), saisissez-le à la commande, et votre numéro est transféré le jour de l’activation de votre SIM Lumio, en général sous 1 jour ouvré. L’ancien contrat est résilié automatiquement.',
        body: `## Les étapes

1. **Récupérez votre code RIO** : appelez le **3179** depuis votre mobile actuel. C’est gratuit et le code vous est aussi envoyé par SMS.
2. **Commandez votre forfait Lumio** en indiquant votre numéro et votre code RIO.
3. **Insérez la SIM Lumio** à sa réception. Le transfert a lieu à la date indiquée dans la confirmation de commande, généralement le jour ouvré suivant.

Pendant le transfert, une coupure de **2 heures** au plus est possible. Votre ancienne SIM fonctionne jusque-là.

## Bon à savoir

- L’ancien contrat est **résilié automatiquement** : ne le résiliez pas vous-même, vous risqueriez de perdre votre numéro.
- D’éventuels frais d’engagement chez l’ancien opérateur restent dus.
- Le crédit restant sur une carte prépayée n’est pas transféré.

Si le transfert n’a pas eu lieu 3 jours ouvrés après la date prévue, contactez-nous.`,
        alternativeQuestions: [
          'garder mon numéro en passant chez lumio',
          'portabilité du numéro',
          'transférer mon numéro',
          'c’est quoi le rio',
          'code rio',
          'ma portabilité n’est pas faite',
          'conserver mon ancien numéro',
        ],
        variants: {
          bot: 'Appelez le 3179 pour obtenir votre code RIO (gratuit), indiquez-le à la commande avec votre numéro, puis insérez la SIM Lumio. Le transfert se fait à la date de la confirmation, en général le jour ouvré suivant. Ne résiliez pas l’ancien contrat vous-même.',
          voice: 'Pour garder votre numéro, appelez le trente et un soixante-dix-neuf depuis votre mobile actuel pour obtenir votre code RIO. C’est gratuit. Donnez-nous ce code à la commande, et votre numéro arrivera chez Lumio à la date indiquée, en général le jour ouvré suivant. Ne résiliez pas votre ancien contrat vous-même.',
        },
      },
    },
  },
  {
    slug: 'keep-your-number-when-leaving',
    category: 'porting',
    audience: 'public',
    tags: ['porting', 'number', 'cancellation'],
    intents: ['porting.out'],
    locales: {
      en: {
        title: 'Leaving Lumio: get your transfer code',
        summary: 'Text CODE to 700 (free) or find it in My Lumio > My contract: you get your transfer code at once. Give it to your new operator; your Lumio contract ends automatically when the number moves.',
        body: `## Get the code

- Text **CODE** to **700** from the line you want to transfer (free), or
- see it in **My Lumio > My contract > Transfer code**.

The text also shows your **commitment end date**, so you know whether fees apply.

## Then

1. Give the code and your number to your new operator.
2. They tell you the transfer date (usually the next working day).
3. Your Lumio line ends on that date. Your final bill is calculated pro rata.

The code is valid for **30 days**. Each line has its own code.`,
        alternativeQuestions: [
          'how do i get my pac code',
          'transfer code to leave',
          'i need my rio code',
          'switching network keep number',
          'porting out',
          'code to move my number to another provider',
        ],
        variants: {
          bot: 'Text CODE to 700 (free) from the line, or see My Lumio > My contract > Transfer code. Give it to your new operator: your Lumio line ends automatically on the transfer date.',
          voice: 'Send a text with the word CODE to seven hundred from the line you want to move. You will get your transfer code straight away, with your commitment end date. Give the code to your new operator, and they will do the rest.',
        },
      },
      fr: {
        title: 'Quitter Lumio en gardant votre numéro : le code RIO',
        summary: 'Appelez le 3179 (gratuit) ou consultez Espace client > Mon contrat : vous obtenez votre code RIO immédiatement. Donnez-le à votre nouvel opérateur ; votre contrat Lumio prend fin automatiquement au transfert du numéro.',
        body: `## Obtenir le code

- Appelez le **3179** depuis la ligne à transférer (gratuit) : un serveur vocal vous donne le code et vous l’envoie par SMS, ou
- consultez **Espace client > Mon contrat > Code RIO**.

Le SMS indique aussi votre **date de fin d’engagement**, pour savoir si des frais s’appliquent.

## Ensuite

1. Communiquez le code RIO et votre numéro au nouvel opérateur.
2. Il vous indique la date de transfert (généralement le jour ouvré suivant).
3. Votre ligne Lumio est résiliée à cette date. La dernière facture est calculée au prorata.

Chaque ligne a son propre code RIO.`,
        alternativeQuestions: [
          'comment avoir mon rio',
          'numéro pour le code rio',
          'je change d’opérateur je garde mon numéro',
          'obtenir le rio lumio',
          'portabilité sortante',
          'code pour partir chez un autre opérateur',
        ],
        variants: {
          bot: 'Appelez le 3179 (gratuit) depuis la ligne, ou consultez Espace client > Mon contrat > Code RIO. Donnez-le à votre nouvel opérateur : la ligne Lumio est résiliée automatiquement le jour du transfert.',
          voice: 'Appelez le trente et un soixante-dix-neuf depuis la ligne que vous voulez transférer. Vous obtenez votre code RIO tout de suite, avec votre date de fin d’engagement. Donnez ce code à votre nouvel opérateur, il s’occupe du reste.',
        },
      },
    },
  },
];
