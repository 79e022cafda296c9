import type { SeedArticle } from '../types.js';

export const INTERNET_ARTICLES: SeedArticle[] = [
  {
    slug: 'internet-not-working',
    category: 'box-wifi',
    audience: 'public',
    tags: ['internet', 'box', 'troubleshooting', 'fibre'],
    intents: ['internet.down'],
    locales: {
      en: {
        title: 'Internet not working: fix it step by step',
        summary: 'First check for an outage in the Lumio app (Help > Network status). If there is none, unplug the Lumio Box for 30 seconds, plug it back in and wait 5 minutes; then check the lights and cables.',
        body: `## 1. Is there an outage?

Open the **Lumio app > Help > Network status**, or [check online](https://www.lumio.example/status) from your mobile. If an outage is reported, there is nothing to do: the page shows the estimated repair time.

## 2. Restart the box

1. Unplug the Lumio Box from the mains for **30 seconds**.
2. Plug it back in and wait **5 minutes** without touching it.

This fixes most problems.

## 3. Read the light on the front

| Light | Meaning | What to do |
|---|---|---|
| White, steady | Connected | The problem is the Wi-Fi or the device: see [Slow Wi-Fi](https://www.lumio.example/help/slow-wifi) |
| Red, blinking | No fibre signal | Check the fibre cable between the wall socket and the box: it must click in, not be bent |
| Orange | Updating | Wait 10 minutes, do not unplug |
| Off | No power | Check the power adapter and the socket |

## 4. Run the diagnosis

In the app, **Help > Diagnose my box** tests the line and can open a technician appointment if the fault is on our side. A technician visit for a fault on our network is free.`,
        alternativeQuestions: [
          'my internet is down',
          'no internet at home',
          'wifi not working',
          'box red light blinking',
          'fibre not working',
          'my box is not connecting',
          'internet keeps cutting out',
        ],
        variants: {
          bot: 'First check Help > Network status in the Lumio app for an outage. If there is none, unplug your Lumio Box for 30 seconds, plug it back in and wait 5 minutes. Still down? Run Help > Diagnose my box in the app.',
          voice: 'Let us try the most common fix. Unplug your Lumio Box from the mains, wait thirty seconds, then plug it back in and wait five minutes. If the light on the front is blinking red, check that the fibre cable is firmly clicked into the wall socket and the box. If it still does not work, the Lumio app can run a full diagnosis of your line.',
          email: 'Sorry to hear your internet is not working. Could you first check in the Lumio app, under Help > Network status, whether an outage is reported in your area? If not, please unplug your Lumio Box for 30 seconds, plug it back in and wait 5 minutes. If the light on the front then blinks red, check that the fibre cable is firmly connected at both ends. The app also offers a full diagnosis (Help > Diagnose my box) that can book a technician if the fault is on our side.',
        },
        internalNotes: 'Run the remote line test (Line > Fibre > Test) before booking a technician: ONT "LOS" = fibre fault, book level 2; "PPP auth fail" = reprovision from the tool, no visit. Visits for customer-side damage cost €79: say so before booking.',
      },
      fr: {
        title: 'Internet ne fonctionne plus : les étapes pour rétablir la connexion',
        summary: 'Vérifiez d’abord s’il y a une panne dans l’appli Lumio (Aide > État du réseau). Sinon, débranchez la Box Lumio 30 secondes, rebranchez-la et patientez 5 minutes ; vérifiez ensuite le voyant et les câbles.',
        body: `## 1. Y a-t-il une panne ?

Ouvrez l’**appli Lumio > Aide > État du réseau**, ou [vérifiez en ligne](https://www.lumio.example/fr/etat-reseau) depuis votre mobile. Si un incident est signalé, inutile d’aller plus loin : la page indique le délai de rétablissement estimé.

## 2. Redémarrez la box

1. Débranchez la Box Lumio de la prise électrique pendant **30 secondes**.
2. Rebranchez-la et attendez **5 minutes** sans y toucher.

Cela règle la majorité des problèmes.

## 3. Regardez le voyant en façade

| Voyant | Signification | Que faire |
|---|---|---|
| Blanc fixe | Connectée | Le souci vient du Wi-Fi ou de l’appareil : voir [Wi-Fi lent](https://www.lumio.example/fr/aide/wifi-lent) |
| Rouge clignotant | Pas de signal fibre | Vérifiez le câble fibre entre la prise murale et la box : il doit être bien clipsé et non plié |
| Orange | Mise à jour | Patientez 10 minutes sans débrancher |
| Éteint | Pas d’alimentation | Vérifiez le bloc secteur et la prise |

## 4. Lancez le diagnostic

Dans l’appli, **Aide > Diagnostiquer ma box** teste la ligne et peut fixer un rendez-vous technicien si la panne vient de notre réseau. Dans ce cas, l’intervention est gratuite.`,
        alternativeQuestions: [
          'internet ne marche plus',
          'plus de connexion à la maison',
          'wifi en panne',
          'voyant rouge qui clignote sur la box',
          'fibre coupée',
          'ma box ne se connecte pas',
          'internet coupe tout le temps',
        ],
        variants: {
          bot: 'Vérifiez d’abord Aide > État du réseau dans l’appli Lumio. S’il n’y a pas de panne, débranchez la Box Lumio 30 secondes, rebranchez-la et patientez 5 minutes. Toujours rien ? Lancez Aide > Diagnostiquer ma box dans l’appli.',
          voice: 'Essayons la solution la plus courante. Débranchez votre Box Lumio de la prise électrique, attendez trente secondes, rebranchez-la et patientez cinq minutes. Si le voyant en façade clignote en rouge, vérifiez que le câble fibre est bien clipsé à la prise murale et à la box. Si cela ne marche toujours pas, l’appli Lumio peut lancer un diagnostic complet de votre ligne.',
          email: 'Nous sommes désolés pour cette coupure. Pourriez-vous d’abord vérifier dans l’appli Lumio, rubrique Aide > État du réseau, si une panne est signalée dans votre secteur ? Sinon, débranchez votre Box Lumio pendant 30 secondes, rebranchez-la et patientez 5 minutes. Si le voyant clignote ensuite en rouge, vérifiez que le câble fibre est bien branché des deux côtés. L’appli propose aussi un diagnostic complet (Aide > Diagnostiquer ma box) qui peut fixer un rendez-vous technicien si la panne vient de notre côté.',
        },
        internalNotes: 'Lancer le test de ligne à distance (Ligne > Fibre > Tester) avant tout rendez-vous : ONT « LOS » = coupure fibre, escalade niveau 2 ; « PPP auth fail » = reprovisionner depuis l’outil, pas de déplacement. Intervention pour dégradation côté client : 79 €, à annoncer avant de réserver.',
      },
    },
  },
  {
    slug: 'slow-wifi',
    category: 'box-wifi',
    audience: 'public',
    tags: ['wifi', 'speed', 'box'],
    intents: ['internet.slow'],
    locales: {
      en: {
        title: 'Slow Wi-Fi: get a better connection',
        summary: 'Run a speed test with a cable and then over Wi-Fi: if only Wi-Fi is slow, move the box into the open, use the 5 GHz network close to it, and add a Lumio Wi-Fi extender (free on Fibre Max) for distant rooms.',
        body: `## First, find where it is slow

Run a test at [speedtest.lumio.example](https://speedtest.lumio.example) twice: once with a computer **plugged into the box with a cable**, once over Wi-Fi in the same room.

- Slow **even with the cable**? The problem is the line: see [Internet not working](https://www.lumio.example/help/internet-not-working) or contact us.
- Fast with the cable, slow over Wi-Fi? Read on.

## Improve your Wi-Fi

- **Place the box well**: in the open, at mid-height, away from the TV, the microwave, aquariums and thick walls. Not in a cupboard.
- **Use the right band**: the box has two networks. *Lumio-XXXX-5G* is much faster but reaches less far; the plain one reaches further but is slower.
- **Restart the box** once a week if many devices are connected.
- **Add an extender**: the Lumio Wi-Fi extender creates a single mesh network across the home. Free on Fibre Max, €3 a month otherwise, in **My Lumio > My equipment**.

## Still slow?

Older devices (before 2018) are often limited to low Wi-Fi speeds, whatever the box.`,
        alternativeQuestions: [
          'my wifi is slow',
          'internet very slow at home',
          'bad wifi upstairs',
          'wifi speed lower than what i pay for',
          'wifi extender',
          'connection slow in the evening',
          'wifi keeps dropping',
        ],
        variants: {
          bot: 'Test your speed with a cable, then over Wi-Fi. If only Wi-Fi is slow: put the box in the open at mid-height, use the 5G network near the box, and for distant rooms add a Lumio Wi-Fi extender (My Lumio > My equipment).',
        },
      },
      fr: {
        title: 'Wi-Fi lent : améliorer votre connexion',
        summary: 'Faites un test de débit avec un câble puis en Wi-Fi : si seul le Wi-Fi est lent, dégagez la box, utilisez le réseau 5 GHz près d’elle, et ajoutez un répéteur Wi-Fi Lumio (gratuit avec Fibre Max) pour les pièces éloignées.',
        body: `## D’abord, trouver d’où vient la lenteur

Faites deux tests sur [speedtest.lumio.example](https://speedtest.lumio.example) : l’un avec un ordinateur **branché à la box par câble**, l’autre en Wi-Fi dans la même pièce.

- Lent **même en câble** ? Le problème vient de la ligne : consultez [Internet ne fonctionne plus](https://www.lumio.example/fr/aide/internet-en-panne) ou contactez-nous.
- Rapide en câble, lent en Wi-Fi ? Lisez la suite.

## Améliorer le Wi-Fi

- **Placez bien la box** : dégagée, à mi-hauteur, loin de la télé, du micro-ondes, d’un aquarium et des murs épais. Pas dans un placard.
- **Choisissez le bon réseau** : la box en diffuse deux. *Lumio-XXXX-5G* est bien plus rapide mais porte moins loin ; l’autre porte plus loin mais il est plus lent.
- **Redémarrez la box** une fois par semaine si beaucoup d’appareils sont connectés.
- **Ajoutez un répéteur** : le répéteur Wi-Fi Lumio crée un seul réseau maillé dans tout le logement. Gratuit avec Fibre Max, 3 € par mois sinon, dans **Espace client > Mon équipement**.

## Toujours lent ?

Les appareils anciens (avant 2018) sont souvent limités en Wi-Fi, quelle que soit la box.`,
        alternativeQuestions: [
          'mon wifi est lent',
          'internet très lent à la maison',
          'wifi capte mal à l’étage',
          'débit plus faible que prévu',
          'répéteur wifi',
          'connexion lente le soir',
          'le wifi décroche tout le temps',
        ],
        variants: {
          bot: 'Testez le débit avec un câble puis en Wi-Fi. Si seul le Wi-Fi est lent : dégagez la box à mi-hauteur, utilisez le réseau 5G près de la box, et ajoutez un répéteur Wi-Fi Lumio pour les pièces éloignées (Espace client > Mon équipement).',
        },
      },
    },
  },
  {
    slug: 'change-wifi-name-and-password',
    category: 'box-wifi',
    audience: 'public',
    tags: ['wifi', 'password', 'box'],
    intents: ['internet.wifi_password'],
    locales: {
      en: {
        title: 'Find or change your Wi-Fi name and password',
        summary: 'The original Wi-Fi name and password are on the sticker under the Lumio Box. To change them, open the Lumio app > My box > Wi-Fi, or go to http://192.168.1.1 from a connected device.',
        body: `## Find the password

- On the **sticker under or behind the Lumio Box** ("Wi-Fi key").
- In the **Lumio app > My box > Wi-Fi > Show password**, if you changed it.

## Change the name or password

1. Open the **Lumio app > My box > Wi-Fi** (or go to [http://192.168.1.1](http://192.168.1.1) from a device connected to the box; the admin password is on the sticker).
2. Enter the new name (SSID) and/or password: at least 12 characters.
3. Save. All devices are disconnected and must reconnect with the new password.

## Guest Wi-Fi

Turn on a **guest network** in the same menu: your visitors get internet without access to your devices. You can set it to switch off automatically after 24 hours.`,
        alternativeQuestions: [
          'what is my wifi password',
          'change wifi password',
          'rename my wifi network',
          'forgot wifi code',
          'guest wifi',
          'where is the wifi key',
        ],
        variants: {
          bot: 'The original Wi-Fi password is on the sticker under your Lumio Box. To change it: Lumio app > My box > Wi-Fi. You can also create a guest network there.',
          voice: 'Your Wi-Fi password is printed on the sticker under your Lumio Box, next to the words Wi-Fi key. You can change it in the Lumio app, under My box, then Wi-Fi.',
        },
      },
      fr: {
        title: 'Trouver ou modifier le nom et le mot de passe Wi-Fi',
        summary: 'Le nom et la clé Wi-Fi d’origine sont sur l’étiquette sous la Box Lumio. Pour les modifier : appli Lumio > Ma box > Wi-Fi, ou http://192.168.1.1 depuis un appareil connecté.',
        body: `## Trouver la clé Wi-Fi

- Sur l’**étiquette sous ou derrière la Box Lumio** (« Clé Wi-Fi »).
- Dans l’**appli Lumio > Ma box > Wi-Fi > Afficher la clé**, si vous l’avez modifiée.

## Modifier le nom ou la clé

1. Ouvrez l’**appli Lumio > Ma box > Wi-Fi** (ou allez sur [http://192.168.1.1](http://192.168.1.1) depuis un appareil connecté à la box ; le mot de passe d’administration est sur l’étiquette).
2. Saisissez le nouveau nom (SSID) et/ou la nouvelle clé : 12 caractères minimum.
3. Enregistrez. Tous les appareils sont déconnectés et doivent se reconnecter avec la nouvelle clé.

## Wi-Fi invités

Activez un **réseau invités** dans le même menu : vos visiteurs ont internet sans accès à vos appareils. Vous pouvez le faire s’éteindre automatiquement au bout de 24 heures.`,
        alternativeQuestions: [
          'c’est quoi mon mot de passe wifi',
          'changer la clé wifi',
          'renommer mon réseau wifi',
          'code wifi oublié',
          'wifi invité',
          'où est la clé wifi',
        ],
        variants: {
          bot: 'La clé Wi-Fi d’origine est sur l’étiquette sous votre Box Lumio. Pour la modifier : appli Lumio > Ma box > Wi-Fi. Vous pouvez aussi y créer un réseau invités.',
          voice: 'Votre clé Wi-Fi est inscrite sur l’étiquette sous votre Box Lumio, à côté de la mention Clé Wi-Fi. Vous pouvez la modifier dans l’appli Lumio, rubrique Ma box, puis Wi-Fi.',
        },
      },
    },
  },
  {
    slug: 'fibre-installation',
    category: 'box-wifi',
    audience: 'public',
    tags: ['fibre', 'installation', 'appointment', 'new-customer'],
    intents: ['internet.installation'],
    locales: {
      en: {
        title: 'Your fibre installation appointment',
        summary: 'A technician comes to connect your home to fibre; the visit is free and lasts 2 to 4 hours. Someone aged 18 or over must be present. You can move the appointment in My Lumio up to 48 hours before.',
        body: `## Before the visit

- Choose where the **fibre socket** should go: near a power socket and, ideally, near where the TV is.
- Make sure the technician can access the **building's telecom cupboard** (ask your building manager for the key if needed).
- Clear the path along the walls where the cable will run.

## On the day

- The technician arrives within the **time slot** you chose; you receive a text 30 minutes before.
- Someone **aged 18 or over** must be present for the whole visit (2 to 4 hours).
- The technician installs the fibre socket, connects the Lumio Box and checks the speed.

## Move or cancel

In [My Lumio > My appointments](https://my.lumio.example/appointments), up to **48 hours** before. A missed appointment without notice is charged €49.

## If the installation cannot be finished

Sometimes work is needed in the street or the building (a blocked duct, for example). We tell you the next steps by text within 5 working days. You are not billed for internet until it works.`,
        alternativeQuestions: [
          'when is my fibre installation',
          'change my installation appointment',
          'technician appointment fibre',
          'how long does fibre installation take',
          'do i need to be home for the technician',
          'installation failed what now',
        ],
      },
      fr: {
        title: 'Votre rendez-vous d’installation de la fibre',
        summary: 'Un technicien vient raccorder votre logement à la fibre ; l’intervention est gratuite et dure 2 à 4 heures. Une personne majeure doit être présente. Vous pouvez déplacer le rendez-vous dans l’Espace client jusqu’à 48 heures avant.',
        body: `## Avant le rendez-vous

- Choisissez l’emplacement de la **prise fibre** : près d’une prise électrique et, si possible, près de la télévision.
- Assurez l’accès au **local technique de l’immeuble** (demandez la clé au syndic ou au gardien si besoin).
- Dégagez les murs le long desquels le câble passera.

## Le jour J

- Le technicien arrive dans le **créneau** choisi ; un SMS vous prévient 30 minutes avant.
- Une **personne majeure** doit être présente pendant toute l’intervention (2 à 4 heures).
- Il pose la prise fibre, branche la Box Lumio et vérifie le débit.

## Déplacer ou annuler

Dans [Espace client > Mes rendez-vous](https://my.lumio.example/fr/rendez-vous), jusqu’à **48 heures** avant. Un rendez-vous manqué sans prévenir est facturé 49 €.

## Si le raccordement ne peut pas être terminé

Des travaux sont parfois nécessaires dans la rue ou l’immeuble (fourreau bouché, par exemple). Nous vous indiquons la suite par SMS sous 5 jours ouvrés. Votre abonnement internet n’est pas facturé tant qu’il ne fonctionne pas.`,
        alternativeQuestions: [
          'quand a lieu mon raccordement fibre',
          'changer mon rendez-vous d’installation',
          'rdv technicien fibre',
          'combien de temps dure l’installation de la fibre',
          'faut-il être présent pour le technicien',
          'raccordement impossible que faire',
        ],
      },
    },
  },
  {
    slug: 'return-your-equipment',
    category: 'box-wifi',
    audience: 'public',
    tags: ['box', 'cancellation', 'return'],
    intents: ['internet.return_equipment'],
    locales: {
      en: {
        title: 'Return your Lumio Box after cancelling',
        summary: 'Return the box, its power adapter and any TV box within 30 days of your contract ending, with the free return label from My Lumio or in a Lumio shop. Unreturned equipment is charged €90 for the box and €60 for a TV box.',
        body: `## What to return

- The **Lumio Box** and its power adapter
- The **TV box** and its remote, if you had one
- Wi-Fi extenders rented from us

Keep the cables that were installed in the wall (fibre socket).

## How

- **By post**: print the free label from [My Lumio > My equipment > Return](https://my.lumio.example/equipment/return) and drop the parcel at a post office or parcel point. Keep the receipt.
- **In a Lumio shop**: you get a receipt on the spot.

## Deadline and charges

You have **30 days** from the end of your contract. After that, we charge €90 for the box, €60 for a TV box and €30 per extender. If you return it later, we refund these charges.`,
        alternativeQuestions: [
          'how do i return my box',
          'return router after cancelling',
          'where to send back the box',
          'i was charged for not returning my box',
          'return label lumio box',
        ],
      },
      fr: {
        title: 'Restituer votre Box Lumio après résiliation',
        summary: 'Renvoyez la box, son alimentation et l’éventuel décodeur TV dans les 30 jours suivant la fin du contrat, avec l’étiquette gratuite de l’Espace client ou en boutique Lumio. Le matériel non rendu est facturé 90 € pour la box et 60 € pour le décodeur.',
        body: `## Ce qu’il faut rendre

- La **Box Lumio** et son bloc d’alimentation
- Le **décodeur TV** et sa télécommande, le cas échéant
- Les répéteurs Wi-Fi loués

Gardez les câbles fixés au mur (prise fibre).

## Comment

- **Par colis** : imprimez l’étiquette gratuite depuis [Espace client > Mon équipement > Restitution](https://my.lumio.example/fr/equipement/restitution) et déposez le colis en bureau de poste ou en point relais. Conservez le justificatif.
- **En boutique Lumio** : un reçu vous est remis sur place.

## Délai et frais

Vous disposez de **30 jours** après la fin du contrat. Passé ce délai, nous facturons 90 € pour la box, 60 € pour le décodeur et 30 € par répéteur. Si vous le renvoyez plus tard, ces frais vous sont remboursés.`,
        alternativeQuestions: [
          'comment rendre ma box',
          'renvoyer la box après résiliation',
          'où envoyer la box',
          'on m’a facturé la box non rendue',
          'étiquette retour box',
        ],
      },
    },
  },
  {
    slug: 'moving-home',
    category: 'moving-home',
    audience: 'public',
    tags: ['moving', 'internet', 'fibre'],
    intents: ['moving.home'],
    locales: {
      en: {
        title: 'Moving home: take your internet with you',
        summary: 'Tell us your new address at least 3 weeks before you move in My Lumio > Moving home. The transfer is free, you keep your plan and your commitment does not restart; if the new address cannot get our service, you can leave without fees.',
        body: `## 3 weeks before

1. Go to [My Lumio > Moving home](https://my.lumio.example/moving) and enter the new address.
2. We check what is available there (fibre, speed) and offer installation dates.
3. Choose the date your service stops at the old address and starts at the new one. They can overlap by a few days.

## On moving day

- Take the **Lumio Box** and its power adapter with you (not the fibre socket in the wall).
- If the new home already has a working fibre socket, plug in the box: it usually works within 24 hours of the activation date.
- Otherwise a technician comes to install it (free).

## Good to know

- The move is **free** and your commitment does not restart.
- Your landline number can follow you if you stay in the same area.
- If we cannot provide service at the new address, you can **cancel without fees** with proof of address.

Your mobile lines are not affected: just update your billing address in **My Lumio > Personal details**.`,
        alternativeQuestions: [
          'i am moving house',
          'transfer my internet to my new address',
          'moving home what do i do with my box',
          'change address for internet',
          'moving out cancel internet',
          'can i keep my plan when i move',
          'move my fibre',
        ],
        variants: {
          bot: 'Tell us your new address at least 3 weeks ahead in My Lumio > Moving home. It is free, you keep your plan, and if the new address cannot get our service you can leave without fees.',
          voice: 'Congratulations on your move. Tell us your new address at least three weeks before, in the Lumio app under Moving home. Transferring your internet is free and you keep your plan. If we cannot provide service at the new address, you can leave without any fees.',
          email: 'Thank you for letting us know about your move. You can transfer your internet to your new address for free in My Lumio > Moving home: please do it at least 3 weeks before the date, so that we can plan the installation if one is needed. You keep your plan, and your commitment does not restart. If we cannot provide service at the new address, you can cancel without fees by sending us proof of address.',
        },
      },
      fr: {
        title: 'Déménagement : emportez votre internet',
        summary: 'Indiquez votre nouvelle adresse au moins 3 semaines avant le déménagement dans Espace client > Déménagement. Le transfert est gratuit, vous gardez votre offre et votre engagement ne repart pas à zéro ; si la nouvelle adresse n’est pas éligible, vous pouvez résilier sans frais.',
        body: `## 3 semaines avant

1. Allez dans [Espace client > Déménagement](https://my.lumio.example/fr/demenagement) et saisissez la nouvelle adresse.
2. Nous vérifions l’éligibilité (fibre, débit) et vous proposons des dates d’installation.
3. Choisissez la date d’arrêt à l’ancienne adresse et de mise en service à la nouvelle. Elles peuvent se chevaucher de quelques jours.

## Le jour du déménagement

- Emportez la **Box Lumio** et son alimentation (pas la prise fibre fixée au mur).
- Si le nouveau logement a déjà une prise fibre active, branchez la box : elle fonctionne en général sous 24 heures après la date de mise en service.
- Sinon, un technicien vient la raccorder (gratuit).

## Bon à savoir

- Le transfert est **gratuit** et votre engagement ne repart pas à zéro.
- Votre numéro de téléphone fixe peut vous suivre si vous restez dans la même zone.
- Si la nouvelle adresse n’est pas éligible, vous pouvez **résilier sans frais** sur justificatif de domicile.

Vos lignes mobiles ne changent pas : pensez simplement à mettre à jour votre adresse de facturation dans **Espace client > Mes informations**.`,
        alternativeQuestions: [
          'je déménage',
          'transférer ma box à ma nouvelle adresse',
          'déménagement que faire de ma box',
          'changer d’adresse pour internet',
          'garder mon abonnement en déménageant',
          'transfert de ligne fibre',
          'demenagement resiliation box',
        ],
        variants: {
          bot: 'Indiquez votre nouvelle adresse au moins 3 semaines avant dans Espace client > Déménagement. C’est gratuit, vous gardez votre offre, et si la nouvelle adresse n’est pas éligible vous pouvez résilier sans frais.',
          voice: 'Félicitations pour votre déménagement. Indiquez-nous votre nouvelle adresse au moins trois semaines avant, dans l’appli Lumio, rubrique Déménagement. Le transfert de votre internet est gratuit et vous gardez votre offre. Si nous ne pouvons pas vous raccorder à la nouvelle adresse, vous pouvez résilier sans frais.',
          email: 'Merci de nous prévenir de votre déménagement. Vous pouvez transférer gratuitement votre internet à votre nouvelle adresse depuis votre Espace client, rubrique Déménagement : faites-le au moins 3 semaines avant la date, pour que nous puissions prévoir une installation si nécessaire. Vous conservez votre offre et votre engagement ne repart pas à zéro. Si la nouvelle adresse n’est pas éligible, vous pourrez résilier sans frais sur présentation d’un justificatif de domicile.',
        },
      },
    },
  },
];

export const NETWORK_ARTICLES: SeedArticle[] = [
  {
    slug: 'check-for-an-outage',
    category: 'network',
    audience: 'public',
    tags: ['outage', 'network', 'status'],
    intents: ['network.outage'],
    locales: {
      en: {
        title: 'Check for an outage in your area',
        summary: 'The network status page (Lumio app > Help > Network status, or lumio.example/status) shows current outages and planned work by postcode, with an estimated repair time. You can subscribe to a text when it is fixed.',
        body: `## Check the status

- **Lumio app > Help > Network status**, or
- [lumio.example/status](https://www.lumio.example/status) from any device.

Enter your **postcode**: you see mobile and home internet incidents, planned maintenance (usually between 1 am and 6 am) and the **estimated repair time**.

## Get notified

Tap **Notify me**: we text you when the incident is resolved.

## Compensation

If your home internet is down for more than **48 hours** because of a fault on our network, we automatically credit your account with the days lost. For longer outages, you can also ask for a temporary **mobile data boost**.

## No outage shown?

The problem is probably local: see [Internet not working](https://www.lumio.example/help/internet-not-working) or [No mobile signal](https://www.lumio.example/help/no-signal).`,
        alternativeQuestions: [
          'is there an outage',
          'network down in my area',
          'is lumio down',
          'outage map',
          'when will the network be fixed',
          'planned maintenance tonight',
          'compensation for outage',
        ],
        variants: {
          bot: 'Check Help > Network status in the Lumio app (or lumio.example/status) with your postcode. It shows current outages, planned work and the estimated repair time; tap "Notify me" to get a text when it is fixed.',
          voice: 'You can check for an outage in the Lumio app, under Help, then Network status. Enter your postcode to see any incident in your area and the estimated repair time. You can also ask to be notified by text when it is fixed.',
        },
      },
      fr: {
        title: 'Vérifier s’il y a une panne dans votre secteur',
        summary: 'La page État du réseau (appli Lumio > Aide > État du réseau, ou lumio.example/fr/etat-reseau) affiche les pannes et travaux en cours par code postal, avec un délai de rétablissement estimé. Vous pouvez être prévenu par SMS à la résolution.',
        body: `## Consulter l’état du réseau

- **Appli Lumio > Aide > État du réseau**, ou
- [lumio.example/fr/etat-reseau](https://www.lumio.example/fr/etat-reseau) depuis n’importe quel appareil.

Saisissez votre **code postal** : vous voyez les incidents mobile et internet, les travaux programmés (en général entre 1 h et 6 h du matin) et le **délai de rétablissement estimé**.

## Être prévenu

Touchez **Me prévenir** : vous recevez un SMS dès que l’incident est résolu.

## Dédommagement

Si votre internet fixe est coupé plus de **48 heures** à cause d’une panne sur notre réseau, les jours perdus sont automatiquement déduits de votre facture. Pour une coupure longue, vous pouvez aussi demander un **bonus de data mobile** temporaire.

## Aucune panne affichée ?

Le problème est sans doute local : consultez [Internet ne fonctionne plus](https://www.lumio.example/fr/aide/internet-en-panne) ou [Pas de réseau mobile](https://www.lumio.example/fr/aide/pas-de-reseau).`,
        alternativeQuestions: [
          'y a-t-il une panne',
          'panne réseau dans mon quartier',
          'lumio en panne ?',
          'carte des pannes',
          'quand le réseau sera rétabli',
          'travaux cette nuit',
          'dédommagement panne internet',
        ],
        variants: {
          bot: 'Consultez Aide > État du réseau dans l’appli Lumio (ou lumio.example/fr/etat-reseau) avec votre code postal : pannes en cours, travaux et délai de rétablissement. Touchez « Me prévenir » pour recevoir un SMS à la résolution.',
          voice: 'Vous pouvez vérifier s’il y a une panne dans l’appli Lumio, rubrique Aide, puis État du réseau. Saisissez votre code postal pour voir les incidents dans votre secteur et le délai de rétablissement. Vous pouvez aussi demander à être prévenu par SMS.',
        },
      },
    },
  },
  {
    slug: 'no-mobile-signal',
    category: 'network',
    audience: 'public',
    tags: ['network', 'signal', 'troubleshooting', 'mobile'],
    intents: ['network.no_signal'],
    locales: {
      en: {
        title: 'No mobile signal or "Emergency calls only"',
        summary: 'Check the network status for your area, then turn airplane mode on and off, restart the phone and check the SIM. If only your home has poor signal, turn on Wi-Fi calling.',
        body: `## Quick checks

1. Look at the [network status](https://www.lumio.example/status) for your postcode.
2. Turn **airplane mode** on, wait 10 seconds, turn it off.
3. **Restart** the phone.
4. Take out the **SIM**, check it is not damaged, put it back. Try it in another phone if you can.
5. Check **Settings > Mobile > Network selection** is on *Automatic*.

## "Emergency calls only" or "SOS"

Your phone sees a network but not Lumio's. Besides the steps above, check in My Lumio that your line is not **suspended** (lost phone, unpaid bill).

## Poor signal at home only

Thick walls and basements block signals. Turn on [Wi-Fi calling](https://www.lumio.example/help/wifi-calling): your calls and texts go through your home Wi-Fi, at no extra cost.

## Report a coverage problem

If the signal used to be good and has become poor at the same place, tell us in the app (**Help > Report a coverage problem**): it helps our engineers find faulty antennas.`,
        alternativeQuestions: [
          'no signal on my phone',
          'my phone says sos only',
          'emergency calls only',
          'no service',
          'cant make calls no bars',
          'bad reception at home',
          'lost network suddenly',
        ],
        variants: {
          bot: 'Check the network status for your postcode, then turn airplane mode on and off and restart your phone. If it says "Emergency calls only", check in My Lumio that your line is not suspended. Poor signal at home only? Turn on Wi-Fi calling.',
          voice: 'Let us try a few quick checks. Turn airplane mode on, wait ten seconds, and turn it off again. If that does not help, restart your phone. If the signal is only poor at home, you can turn on Wi-Fi calling in your phone settings, so your calls go through your Wi-Fi.',
        },
      },
      fr: {
        title: 'Pas de réseau mobile ou « Appels d’urgence uniquement »',
        summary: 'Vérifiez l’état du réseau dans votre secteur, puis activez et désactivez le mode avion, redémarrez le téléphone et vérifiez la SIM. Si le réseau est faible uniquement chez vous, activez les appels Wi-Fi.',
        body: `## Les vérifications rapides

1. Consultez l’[état du réseau](https://www.lumio.example/fr/etat-reseau) pour votre code postal.
2. Activez le **mode avion**, attendez 10 secondes, désactivez-le.
3. **Redémarrez** le téléphone.
4. Retirez la **carte SIM**, vérifiez qu’elle n’est pas abîmée, remettez-la. Essayez-la dans un autre téléphone si possible.
5. Vérifiez que **Réglages > Réseau mobile > Sélection du réseau** est sur *Automatique*.

## « Appels d’urgence uniquement » ou « SOS »

Le téléphone capte un réseau, mais pas celui de Lumio. En plus des étapes ci-dessus, vérifiez dans l’Espace client que votre ligne n’est pas **suspendue** (perte, impayé).

## Mauvais réseau uniquement chez vous

Les murs épais et les sous-sols bloquent le signal. Activez les [appels Wi-Fi](https://www.lumio.example/fr/aide/appels-wifi) : appels et SMS passent par votre Wi-Fi, sans surcoût.

## Signaler un problème de couverture

Si le réseau était bon et s’est dégradé au même endroit, signalez-le dans l’appli (**Aide > Signaler un problème de couverture**) : cela aide nos équipes à repérer une antenne en panne.`,
        alternativeQuestions: [
          'pas de réseau sur mon téléphone',
          'mon téléphone affiche sos',
          'appels d’urgence uniquement',
          'aucun service',
          'je capte plus rien',
          'mauvaise réception chez moi',
          'plus de réseau d’un coup',
        ],
        variants: {
          bot: 'Vérifiez l’état du réseau pour votre code postal, puis activez et désactivez le mode avion et redémarrez le téléphone. Si « Appels d’urgence uniquement » s’affiche, vérifiez dans l’Espace client que votre ligne n’est pas suspendue. Mauvais réseau seulement chez vous ? Activez les appels Wi-Fi.',
          voice: 'Essayons quelques vérifications rapides. Activez le mode avion, attendez dix secondes, puis désactivez-le. Si cela ne suffit pas, redémarrez le téléphone. Si le réseau est faible seulement chez vous, activez les appels Wi-Fi dans les réglages du téléphone : vos appels passeront par votre Wi-Fi.',
        },
      },
    },
  },
  {
    slug: 'wifi-calling',
    category: 'network',
    audience: 'public',
    tags: ['wifi-calling', 'volte', 'network', 'coverage'],
    intents: ['network.wifi_calling'],
    locales: {
      en: {
        title: 'Make calls over Wi-Fi',
        summary: 'Wi-Fi calling lets your phone make calls and send texts through any Wi-Fi network when the mobile signal is weak, at no extra cost. Turn it on in your phone settings (Settings > Mobile > Wi-Fi calling).',
        body: `## Turn it on

- **iPhone**: *Settings > Phone > Wi-Fi Calling*.
- **Android**: *Settings > Connections > Wi-Fi calling* (the exact name varies by brand).

It is included on all Lumio plans, with compatible phones ([see the list](https://www.lumio.example/wifi-calling)).

## How it works

- When the mobile signal is weak, calls and texts go through Wi-Fi **automatically**.
- Calls cost the same as usual: they come out of your plan.
- Abroad, calls to numbers at home over Wi-Fi are charged **as if you were at home**.

## Emergency calls

You can call 112 over Wi-Fi, but your location may be less precise: register your **emergency address** in **My Lumio > My lines > Wi-Fi calling**.`,
        alternativeQuestions: [
          'wifi calling',
          'how to call over wifi',
          'does lumio support wifi calling',
          'vowifi',
          'make calls without signal using wifi',
          'turn on wifi calling iphone',
        ],
      },
      fr: {
        title: 'Passer des appels via le Wi-Fi',
        summary: 'Les appels Wi-Fi permettent d’appeler et d’envoyer des SMS via n’importe quel réseau Wi-Fi quand le réseau mobile est faible, sans surcoût. Activez-les dans les réglages du téléphone (Réglages > Réseau mobile > Appels Wi-Fi).',
        body: `## Les activer

- **iPhone** : *Réglages > Téléphone > Appels Wi-Fi*.
- **Android** : *Paramètres > Connexions > Appels Wi-Fi* (le nom varie selon la marque).

Ils sont inclus dans tous les forfaits Lumio, avec un téléphone compatible ([voir la liste](https://www.lumio.example/fr/appels-wifi)).

## Comment ça marche

- Quand le réseau mobile est faible, appels et SMS passent par le Wi-Fi **automatiquement**.
- Ils sont décomptés de votre forfait, comme d’habitude.
- À l’étranger, les appels vers la France en Wi-Fi sont facturés **comme depuis la France**.

## Appels d’urgence

Vous pouvez appeler le 112 en Wi-Fi, mais votre localisation peut être moins précise : enregistrez votre **adresse d’urgence** dans **Espace client > Mes lignes > Appels Wi-Fi**.`,
        alternativeQuestions: [
          'appels wifi',
          'appeler en wifi',
          'lumio propose la vowifi ?',
          'téléphoner sans réseau avec le wifi',
          'activer appels wifi iphone',
        ],
      },
    },
  },
];
