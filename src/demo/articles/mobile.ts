import type { SeedArticle } from '../types.js';

export const SIM_ARTICLES: SeedArticle[] = [
  {
    slug: 'activate-your-sim',
    category: 'sim-esim',
    audience: 'public',
    tags: ['sim', 'activation', 'new-customer'],
    intents: ['sim.activate'],
    locales: {
      en: {
        title: 'Activate your new SIM card',
        summary: 'Insert the SIM, switch your phone on and enter the PIN printed on the SIM holder (default 0000). A new line is active within 2 hours; a replacement SIM within 15 minutes of activation in My Lumio.',
        body: `## New line

1. Pop the SIM out of its holder in the size your phone needs (nano for almost all recent phones).
2. Switch off the phone, insert the SIM, switch it on.
3. Enter the **PIN code** printed on the SIM holder (0000 unless stated otherwise).

The line is active within **2 hours**. You get a welcome text.

## Replacement SIM (same number)

1. Go to **My Lumio > My lines > Activate a replacement SIM**.
2. Enter the 19-digit number printed on the new SIM.
3. Insert it: your old SIM stops working and the new one works within **15 minutes**.

## Still "No service" after 2 hours?

Restart the phone, and check that mobile data and roaming settings have not been changed. If it still does not work, see [No signal](https://www.lumio.example/help/no-signal).`,
        alternativeQuestions: [
          'how to activate my sim',
          'new sim not working',
          'sim card says no service',
          'i received my sim what now',
          'activate replacement sim',
          'what is the pin of my new sim',
          'how long for sim activation',
        ],
        variants: {
          bot: 'Insert the SIM and enter the PIN printed on its holder (0000 by default). A new line works within 2 hours. For a replacement SIM, first activate it in My Lumio > My lines > Activate a replacement SIM.',
          voice: 'Insert the SIM card, switch on your phone and enter the PIN code printed on the card holder. It is usually four zeros. A new line works within two hours. If it is a replacement card, activate it first in the Lumio app, under My lines.',
        },
      },
      fr: {
        title: 'Activer votre nouvelle carte SIM',
        summary: 'Insérez la SIM, allumez le téléphone et saisissez le code PIN inscrit sur le support (0000 par défaut). Une nouvelle ligne est active sous 2 heures ; une SIM de remplacement 15 minutes après son activation dans l’Espace client.',
        body: `## Nouvelle ligne

1. Détachez la SIM de son support au format de votre téléphone (nano pour la quasi-totalité des modèles récents).
2. Éteignez le téléphone, insérez la SIM, rallumez-le.
3. Saisissez le **code PIN** inscrit sur le support de la carte (0000 sauf mention contraire).

La ligne est active sous **2 heures**. Un SMS de bienvenue vous le confirme.

## SIM de remplacement (même numéro)

1. Allez dans **Espace client > Mes lignes > Activer une SIM de remplacement**.
2. Saisissez le numéro à 19 chiffres imprimé sur la nouvelle SIM.
3. Insérez-la : l’ancienne SIM cesse de fonctionner et la nouvelle est active en **15 minutes**.

## Toujours « Aucun service » après 2 heures ?

Redémarrez le téléphone et vérifiez les réglages de données mobiles. Si rien ne change, consultez [Pas de réseau](https://www.lumio.example/fr/aide/pas-de-reseau).`,
        alternativeQuestions: [
          'comment activer ma carte sim',
          'nouvelle sim ne marche pas',
          'sim aucun service',
          'j’ai reçu ma sim et maintenant',
          'activer sim de remplacement',
          'code pin nouvelle carte sim',
          'combien de temps pour activer la sim',
        ],
        variants: {
          bot: 'Insérez la SIM et saisissez le code PIN inscrit sur son support (0000 par défaut). Une nouvelle ligne fonctionne sous 2 heures. Pour une SIM de remplacement, activez-la d’abord dans Espace client > Mes lignes.',
          voice: 'Insérez la carte SIM, allumez votre téléphone et saisissez le code PIN inscrit sur le support de la carte, en général quatre zéros. Une nouvelle ligne fonctionne sous deux heures. S’il s’agit d’une carte de remplacement, activez-la d’abord dans l’appli Lumio, rubrique Mes lignes.',
        },
      },
    },
  },
  {
    slug: 'switch-to-esim',
    category: 'sim-esim',
    audience: 'public',
    tags: ['esim', 'sim', 'smartwatch'],
    intents: ['sim.esim'],
    locales: {
      en: {
        title: 'Switch to an eSIM',
        summary: 'In the Lumio app, go to My lines > Switch to eSIM: the eSIM installs on the same phone in about 5 minutes, for free. For a new phone, choose "Transfer to another phone" and scan the QR code.',
        body: `An eSIM is a digital SIM built into your phone: no card to insert, and you can keep a physical SIM for a second line.

## Check your phone

Most phones from 2019 onwards support eSIM. On your phone, dial \\*#06# : if an **EID** number appears, your phone is compatible. See the [list of compatible devices](https://www.lumio.example/esim/devices).

## Switch on the same phone

1. Connect to Wi-Fi.
2. In the **Lumio app**, go to **My lines > Switch to eSIM**.
3. Confirm with the code sent by text, then follow your phone's prompts.

Your physical SIM stops working as soon as the eSIM is active (about 5 minutes).

## On a new phone

In the app on your **old** phone, choose **Transfer to another phone**: a QR code appears. On the new phone, go to *Settings > Mobile > Add eSIM* and scan it.

The switch is **free**. A QR code can only be used once.`,
        alternativeQuestions: [
          'how do i get an esim',
          'switch from sim card to esim',
          'esim qr code',
          'move my esim to my new iphone',
          'is my phone esim compatible',
          'esim for my watch',
          'esim activation failed',
        ],
        variants: {
          bot: 'In the Lumio app: My lines > Switch to eSIM, then follow the prompts (Wi-Fi needed). It is free and takes about 5 minutes. For a new phone, choose "Transfer to another phone" and scan the QR code.',
          voice: 'You can switch to an eSIM yourself in the Lumio app, under My lines, then Switch to eSIM. Make sure you are connected to Wi-Fi. It is free and takes about five minutes.',
        },
        internalNotes: 'If the QR code fails with "cannot add plan", the eSIM profile must be reset in the SIM tool (Lines > eSIM > Release profile) before issuing a new code. Identity check required before any eSIM issue (SIM swap risk).',
      },
      fr: {
        title: 'Passer à l’eSIM',
        summary: 'Dans l’appli Lumio, allez dans Mes lignes > Passer à l’eSIM : l’eSIM s’installe sur le même téléphone en 5 minutes environ, gratuitement. Pour un nouveau téléphone, choisissez « Transférer vers un autre téléphone » et scannez le QR code.',
        body: `L’eSIM est une carte SIM virtuelle intégrée au téléphone : plus de carte à insérer, et vous pouvez garder une SIM physique pour une deuxième ligne.

## Vérifiez votre téléphone

La plupart des téléphones sortis depuis 2019 sont compatibles. Composez \\*#06# : si un numéro **EID** s’affiche, c’est bon. Voir la [liste des appareils compatibles](https://www.lumio.example/fr/esim/appareils).

## Sur le même téléphone

1. Connectez-vous au Wi-Fi.
2. Dans l’**appli Lumio**, allez dans **Mes lignes > Passer à l’eSIM**.
3. Validez avec le code reçu par SMS, puis suivez les instructions du téléphone.

La carte SIM physique cesse de fonctionner dès que l’eSIM est active (environ 5 minutes).

## Sur un nouveau téléphone

Dans l’appli, sur l’**ancien** téléphone, choisissez **Transférer vers un autre téléphone** : un QR code s’affiche. Sur le nouveau, allez dans *Réglages > Réseau mobile > Ajouter une eSIM* et scannez-le.

Le passage à l’eSIM est **gratuit**. Un QR code ne sert qu’une fois.`,
        alternativeQuestions: [
          'comment avoir une esim',
          'passer de la carte sim à l’esim',
          'qr code esim',
          'transférer mon esim sur mon nouvel iphone',
          'mon téléphone est compatible esim ?',
          'esim montre connectée',
          'activation esim échouée',
        ],
        variants: {
          bot: 'Dans l’appli Lumio : Mes lignes > Passer à l’eSIM, puis suivez les instructions (Wi-Fi nécessaire). C’est gratuit et prend environ 5 minutes. Pour un nouveau téléphone, choisissez « Transférer vers un autre téléphone » et scannez le QR code.',
          voice: 'Vous pouvez passer à l’eSIM vous-même dans l’appli Lumio, rubrique Mes lignes, puis Passer à l’eSIM. Connectez-vous d’abord au Wi-Fi. C’est gratuit et cela prend environ cinq minutes.',
        },
        internalNotes: 'Si le QR code échoue avec « impossible d’ajouter le forfait », réinitialiser le profil eSIM dans l’outil SIM (Lignes > eSIM > Libérer le profil) avant d’émettre un nouveau code. Vérification d’identité obligatoire avant toute émission d’eSIM (risque de fraude à la SIM).',
      },
    },
  },
  {
    slug: 'lost-or-stolen-phone',
    category: 'sim-esim',
    audience: 'public',
    tags: ['lost', 'stolen', 'sim', 'security'],
    intents: ['sim.lost_stolen'],
    locales: {
      en: {
        title: 'Lost or stolen phone: block your line',
        summary: 'Block your SIM at once in My Lumio > My lines > Block my line, or call 0800 700 700 (free, 24/7). Blocking is free; order a replacement SIM or eSIM to get your number back on a new phone.',
        body: `## 1. Block the line now

- Online: [My Lumio > My lines > Block my line](https://my.lumio.example/lines), from any device, or
- by phone: **0800 700 700**, free, **24 hours a day**.

Blocking stops calls, texts and data so nobody can use your line at your expense. It is **free** and you keep your number.

## 2. Protect your phone and accounts

- Lock or erase the phone remotely: *Find My* (iPhone) or *Find My Device* (Android).
- Change the passwords of your email and banking apps.
- If it was stolen, report it to the police and keep the report number.

## 3. Get your number back

Order a **replacement SIM** (€10, free with theft report) or an **eSIM** (free) in My Lumio. Your number and plan stay the same.

You can also ask us to **block the phone itself** (by its IMEI) on all networks: you need the police report.`,
        alternativeQuestions: [
          'i lost my phone',
          'phone stolen what do i do',
          'block my sim',
          'suspend my line lost mobile',
          'someone stole my phone',
          'lost sim card',
          'block imei',
        ],
        variants: {
          bot: 'Block your line now in My Lumio > My lines > Block my line, or call 0800 700 700 (free, 24/7). Then order a replacement SIM or eSIM to keep your number.',
          voice: 'I am sorry to hear that. First, block your line: you can do it in the Lumio app from another phone, or by calling zero eight hundred, seven hundred, seven hundred, free and available day and night. Then order a replacement SIM to get your number back.',
        },
        internalNotes: 'A block can be placed on a caller who fails identity checks (blocking protects the holder); a replacement SIM cannot. IMEI block requires the police report number in the case.',
      },
      fr: {
        title: 'Téléphone perdu ou volé : bloquer votre ligne',
        summary: 'Bloquez votre SIM tout de suite dans Espace client > Mes lignes > Bloquer ma ligne, ou au 0 800 700 700 (gratuit, 24h/24). Le blocage est gratuit ; commandez ensuite une SIM ou une eSIM de remplacement pour retrouver votre numéro.',
        body: `## 1. Bloquez la ligne

- En ligne : [Espace client > Mes lignes > Bloquer ma ligne](https://my.lumio.example/fr/lignes), depuis n’importe quel appareil, ou
- par téléphone : **0 800 700 700**, gratuit, **24h/24 et 7j/7**.

Le blocage coupe les appels, SMS et la data : personne ne peut utiliser votre ligne à vos frais. Il est **gratuit** et vous conservez votre numéro.

## 2. Protégez votre téléphone et vos comptes

- Verrouillez ou effacez le téléphone à distance : *Localiser* (iPhone) ou *Localiser mon appareil* (Android).
- Changez les mots de passe de votre messagerie et de vos applis bancaires.
- En cas de vol, portez plainte et gardez le numéro du récépissé.

## 3. Récupérez votre numéro

Commandez une **SIM de remplacement** (10 €, gratuite sur présentation de la plainte) ou une **eSIM** (gratuite) dans l’Espace client. Numéro et forfait restent les mêmes.

Nous pouvons aussi **bloquer le téléphone lui-même** (via son IMEI) sur tous les réseaux : il faut pour cela le récépissé de plainte.`,
        alternativeQuestions: [
          'j’ai perdu mon téléphone',
          'on m’a volé mon portable',
          'bloquer ma carte sim',
          'suspendre ma ligne',
          'vol de téléphone que faire',
          'sim perdue',
          'bloquer imei',
        ],
        variants: {
          bot: 'Bloquez votre ligne tout de suite dans Espace client > Mes lignes > Bloquer ma ligne, ou au 0 800 700 700 (gratuit, 24h/24). Commandez ensuite une SIM ou une eSIM de remplacement pour garder votre numéro.',
          voice: 'Je suis désolé. Commencez par bloquer votre ligne : depuis l’appli Lumio sur un autre téléphone, ou en appelant le zéro huit cents, sept cents, sept cents, gratuit jour et nuit. Commandez ensuite une carte SIM de remplacement pour retrouver votre numéro.',
        },
        internalNotes: 'Un blocage peut être posé même si l’appelant échoue à la vérification d’identité (il protège le titulaire) ; une SIM de remplacement, jamais. Le blocage IMEI exige le numéro de plainte dans le dossier.',
      },
    },
  },
  {
    slug: 'sim-locked-puk-code',
    category: 'sim-esim',
    audience: 'public',
    tags: ['sim', 'puk', 'pin'],
    intents: ['sim.puk'],
    locales: {
      en: {
        title: 'SIM blocked: find your PUK code',
        summary: 'After 3 wrong PIN codes, your SIM asks for its PUK code. Find it in My Lumio > My lines > PUK code (or on the SIM holder), enter it, then choose a new PIN.',
        body: `## Where to find the PUK

- **My Lumio > My lines > PUK code**, from a computer or another phone, or
- on the **card holder** the SIM came in, under a scratch-off area.

## Unblock the SIM

1. Enter the 8-digit **PUK** when the phone asks for it.
2. Choose a **new PIN** (4 to 8 digits) and confirm it.

**Be careful**: after **10 wrong PUK codes** the SIM is permanently blocked and must be replaced (€10).

## Turn off the PIN request

If you do not want to type a PIN at each restart, turn it off in your phone settings (*Settings > Mobile > SIM PIN*). Your phone is still protected by its own screen lock.`,
        alternativeQuestions: [
          'sim asks for puk code',
          'puk code lost',
          'i typed wrong pin 3 times',
          'my sim is locked',
          'where is my puk',
          'pin blocked',
        ],
        variants: {
          bot: 'Your PUK code is in My Lumio > My lines > PUK code, or on the SIM holder. Enter it, then choose a new PIN. Careful: 10 wrong PUK codes block the SIM for good.',
          voice: 'Your PUK code is in the Lumio app, under My lines, then PUK code. You can also find it on the card holder your SIM came in. Enter it carefully, then choose a new PIN.',
        },
      },
      fr: {
        title: 'SIM bloquée : trouver votre code PUK',
        summary: 'Après 3 codes PIN erronés, la SIM demande son code PUK. Vous le trouvez dans Espace client > Mes lignes > Code PUK (ou sur le support de la carte) ; saisissez-le puis choisissez un nouveau PIN.',
        body: `## Où trouver le code PUK

- **Espace client > Mes lignes > Code PUK**, depuis un ordinateur ou un autre téléphone, ou
- sur le **support de la carte SIM**, sous la zone à gratter.

## Débloquer la SIM

1. Saisissez le **code PUK** à 8 chiffres quand le téléphone le demande.
2. Choisissez un **nouveau code PIN** (4 à 8 chiffres) et confirmez-le.

**Attention** : après **10 codes PUK erronés**, la SIM est définitivement bloquée et doit être remplacée (10 €).

## Désactiver la demande de PIN

Si vous ne voulez plus saisir de PIN à chaque redémarrage, désactivez-le dans les réglages du téléphone (*Réglages > Réseau mobile > PIN de la SIM*). Le téléphone reste protégé par son propre verrouillage d’écran.`,
        alternativeQuestions: [
          'ma sim demande le code puk',
          'code puk perdu',
          'j’ai tapé 3 fois le mauvais code pin',
          'carte sim bloquée',
          'où trouver mon puk',
          'pin bloqué',
        ],
        variants: {
          bot: 'Votre code PUK est dans Espace client > Mes lignes > Code PUK, ou sur le support de la carte SIM. Saisissez-le puis choisissez un nouveau PIN. Attention : 10 codes PUK erronés bloquent la SIM définitivement.',
          voice: 'Votre code PUK se trouve dans l’appli Lumio, rubrique Mes lignes, puis Code PUK, ou sur le support de votre carte SIM. Saisissez-le soigneusement, puis choisissez un nouveau code PIN.',
        },
      },
    },
  },
  {
    slug: 'voicemail',
    category: 'sim-esim',
    audience: 'public',
    tags: ['voicemail', 'pin', 'calls'],
    intents: ['mobile.voicemail'],
    locales: {
      en: {
        title: 'Set up and use your voicemail',
        summary: 'Call 777 from your Lumio mobile to listen to your messages and record your greeting. To reset a forgotten voicemail code, go to My Lumio > My lines > Voicemail > Reset code.',
        body: `## Listen to your messages

- Call **777** from your Lumio mobile (free), or
- use **visual voicemail** on your phone (*Phone > Voicemail*), which lists messages so you can play them in any order.

From another phone, call **+33 6 07 00 07 77**, then enter your number and your voicemail code.

## Record your greeting

Call 777, then press **3** (settings) and **1** (greeting).

## Forgotten voicemail code

Go to **My Lumio > My lines > Voicemail > Reset code**: a new temporary code is sent by text. Change it at your next call to 777.

## Turn voicemail off

Dial **##002#** and press call. To turn it back on, call 777.`,
        alternativeQuestions: [
          'how do i check my voicemail',
          'reset voicemail pin',
          'forgot my voicemail password',
          'change voicemail greeting',
          'turn off voicemail',
          'listen to messages from another phone',
        ],
        variants: {
          voice: 'To listen to your messages, call seven seven seven from your Lumio mobile. If you forgot your voicemail code, you can reset it in the Lumio app, under My lines, then Voicemail. A new code will be sent to you by text.',
        },
      },
      fr: {
        title: 'Configurer et consulter votre messagerie vocale',
        summary: 'Appelez le 777 depuis votre mobile Lumio pour écouter vos messages et enregistrer votre annonce. Code de messagerie oublié : Espace client > Mes lignes > Messagerie > Réinitialiser le code.',
        body: `## Écouter vos messages

- Appelez le **777** depuis votre mobile Lumio (gratuit), ou
- utilisez la **messagerie visuelle** de votre téléphone (*Téléphone > Messagerie*), qui affiche la liste des messages.

Depuis un autre téléphone, composez le **06 07 00 07 77**, puis votre numéro et votre code de messagerie.

## Enregistrer votre annonce

Appelez le 777, puis tapez **3** (réglages) et **1** (annonce d’accueil).

## Code de messagerie oublié

Allez dans **Espace client > Mes lignes > Messagerie > Réinitialiser le code** : un code provisoire vous est envoyé par SMS. Changez-le lors de votre prochain appel au 777.

## Désactiver la messagerie

Composez **##002#** puis appelez. Pour la réactiver, appelez le 777.`,
        alternativeQuestions: [
          'comment écouter mes messages',
          'code messagerie oublié',
          'réinitialiser code répondeur',
          'changer mon annonce de répondeur',
          'désactiver la messagerie vocale',
          'consulter ma messagerie depuis un autre téléphone',
        ],
        variants: {
          voice: 'Pour écouter vos messages, appelez le sept cent soixante-dix-sept depuis votre mobile Lumio. Si vous avez oublié votre code de messagerie, réinitialisez-le dans l’appli Lumio, rubrique Mes lignes, puis Messagerie. Un nouveau code vous sera envoyé par SMS.',
        },
      },
    },
  },
];

export const ROAMING_ARTICLES: SeedArticle[] = [
  {
    slug: 'roaming-in-europe',
    category: 'roaming',
    audience: 'public',
    tags: ['roaming', 'europe', 'travel'],
    intents: ['roaming.eu'],
    locales: {
      en: {
        title: 'Using your phone in Europe',
        summary: 'In the EU, Iceland, Liechtenstein and Norway, you use your plan as at home at no extra cost ("roam like at home"). Data abroad is capped by a fair-use allowance shown in My Lumio, usually over 20 GB.',
        body: `## Roam like at home

In the **27 EU countries, Iceland, Liechtenstein and Norway**, your calls, texts and data work as at home: they come out of your plan, **with no extra charge**. Roaming is switched on by default on all Lumio plans.

## The fair-use data limit

Your plan includes a **European data allowance**, shown in **My Lumio > My plan > Abroad** (for example 25 GB on the 100 GB plan). Beyond it, data costs €1.80 per GB.

## Not covered

- **Switzerland, the UK, Andorra, Monaco, Turkey**: these are *not* in the EU zone. See [Travelling outside Europe](https://www.lumio.example/help/roaming-world).
- **Ferries and planes**: they use satellite networks billed at high rates. Switch on airplane mode on board.
- Calls **from home to** a European number are international calls, not roaming.

## Before you leave

Check that **data roaming** is on in your phone settings once you arrive.`,
        alternativeQuestions: [
          'does my plan work in spain',
          'roaming charges europe',
          'can i use my data in italy',
          'is roaming free in the eu',
          'travelling to portugal will i pay more',
          'does my phone work in switzerland',
          'eu roaming limit',
        ],
        variants: {
          bot: 'In the EU, Iceland, Liechtenstein and Norway you use your plan as at home, at no extra cost, up to the European data allowance shown in My Lumio > My plan > Abroad. Switzerland and the UK are not included.',
          voice: 'In the European Union, as well as Iceland, Liechtenstein and Norway, you use your plan exactly as at home, at no extra cost. Your data abroad has a limit, which you can check in the Lumio app under My plan, then Abroad. Be careful: Switzerland and the United Kingdom are not included.',
        },
      },
      fr: {
        title: 'Utiliser votre mobile en Europe',
        summary: 'Dans l’UE, en Islande, au Liechtenstein et en Norvège, vous utilisez votre forfait comme en France, sans surcoût. La data à l’étranger est limitée par une enveloppe indiquée dans l’Espace client, en général plus de 20 Go.',
        body: `## Comme à la maison

Dans les **27 pays de l’UE, en Islande, au Liechtenstein et en Norvège**, appels, SMS et data sont décomptés de votre forfait comme en France, **sans frais supplémentaires**. L’itinérance est activée par défaut sur tous les forfaits Lumio.

## L’enveloppe data en Europe

Votre forfait comprend une **enveloppe data Europe**, indiquée dans **Espace client > Mon forfait > À l’étranger** (par exemple 25 Go sur le forfait 100 Go). Au-delà, la data coûte 1,80 € par Go.

## Ce qui n’est pas inclus

- **Suisse, Royaume-Uni, Andorre, Monaco, Turquie** : ces pays ne font *pas* partie de la zone UE. Voir [Voyager hors d’Europe](https://www.lumio.example/fr/aide/etranger-hors-europe).
- **Ferries et avions** : ils utilisent des réseaux satellites très chers. Activez le mode avion à bord.
- Les appels **depuis la France vers** un numéro européen sont des appels internationaux, pas de l’itinérance.

## Avant de partir

Vérifiez que l’**itinérance des données** est activée dans les réglages du téléphone une fois sur place.`,
        alternativeQuestions: [
          'mon forfait marche en espagne ?',
          'roaming europe gratuit',
          'utiliser ma data en italie',
          'je pars au portugal je vais payer plus ?',
          'est-ce que mon téléphone marche en suisse',
          'limite data europe',
          'itinérance ue',
        ],
        variants: {
          bot: 'Dans l’UE, en Islande, au Liechtenstein et en Norvège, votre forfait s’utilise comme en France, sans surcoût, dans la limite de l’enveloppe data Europe (Espace client > Mon forfait > À l’étranger). La Suisse et le Royaume-Uni ne sont pas inclus.',
          voice: 'Dans l’Union européenne, ainsi qu’en Islande, au Liechtenstein et en Norvège, vous utilisez votre forfait comme en France, sans surcoût. Votre data à l’étranger a une limite, que vous trouverez dans l’appli Lumio, rubrique Mon forfait, puis À l’étranger. Attention, la Suisse et le Royaume-Uni ne sont pas inclus.',
        },
      },
    },
  },
  {
    slug: 'roaming-outside-europe',
    category: 'roaming',
    audience: 'public',
    tags: ['roaming', 'travel', 'world', 'travel-pass'],
    intents: ['roaming.world'],
    locales: {
      en: {
        title: 'Travelling outside Europe: rates and travel passes',
        summary: 'Outside Europe, calls and data are charged by zone unless you buy a travel pass: for example the World Pass at €15 for 7 days with 3 GB and 60 minutes. Buy it in the Lumio app before or after you land.',
        body: `## Travel passes

| Pass | Validity | Includes | Price |
|---|---|---|---|
| World Day | 24 h | 500 MB, 30 min | €5 |
| World Week | 7 days | 3 GB, 60 min | €15 |
| World Month | 30 days | 10 GB, 200 min | €40 |

Passes cover **70 countries** including the USA, Canada, Switzerland, the UK, Morocco and Turkey. See the [country list and zone rates](https://www.lumio.example/roaming).

## How to buy

In the **Lumio app**, go to **My plan > Abroad > Travel passes**. The pass starts when you first use your phone in a covered country.

## Without a pass

You pay per use (for example €2.50 per minute and €9 per 100 MB in zone 2). We text you the rates when you arrive, and **block data at €60** per month unless you tell us otherwise.

## Tips

- Use Wi-Fi for video calls and downloads.
- Turn off automatic app updates and photo backups while away.`,
        alternativeQuestions: [
          'going to the usa how much will it cost',
          'roaming in morocco',
          'travel pass',
          'international data pass',
          'use my phone in canada',
          'roaming rates outside eu',
          'how to avoid big roaming bill',
        ],
        variants: {
          bot: 'Outside Europe, buy a travel pass in the Lumio app (My plan > Abroad > Travel passes): World Week is €15 for 7 days with 3 GB and 60 minutes, in 70 countries. Without a pass you pay per use, and data is blocked at €60 a month.',
          voice: 'Outside Europe, the simplest is a travel pass. For example, the World Week pass costs fifteen euros for seven days, with three gigabytes and sixty minutes, in seventy countries. You can buy it in the Lumio app, under My plan, then Abroad.',
        },
      },
      fr: {
        title: 'Voyager hors d’Europe : tarifs et pass voyage',
        summary: 'Hors d’Europe, appels et data sont facturés selon la zone, sauf si vous prenez un pass voyage : par exemple le Pass Monde Semaine à 15 € pour 7 jours avec 3 Go et 60 minutes. Achetez-le dans l’appli Lumio avant ou après l’arrivée.',
        body: `## Les pass voyage

| Pass | Durée | Inclus | Prix |
|---|---|---|---|
| Monde Jour | 24 h | 500 Mo, 30 min | 5 € |
| Monde Semaine | 7 jours | 3 Go, 60 min | 15 € |
| Monde Mois | 30 jours | 10 Go, 200 min | 40 € |

Les pass couvrent **70 pays**, dont les États-Unis, le Canada, la Suisse, le Royaume-Uni, le Maroc et la Turquie. Voir la [liste des pays et les tarifs par zone](https://www.lumio.example/fr/etranger).

## Comment l’acheter

Dans l’**appli Lumio**, rubrique **Mon forfait > À l’étranger > Pass voyage**. Le pass démarre à votre première utilisation dans un pays couvert.

## Sans pass

Vous payez à l’usage (par exemple 2,50 € la minute et 9 € les 100 Mo en zone 2). Nous vous envoyons les tarifs par SMS à l’arrivée et **bloquons la data à 60 €** par mois, sauf demande contraire.

## Conseils

- Privilégiez le Wi-Fi pour les appels vidéo et les téléchargements.
- Désactivez les mises à jour automatiques et la sauvegarde des photos pendant le séjour.`,
        alternativeQuestions: [
          'je pars aux états-unis combien ça coûte',
          'utiliser mon portable au maroc',
          'pass voyage',
          'forfait à l’étranger hors europe',
          'roaming canada',
          'éviter une grosse facture à l’étranger',
          'tarif appel depuis la tunisie',
        ],
        variants: {
          bot: 'Hors d’Europe, prenez un pass voyage dans l’appli Lumio (Mon forfait > À l’étranger > Pass voyage) : Monde Semaine à 15 € pour 7 jours, 3 Go et 60 minutes, dans 70 pays. Sans pass, vous payez à l’usage et la data est bloquée à 60 € par mois.',
          voice: 'Hors d’Europe, le plus simple est de prendre un pass voyage. Par exemple, le pass Monde Semaine coûte quinze euros pour sept jours, avec trois gigaoctets et soixante minutes, dans soixante-dix pays. Vous l’achetez dans l’appli Lumio, rubrique Mon forfait, puis À l’étranger.',
        },
      },
    },
  },
  {
    slug: 'phone-not-working-abroad',
    category: 'roaming',
    audience: 'public',
    tags: ['roaming', 'troubleshooting', 'travel'],
    intents: ['roaming.not_working'],
    locales: {
      en: {
        title: 'My phone does not work abroad',
        summary: 'Turn on data roaming in your phone settings, restart the phone, then choose a network manually if needed. If it still fails, check that roaming is not barred in My Lumio > My plan > Abroad.',
        body: `Try these steps in order; most problems are solved by step 2.

1. **Turn on data roaming**: *Settings > Mobile data > Data roaming* (iPhone: *Mobile data options*).
2. **Restart your phone** (or switch airplane mode on and off).
3. **Choose a network manually**: *Settings > Mobile > Network selection*, turn off *Automatic* and pick another operator from the list. See the [partner networks by country](https://www.lumio.example/roaming/partners).
4. **Check your account** in My Lumio > My plan > Abroad: roaming may be barred on your line (new customers in their first 3 months outside Europe, or an unpaid bill), or your data cap may be reached.

## Calls work but not data?

Check the APN: *Settings > Mobile > APN* must be **lumio.net**.

## Still stuck?

Chat with us in the app over Wi-Fi, or call **+33 1 70 00 07 00** (free from abroad on your Lumio mobile).`,
        alternativeQuestions: [
          'no internet abroad',
          'my phone isnt working in greece',
          'roaming not working',
          'cant make calls abroad',
          'no signal on holiday',
          'data not working overseas',
        ],
        variants: {
          bot: '1. Turn on Data roaming in your phone settings. 2. Restart the phone. 3. Pick another network manually (Settings > Mobile > Network selection). 4. Check My Lumio > My plan > Abroad in case roaming is barred.',
          voice: 'First, check that data roaming is turned on in your phone settings. Then restart your phone. If it still does not work, choose another network manually in your settings, under network selection. If nothing helps, you can chat with us in the Lumio app over Wi-Fi.',
        },
        internalNotes: 'Check the roaming bar flag (Line > Services). First-3-months bar outside Europe can be lifted after an identity check if the account has no unpaid balance.',
      },
      fr: {
        title: 'Mon téléphone ne fonctionne pas à l’étranger',
        summary: 'Activez l’itinérance des données dans les réglages, redémarrez le téléphone, puis choisissez un réseau manuellement si besoin. Si rien n’y fait, vérifiez que l’itinérance n’est pas bloquée dans Espace client > Mon forfait > À l’étranger.',
        body: `Suivez ces étapes dans l’ordre ; la plupart des problèmes se règlent à l’étape 2.

1. **Activez l’itinérance des données** : *Réglages > Données mobiles > Itinérance des données* (iPhone : *Options*).
2. **Redémarrez le téléphone** (ou activez puis désactivez le mode avion).
3. **Choisissez un réseau manuellement** : *Réglages > Réseau mobile > Sélection du réseau*, désactivez *Automatique* et choisissez un autre opérateur. Voir les [opérateurs partenaires par pays](https://www.lumio.example/fr/etranger/partenaires).
4. **Vérifiez votre compte** dans Espace client > Mon forfait > À l’étranger : l’itinérance peut être bloquée (nouveaux clients les 3 premiers mois hors Europe, ou facture impayée), ou votre plafond data atteint.

## Les appels passent mais pas internet ?

Vérifiez le point d’accès : *Réglages > Réseau mobile > APN* doit être **lumio.net**.

## Toujours bloqué ?

Écrivez-nous par chat dans l’appli via le Wi-Fi, ou appelez le **+33 1 70 00 07 00** (gratuit depuis l’étranger avec votre mobile Lumio).`,
        alternativeQuestions: [
          'pas d’internet à l’étranger',
          'mon téléphone marche pas en grèce',
          'itinérance ne fonctionne pas',
          'impossible d’appeler depuis l’étranger',
          'pas de réseau en vacances',
          'data marche pas a l etranger',
        ],
        variants: {
          bot: '1. Activez l’itinérance des données dans les réglages. 2. Redémarrez le téléphone. 3. Choisissez un autre réseau manuellement (Réglages > Réseau mobile > Sélection du réseau). 4. Vérifiez Espace client > Mon forfait > À l’étranger, au cas où l’itinérance serait bloquée.',
          voice: 'Vérifiez d’abord que l’itinérance des données est activée dans les réglages du téléphone. Redémarrez ensuite le téléphone. Si cela ne fonctionne toujours pas, choisissez un autre réseau manuellement dans les réglages. Et si rien n’y fait, écrivez-nous par chat dans l’appli Lumio, via le Wi-Fi.',
        },
        internalNotes: 'Vérifier l’indicateur de blocage itinérance (Ligne > Services). Le blocage des 3 premiers mois hors Europe peut être levé après vérification d’identité si le compte n’a pas d’impayé.',
      },
    },
  },
  {
    slug: 'calling-abroad-from-home',
    category: 'roaming',
    audience: 'public',
    tags: ['international', 'calls', 'option'],
    intents: ['calls.international'],
    locales: {
      en: {
        title: 'Calling a number abroad from home',
        summary: 'Calls from home to foreign numbers are not included in most plans: they cost from €0.25 a minute to EU numbers. The International option (€5 a month) includes 120 minutes to 40 countries.',
        body: `## How to dial

Dial **+** (or 00), the country code, then the number without its leading 0. Example for a UK mobile: **+44 7700 900123**.

## What it costs

| Destination | Per minute |
|---|---|
| EU, Switzerland, UK | €0.25 |
| USA, Canada | €0.25 |
| North Africa | €0.60 |
| Rest of the world | from €0.90 |

All rates: [international call rates](https://www.lumio.example/international).

## The International option

**€5 a month**, no commitment: 120 minutes to landlines and mobiles in 40 countries, including Morocco, Algeria, Tunisia, the USA and China. Add it in **My Lumio > My plan > Options**.

Calls through apps (WhatsApp, FaceTime...) over Wi-Fi or your data cost nothing extra.`,
        alternativeQuestions: [
          'how much to call morocco',
          'international call rates',
          'call abroad from france',
          'option for calling abroad',
          'how to dial an international number',
          'call my family in algeria',
        ],
      },
      fr: {
        title: 'Appeler l’étranger depuis la France',
        summary: 'Les appels depuis la France vers des numéros étrangers ne sont pas inclus dans la plupart des forfaits : à partir de 0,25 € la minute vers l’UE. L’option International (5 € par mois) inclut 120 minutes vers 40 pays.',
        body: `## Comment composer

Composez **+** (ou 00), l’indicatif du pays, puis le numéro sans le 0 initial. Exemple pour un mobile marocain : **+212 6 12 34 56 78**.

## Les tarifs

| Destination | Prix par minute |
|---|---|
| UE, Suisse, Royaume-Uni | 0,25 € |
| États-Unis, Canada | 0,25 € |
| Maghreb | 0,60 € |
| Reste du monde | à partir de 0,90 € |

Tous les tarifs : [appels internationaux](https://www.lumio.example/fr/international).

## L’option International

**5 € par mois**, sans engagement : 120 minutes vers les fixes et mobiles de 40 pays, dont le Maroc, l’Algérie, la Tunisie, les États-Unis et la Chine. Ajoutez-la dans **Espace client > Mon forfait > Options**.

Les appels via des applis (WhatsApp, FaceTime…) en Wi-Fi ou en 4G/5G ne coûtent rien de plus.`,
        alternativeQuestions: [
          'combien coûte un appel vers le maroc',
          'tarifs appels internationaux',
          'appeler l’étranger depuis la france',
          'option pour appeler à l’étranger',
          'appeler ma famille en algérie',
          'comment composer un numéro étranger',
        ],
      },
    },
  },
];

export const DEVICE_ARTICLES: SeedArticle[] = [
  {
    slug: 'unlock-your-phone',
    category: 'devices',
    audience: 'public',
    tags: ['device', 'unlock', 'sim-lock'],
    intents: ['device.unlock'],
    locales: {
      en: {
        title: 'Unlock your phone for other networks',
        summary: 'Phones sold by Lumio since 2021 are already unlocked. For an older phone, request the free unlock code in My Lumio > My devices > Unlock, with the IMEI (dial *#06#); the code arrives by email within 48 hours.',
        body: `## Is my phone locked?

Phones sold by Lumio **since March 2021 are sold unlocked**. To check, insert a SIM from another operator: if the phone asks for an *unlock code* or shows *SIM not supported*, it is locked.

## Get the unlock code

1. Dial **\\*#06#** to display the **IMEI** (15 digits).
2. Go to [My Lumio > My devices > Unlock](https://my.lumio.example/devices/unlock) and enter it.
3. You receive the code and instructions by email within **48 hours**.

It is **free**, including after you have left Lumio, as long as the phone has been paid for in full.

iPhones are unlocked remotely: just insert the other SIM and connect to Wi-Fi after you receive our email.`,
        alternativeQuestions: [
          'unlock my phone',
          'network unlock code',
          'is my phone locked to lumio',
          'sim not supported other sim',
          'how to unlock iphone from lumio',
          'unlock code free',
        ],
      },
      fr: {
        title: 'Désimlocker votre téléphone',
        summary: 'Les téléphones vendus par Lumio depuis 2021 sont déjà désimlockés. Pour un modèle plus ancien, demandez le code gratuit dans Espace client > Mes appareils > Désimlockage, avec l’IMEI (composez *#06#) ; il arrive par e-mail sous 48 heures.',
        body: `## Mon téléphone est-il bloqué ?

Les téléphones vendus par Lumio **depuis mars 2021 sont désimlockés**. Pour vérifier, insérez la SIM d’un autre opérateur : si le téléphone demande un *code de déblocage* ou affiche *SIM non prise en charge*, il est bloqué.

## Obtenir le code

1. Composez **\\*#06#** pour afficher l’**IMEI** (15 chiffres).
2. Allez dans [Espace client > Mes appareils > Désimlockage](https://my.lumio.example/fr/appareils/desimlockage) et saisissez-le.
3. Le code et la marche à suivre arrivent par e-mail sous **48 heures**.

C’est **gratuit**, y compris après votre départ de Lumio, dès lors que le téléphone est entièrement payé.

Les iPhone sont débloqués à distance : insérez simplement l’autre SIM et connectez-vous au Wi-Fi après réception de notre e-mail.`,
        alternativeQuestions: [
          'désimlocker mon téléphone',
          'code de désimlockage',
          'mon téléphone est bloqué lumio ?',
          'sim non prise en charge',
          'debloquer iphone operateur',
          'desimlockage gratuit',
        ],
      },
    },
  },
  {
    slug: 'phone-repair-and-warranty',
    category: 'devices',
    audience: 'public',
    tags: ['device', 'repair', 'warranty', 'insurance'],
    intents: ['device.repair'],
    locales: {
      en: {
        title: 'Phone repair and warranty',
        summary: 'Phones bought from Lumio are covered by a 2-year warranty for faults. Start a repair in My Lumio > My devices > Repair: we send a prepaid box or you drop it in a Lumio shop, and the repair takes 5 to 8 working days.',
        body: `## What the warranty covers

- **Faults** (battery that swells, screen that stops responding, charging port failure) for **2 years** from purchase: free repair or replacement.
- **Not covered**: broken screens, liquid damage, theft, unless you have **Lumio Device Care** insurance.

## Start a repair

1. **Back up** your phone and turn off *Find My* / *Find My Device*.
2. Go to [My Lumio > My devices > Repair](https://my.lumio.example/devices/repair) and describe the problem.
3. Choose: prepaid box sent to you, or drop-off in a Lumio shop.

Allow **5 to 8 working days**. A loan phone is available in shop during the repair.

## Lumio Device Care

From €6 a month: covers breakage, liquid damage and theft, with a €49 excess per claim. Must be taken within 30 days of buying the phone.`,
        alternativeQuestions: [
          'my phone screen is broken',
          'repair my phone',
          'is my phone still under warranty',
          'phone not charging anymore warranty',
          'phone insurance',
          'loan phone during repair',
        ],
      },
      fr: {
        title: 'Réparation et garantie de votre téléphone',
        summary: 'Les téléphones achetés chez Lumio sont garantis 2 ans contre les pannes. Lancez la réparation dans Espace client > Mes appareils > Réparation : nous vous envoyons un colis prépayé ou vous le déposez en boutique ; comptez 5 à 8 jours ouvrés.',
        body: `## Ce que couvre la garantie

- **Les pannes** (batterie qui gonfle, écran tactile qui ne répond plus, prise de charge défaillante) pendant **2 ans** après l’achat : réparation ou remplacement gratuit.
- **Non couverts** : écran cassé, oxydation, vol, sauf si vous avez l’assurance **Lumio Protection**.

## Lancer une réparation

1. **Sauvegardez** votre téléphone et désactivez *Localiser* / *Localiser mon appareil*.
2. Allez dans [Espace client > Mes appareils > Réparation](https://my.lumio.example/fr/appareils/reparation) et décrivez la panne.
3. Choisissez : colis prépayé envoyé chez vous, ou dépôt en boutique Lumio.

Comptez **5 à 8 jours ouvrés**. Un téléphone de prêt est disponible en boutique pendant la réparation.

## Lumio Protection

À partir de 6 € par mois : casse, oxydation et vol, avec une franchise de 49 € par sinistre. À souscrire dans les 30 jours suivant l’achat du téléphone.`,
        alternativeQuestions: [
          'mon écran est cassé',
          'faire réparer mon téléphone',
          'mon portable est encore sous garantie ?',
          'téléphone ne charge plus garantie',
          'assurance téléphone',
          'téléphone de prêt',
        ],
      },
    },
  },
];
