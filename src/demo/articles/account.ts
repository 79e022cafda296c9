import type { SeedArticle } from '../types.js';

export const ACCOUNT_ARTICLES: SeedArticle[] = [
  {
    slug: 'reset-your-password',
    category: 'account-security',
    audience: 'public',
    tags: ['account', 'password', 'login'],
    intents: ['account.password'],
    locales: {
      en: {
        title: 'Reset your My Lumio password',
        summary: 'On the sign-in page, choose "Forgotten password", enter your email or mobile number and follow the link or code we send you. The link is valid for 30 minutes.',
        body: `## Reset it

1. Go to the [sign-in page](https://my.lumio.example/login) or open the Lumio app.
2. Choose **Forgotten password**.
3. Enter the **email address** or **Lumio mobile number** of your account.
4. Follow the link we email you, or enter the code we text you. The link is valid for **30 minutes**.
5. Choose a new password: at least 10 characters, not used before.

## No email or text?

- Check your spam folder, and that you typed the address you gave us.
- If you no longer have access to that email or phone, contact us: we will check your identity and update it.

## Account locked

After **5 failed attempts**, the account is locked for 15 minutes. Resetting the password unlocks it at once.`,
        alternativeQuestions: [
          'forgot my password',
          'cant log in to my account',
          'reset password my lumio',
          'password reset link not working',
          'account locked too many attempts',
          'i dont receive the reset email',
        ],
        variants: {
          bot: 'On the sign-in page or in the app, choose "Forgotten password" and enter your email or Lumio number. Follow the link or code you receive within 30 minutes.',
          voice: 'To reset your password, open the Lumio app or the sign-in page, and choose Forgotten password. Enter your email address or your Lumio mobile number, and we will send you a link or a code, valid for thirty minutes.',
        },
      },
      fr: {
        title: 'Réinitialiser le mot de passe de votre Espace client',
        summary: 'Sur la page de connexion, choisissez « Mot de passe oublié », saisissez votre e-mail ou votre numéro de mobile et suivez le lien ou le code reçu. Le lien est valable 30 minutes.',
        body: `## Réinitialiser

1. Allez sur la [page de connexion](https://my.lumio.example/fr/connexion) ou ouvrez l’appli Lumio.
2. Choisissez **Mot de passe oublié**.
3. Saisissez l’**adresse e-mail** ou le **numéro de mobile Lumio** de votre compte.
4. Suivez le lien reçu par e-mail, ou saisissez le code reçu par SMS. Le lien est valable **30 minutes**.
5. Choisissez un nouveau mot de passe : 10 caractères minimum, jamais utilisé auparavant.

## Pas d’e-mail ni de SMS ?

- Vérifiez vos courriers indésirables, et que l’adresse saisie est bien celle de votre compte.
- Si vous n’avez plus accès à cet e-mail ou à ce téléphone, contactez-nous : nous vérifierons votre identité avant de le mettre à jour.

## Compte bloqué

Après **5 tentatives échouées**, le compte est bloqué 15 minutes. Réinitialiser le mot de passe le débloque immédiatement.`,
        alternativeQuestions: [
          'mot de passe oublié',
          'je n’arrive pas à me connecter',
          'réinitialiser mot de passe espace client',
          'le lien de réinitialisation ne marche pas',
          'compte bloqué trop de tentatives',
          'je reçois pas le mail de réinitialisation',
        ],
        variants: {
          bot: 'Sur la page de connexion ou dans l’appli, choisissez « Mot de passe oublié » et saisissez votre e-mail ou votre numéro Lumio. Suivez le lien ou le code reçu, valable 30 minutes.',
          voice: 'Pour réinitialiser votre mot de passe, ouvrez l’appli Lumio ou la page de connexion, puis choisissez Mot de passe oublié. Saisissez votre adresse e-mail ou votre numéro de mobile Lumio : vous recevrez un lien ou un code, valable trente minutes.',
        },
      },
    },
  },
  {
    slug: 'two-step-verification',
    category: 'account-security',
    audience: 'public',
    tags: ['account', 'security', '2fa'],
    intents: ['account.two_step'],
    locales: {
      en: {
        title: 'Protect your account with two-step verification',
        summary: 'With two-step verification, signing in to My Lumio also needs a code from an authenticator app or a text. Turn it on in My Lumio > Security; we strongly recommend it, because your account can order SIM cards.',
        body: `Your Lumio account can order SIM cards and see your bills: protecting it also protects your phone number, which many banks use to send you codes.

## Turn it on

1. Go to [My Lumio > Security > Two-step verification](https://my.lumio.example/security).
2. Choose the method:
   - an **authenticator app** (recommended): scan the QR code with your app;
   - or a **text message** to your Lumio number.
3. Enter the code to confirm, and **save your backup codes** somewhere safe.

## Lost your phone?

Use one of your **backup codes** to sign in. If you have none, contact us: we will check your identity before turning off two-step verification.

We will **never** ask you for a verification code by phone, text or email.`,
        alternativeQuestions: [
          'how do i set up 2fa',
          'two factor authentication',
          'secure my account',
          'authenticator app lumio',
          'lost my phone cant get my verification code',
          'backup codes',
        ],
      },
      fr: {
        title: 'Protéger votre compte avec la double authentification',
        summary: 'Avec la double authentification, la connexion à l’Espace client demande aussi un code issu d’une appli d’authentification ou d’un SMS. Activez-la dans Espace client > Sécurité ; nous la recommandons vivement, car votre compte permet de commander des cartes SIM.',
        body: `Votre compte Lumio permet de commander des cartes SIM et de consulter vos factures : le protéger, c’est aussi protéger votre numéro de téléphone, que beaucoup de banques utilisent pour vous envoyer des codes.

## L’activer

1. Allez dans [Espace client > Sécurité > Double authentification](https://my.lumio.example/fr/securite).
2. Choisissez la méthode :
   - une **appli d’authentification** (recommandé) : scannez le QR code avec l’appli ;
   - ou un **SMS** sur votre numéro Lumio.
3. Saisissez le code pour confirmer, puis **conservez vos codes de secours** en lieu sûr.

## Téléphone perdu ?

Connectez-vous avec l’un de vos **codes de secours**. Si vous n’en avez pas, contactez-nous : nous vérifierons votre identité avant de désactiver la double authentification.

Nous ne vous demanderons **jamais** un code de vérification par téléphone, SMS ou e-mail.`,
        alternativeQuestions: [
          'activer la double authentification',
          'sécuriser mon compte',
          'appli d’authentification lumio',
          'téléphone perdu je reçois plus le code',
          'codes de secours',
          'authentification à deux facteurs',
        ],
      },
    },
  },
  {
    slug: 'update-your-personal-details',
    category: 'account-security',
    audience: 'public',
    tags: ['account', 'address', 'email', 'account-holder'],
    intents: ['account.update_details'],
    locales: {
      en: {
        title: 'Update your address, email or account holder',
        summary: 'Change your email, postal address and contact number in My Lumio > Personal details. A change of account holder (for example after a separation or a death) is done by phone or in a shop with both parties\' ID.',
        body: `## What you can change online

In [My Lumio > Personal details](https://my.lumio.example/profile):

- **Email address** (confirmed by a link sent to the new address)
- **Postal and billing address**
- **Contact phone number**
- **Marketing preferences**

## What needs a check

- **Name**: after a marriage or a legal change of name, send us the document from **My Lumio > Personal details > Change my name**.
- **Account holder**: to transfer the contract to someone else, call us or visit a shop. We need the ID of both the current and the new holder; the new holder takes over any commitment.

## After a death

We are sorry for your loss. A relative can ask to **cancel without fees** or **transfer the line** to their name, with a death certificate. Call us, or use the [bereavement form](https://www.lumio.example/help/bereavement): a dedicated team handles these requests.`,
        alternativeQuestions: [
          'change my email address',
          'update my address',
          'change account holder',
          'transfer contract to my partner',
          'change name on account after marriage',
          'account holder died what to do',
          'update contact details',
        ],
        internalNotes: 'Holder transfer: both IDs scanned in the case, new holder credit check must pass. Bereavement cases go to the Care team queue (skill "care"), never to standard retention.',
      },
      fr: {
        title: 'Modifier votre adresse, votre e-mail ou le titulaire',
        summary: 'Modifiez votre e-mail, votre adresse et votre numéro de contact dans Espace client > Mes informations. Un changement de titulaire (séparation, décès…) se fait par téléphone ou en boutique, avec les pièces d’identité des deux personnes.',
        body: `## Ce que vous pouvez modifier en ligne

Dans [Espace client > Mes informations](https://my.lumio.example/fr/profil) :

- **Adresse e-mail** (confirmée par un lien envoyé à la nouvelle adresse)
- **Adresse postale et de facturation**
- **Numéro de contact**
- **Préférences de communication**

## Ce qui nécessite une vérification

- **Nom** : après un mariage ou un changement de nom, envoyez le justificatif depuis **Espace client > Mes informations > Modifier mon nom**.
- **Titulaire** : pour transférer le contrat à une autre personne, appelez-nous ou passez en boutique. Il nous faut les pièces d’identité de l’ancien et du nouveau titulaire ; ce dernier reprend l’éventuel engagement.

## Après un décès

Nous vous présentons nos sincères condoléances. Un proche peut demander la **résiliation sans frais** ou le **transfert de la ligne** à son nom, avec un acte de décès. Appelez-nous ou utilisez le [formulaire dédié](https://www.lumio.example/fr/aide/deces) : une équipe spécialisée traite ces demandes.`,
        alternativeQuestions: [
          'changer mon adresse mail',
          'modifier mon adresse postale',
          'changement de titulaire',
          'transférer le contrat à mon conjoint',
          'changer de nom après mariage',
          'titulaire décédé que faire',
          'mettre à jour mes coordonnées',
        ],
        internalNotes: 'Changement de titulaire : les deux pièces d’identité numérisées dans le dossier, contrôle de solvabilité du nouveau titulaire obligatoire. Les dossiers décès vont dans la file de l’équipe Accompagnement (compétence « care »), jamais en fidélisation.',
      },
    },
  },
];

export const FRAUD_ARTICLES: SeedArticle[] = [
  {
    slug: 'phishing-texts-calls-and-emails',
    category: 'fraud',
    audience: 'public',
    tags: ['fraud', 'phishing', 'security', 'scam'],
    intents: ['fraud.phishing'],
    locales: {
      en: {
        title: 'Spot a fake Lumio text, call or email',
        summary: 'Lumio will never ask for your password, a verification code or your card details by text, call or email. Do not click, do not answer: forward suspicious texts to 7726 and emails to phishing@lumio.example, then delete them.',
        body: `Scammers pretend to be Lumio to steal your account, your card details or your number.

## The warning signs

- A message says your line will be **cut off today** unless you pay or "update your details".
- A link to a site that is not **lumio.example** (look carefully: *lumio-billing.com*, *lurnio.example*...).
- Someone on the phone asks for a **code you just received by text**. A real Lumio agent never does.
- A refund or prize you did not expect.

## What to do

- **Do not click** and do not reply.
- Forward suspicious **texts** to **7726** (free) and **emails** to **phishing@lumio.example**.
- To check, open the Lumio app yourself or call us on the number on your bill.

## Already clicked or gave information?

1. Change your My Lumio password and turn on [two-step verification](https://www.lumio.example/help/two-step-verification).
2. If you gave card details, call your bank to block the card.
3. Call us: we add extra checks to your account to prevent a [SIM swap](https://www.lumio.example/help/sim-swap-fraud).`,
        alternativeQuestions: [
          'i got a suspicious text from lumio',
          'is this email from lumio real',
          'phishing sms',
          'scam call pretending to be lumio',
          'they asked me for a code by phone',
          'i clicked on a fake link',
          'how to report spam text',
        ],
        variants: {
          bot: 'Lumio never asks for your password, a code or card details by text, call or email. Do not click or reply. Forward the text to 7726 or the email to phishing@lumio.example. If you already clicked, change your password and call us.',
          voice: 'Lumio will never ask you for your password, a verification code or your card details by phone, text or email. If you receive such a message, do not click on anything and do not reply. If you already gave information, change your password and tell your bank. I can also put you through to an advisor to secure your account.',
          email: 'Thank you for reporting this message. It did not come from Lumio: we never ask for a password, a verification code or card details by text, phone or email. Please do not click on its link, and delete it. If you have already entered information on that page, change your My Lumio password, turn on two-step verification, and contact your bank if you gave card details. We have added extra checks to your account as a precaution.',
        },
        internalNotes: 'If the customer gave a verification code: put the "SIM swap protection" flag on the account (Security > Flags) for 30 days and log the case under Fraud > Phishing.',
      },
      fr: {
        title: 'Reconnaître un faux SMS, appel ou e-mail Lumio',
        summary: 'Lumio ne vous demandera jamais votre mot de passe, un code de vérification ou vos coordonnées bancaires par SMS, appel ou e-mail. Ne cliquez pas, ne répondez pas : transférez les SMS suspects au 33700 et les e-mails à phishing@lumio.example, puis supprimez-les.',
        body: `Des escrocs se font passer pour Lumio pour voler votre compte, votre carte bancaire ou votre numéro.

## Les signaux d’alerte

- Un message annonce que votre ligne **sera coupée aujourd’hui** si vous ne payez pas ou ne « mettez pas à jour vos informations ».
- Un lien vers un site qui n’est pas **lumio.example** (regardez bien : *lumio-facture.com*, *lurnio.example*…).
- Au téléphone, on vous demande un **code que vous venez de recevoir par SMS**. Un vrai conseiller Lumio ne le fait jamais.
- Un remboursement ou un gain inattendu.

## Que faire

- **Ne cliquez pas** et ne répondez pas.
- Transférez les **SMS** suspects au **33700** (gratuit) et les **e-mails** à **phishing@lumio.example**.
- Pour vérifier, ouvrez vous-même l’appli Lumio ou appelez le numéro figurant sur votre facture.

## Vous avez déjà cliqué ou donné des informations ?

1. Changez le mot de passe de votre Espace client et activez la [double authentification](https://www.lumio.example/fr/aide/double-authentification).
2. Si vous avez donné votre carte bancaire, faites-la opposer auprès de votre banque.
3. Appelez-nous : nous renforçons les contrôles sur votre compte pour éviter une [fraude à la carte SIM](https://www.lumio.example/fr/aide/fraude-sim).`,
        alternativeQuestions: [
          'j’ai reçu un sms bizarre de lumio',
          'ce mail lumio est-il vrai',
          'sms frauduleux',
          'arnaque au téléphone se faisant passer pour lumio',
          'on m’a demandé un code par téléphone',
          'j’ai cliqué sur un faux lien',
          'signaler un sms de spam',
          'hameçonnage',
        ],
        variants: {
          bot: 'Lumio ne demande jamais votre mot de passe, un code ou votre carte bancaire par SMS, appel ou e-mail. Ne cliquez pas, ne répondez pas. Transférez le SMS au 33700 ou l’e-mail à phishing@lumio.example. Si vous avez cliqué, changez votre mot de passe et appelez-nous.',
          voice: 'Lumio ne vous demandera jamais votre mot de passe, un code de vérification ou votre carte bancaire, ni par téléphone, ni par SMS, ni par e-mail. Si vous recevez un tel message, ne cliquez sur rien et ne répondez pas. Si vous avez déjà donné des informations, changez votre mot de passe et prévenez votre banque. Je peux aussi vous passer un conseiller pour sécuriser votre compte.',
          email: 'Merci de nous avoir signalé ce message. Il ne provient pas de Lumio : nous ne demandons jamais de mot de passe, de code de vérification ni de coordonnées bancaires par SMS, téléphone ou e-mail. Ne cliquez pas sur son lien et supprimez-le. Si vous avez déjà saisi des informations sur cette page, changez le mot de passe de votre Espace client, activez la double authentification et contactez votre banque si vous avez communiqué votre carte. Nous avons renforcé les contrôles sur votre compte par précaution.',
        },
        internalNotes: 'Si le client a communiqué un code de vérification : poser l’indicateur « Protection SIM » sur le compte (Sécurité > Indicateurs) pour 30 jours et tracer le dossier sous Fraude > Hameçonnage.',
      },
    },
  },
  {
    slug: 'sim-swap-fraud',
    category: 'fraud',
    audience: 'public',
    tags: ['fraud', 'sim', 'security'],
    intents: ['fraud.sim_swap'],
    locales: {
      en: {
        title: 'SIM swap fraud: signs and what to do',
        summary: 'If your phone suddenly shows "No service" and you receive an email about a new SIM or eSIM you did not order, call us at once on 0800 700 700 from another phone: someone may have taken over your number.',
        body: `In a SIM swap, a fraudster gets a new SIM or eSIM for **your** number, then receives your bank codes.

## The signs

- Your phone loses signal suddenly (**No service**) while people around you have signal.
- You receive an email about a **SIM or eSIM activation** or a change of password you did not ask for.
- Your bank warns you about an unusual connection.

## Act now

1. Call us **immediately** from another phone: **0800 700 700** (free, 24/7). We block the fraudulent SIM and give you back your number.
2. Call your **bank** to block payments.
3. Change the passwords of your email and My Lumio.

## Prevent it

- Turn on [two-step verification](https://www.lumio.example/help/two-step-verification) on My Lumio.
- Set a **customer passphrase** in **My Lumio > Security**: we ask for it before any SIM change by phone or in a shop.
- Never give a verification code to anyone who calls you.`,
        alternativeQuestions: [
          'my phone suddenly says no service and i got an email about a new sim',
          'someone took over my number',
          'sim swap',
          'i didnt order a new sim',
          'my number was stolen',
          'esim activated without my permission',
        ],
        variants: {
          bot: 'Call us now from another phone on 0800 700 700 (free, 24/7): we block the fraudulent SIM and give you back your number. Then call your bank and change your email and My Lumio passwords.',
          voice: 'This may be a SIM swap fraud. Please call us straight away from another phone, on zero eight hundred, seven hundred, seven hundred. It is free and open day and night. We will block the fraudulent SIM and give you back your number. Then call your bank to block payments.',
        },
        internalNotes: 'Priority 1. Block the active SIM/eSIM immediately (no identity check needed to block), then verify identity with the passphrase or in-shop ID before issuing a new SIM. Escalate to the Fraud team (queue FRAUD-URGENT) with the timeline of SIM events.',
      },
      fr: {
        title: 'Fraude à la carte SIM : les signes et que faire',
        summary: 'Si votre téléphone affiche soudain « Aucun service » et que vous recevez un e-mail concernant une SIM ou eSIM que vous n’avez pas commandée, appelez-nous aussitôt au 0 800 700 700 depuis un autre téléphone : quelqu’un a peut-être pris le contrôle de votre numéro.',
        body: `Dans une fraude à la SIM (*SIM swap*), un escroc obtient une nouvelle SIM ou eSIM pour **votre** numéro, puis reçoit vos codes bancaires.

## Les signes

- Votre téléphone perd le réseau d’un coup (**Aucun service**) alors que votre entourage capte.
- Vous recevez un e-mail d’**activation de SIM ou d’eSIM**, ou de changement de mot de passe, que vous n’avez pas demandé.
- Votre banque vous signale une connexion inhabituelle.

## Réagissez tout de suite

1. Appelez-nous **immédiatement** depuis un autre téléphone : **0 800 700 700** (gratuit, 24h/24). Nous bloquons la SIM frauduleuse et vous rendons votre numéro.
2. Appelez votre **banque** pour bloquer les paiements.
3. Changez les mots de passe de votre messagerie et de votre Espace client.

## Prévenir

- Activez la [double authentification](https://www.lumio.example/fr/aide/double-authentification) sur votre Espace client.
- Définissez une **phrase secrète** dans **Espace client > Sécurité** : nous la demandons avant tout changement de SIM par téléphone ou en boutique.
- Ne donnez jamais un code de vérification à quelqu’un qui vous appelle.`,
        alternativeQuestions: [
          'mon téléphone n’a plus de réseau et j’ai reçu un mail pour une nouvelle sim',
          'on a piraté mon numéro',
          'sim swap',
          'je n’ai pas commandé de nouvelle sim',
          'vol de numéro',
          'esim activée sans mon accord',
        ],
        variants: {
          bot: 'Appelez-nous tout de suite depuis un autre téléphone au 0 800 700 700 (gratuit, 24h/24) : nous bloquons la SIM frauduleuse et vous rendons votre numéro. Appelez ensuite votre banque et changez vos mots de passe.',
          voice: 'Il peut s’agir d’une fraude à la carte SIM. Appelez-nous tout de suite depuis un autre téléphone, au zéro huit cents, sept cents, sept cents. C’est gratuit et ouvert jour et nuit. Nous bloquerons la SIM frauduleuse et vous rendrons votre numéro. Appelez ensuite votre banque pour bloquer les paiements.',
        },
        internalNotes: 'Priorité 1. Bloquer immédiatement la SIM/eSIM active (pas de vérification d’identité nécessaire pour bloquer), puis vérifier l’identité par la phrase secrète ou une pièce d’identité en boutique avant d’émettre une nouvelle SIM. Escalader à l’équipe Fraude (file FRAUDE-URGENT) avec la chronologie des événements SIM.',
      },
    },
  },
  {
    slug: 'block-nuisance-calls',
    category: 'fraud',
    audience: 'public',
    tags: ['spam', 'calls', 'nuisance'],
    intents: ['fraud.nuisance_calls'],
    locales: {
      en: {
        title: 'Block nuisance and spam calls',
        summary: 'Turn on Lumio Call Shield (free) in the app to label or block known spam numbers. You can also block a number from your phone, and never call back a missed call from an unknown foreign number.',
        body: `## Lumio Call Shield (free)

In the **Lumio app > Settings > Call Shield**:

- **Label**: suspected spam calls show *Spam risk* on your screen.
- **Block**: known spam numbers never ring.

## Block a number on your phone

- **iPhone**: *Phone > Recents > (i) > Block this caller*.
- **Android**: *Phone > Recents > long press > Block*.

## "Wangiri" calls

A missed call from an **unknown foreign number** (one ring, then nothing) is often a trap: calling back costs a lot. **Do not call back.** If it matters, they will leave a message.

## Telemarketing

Register your number on your country's **do-not-call list** (in France: *Bloctel*). Companies are not allowed to call you for sales.`,
        alternativeQuestions: [
          'block spam calls',
          'too many unwanted calls',
          'how to block a number',
          'missed call from foreign number should i call back',
          'telemarketing calls every day',
          'call blocker',
        ],
      },
      fr: {
        title: 'Bloquer les appels indésirables',
        summary: 'Activez Lumio Bouclier Appels (gratuit) dans l’appli pour signaler ou bloquer les numéros de spam connus. Vous pouvez aussi bloquer un numéro depuis le téléphone, et ne rappelez jamais un appel manqué d’un numéro étranger inconnu.',
        body: `## Lumio Bouclier Appels (gratuit)

Dans l’**appli Lumio > Paramètres > Bouclier Appels** :

- **Signaler** : les appels suspects affichent *Risque de spam* à l’écran.
- **Bloquer** : les numéros de spam connus ne sonnent plus.

## Bloquer un numéro sur le téléphone

- **iPhone** : *Téléphone > Récents > (i) > Bloquer ce correspondant*.
- **Android** : *Téléphone > Récents > appui long > Bloquer*.

## Les appels « ping »

Un appel manqué d’un **numéro étranger inconnu** (une sonnerie, puis plus rien) est souvent un piège : rappeler coûte très cher. **Ne rappelez pas.** Si c’est important, la personne laissera un message.

## Démarchage téléphonique

Inscrivez votre numéro sur **Bloctel** (bloctel.gouv.fr) : les entreprises n’ont plus le droit de vous démarcher.`,
        alternativeQuestions: [
          'bloquer les appels indésirables',
          'trop d’appels de démarchage',
          'comment bloquer un numéro',
          'appel manqué numéro étranger je rappelle ?',
          'démarchage tous les jours',
          'bloqueur d’appels',
        ],
      },
    },
  },
];

export const HELP_ARTICLES: SeedArticle[] = [
  {
    slug: 'contact-customer-service',
    category: 'help-accessibility',
    audience: 'public',
    tags: ['contact', 'opening-hours', 'chat', 'shop'],
    intents: ['help.contact'],
    locales: {
      en: {
        title: 'Contact customer service',
        summary: 'Chat with us in the Lumio app (8 am to 10 pm, every day), call 700 from your Lumio mobile or 0800 700 700 from any phone (free, Monday to Saturday 8 am to 8 pm), or visit a Lumio shop.',
        body: `## The fastest ways

| Channel | When | Cost |
|---|---|---|
| **Chat** in the Lumio app or [online](https://www.lumio.example/help/chat) | every day, 8 am to 10 pm | free |
| **Phone**: 700 from your Lumio mobile, 0800 700 700 from any phone | Monday to Saturday, 8 am to 8 pm | free |
| **Lost or stolen phone, fraud**: 0800 700 700 | 24/7 | free |
| **Lumio shops** ([find a shop](https://www.lumio.example/shops)) | shop opening hours | free |

## Before you call

- Have your **customer reference** (on your bill, starts with LU) or your Lumio number ready.
- Many questions are answered in seconds in the app: bills, usage, transfer code, PUK code.

## Write to us

By post: Lumio Telecom, Customer Service, 10 rue de l'Exemple, 75000 Paris. Expect a reply within 10 working days.`,
        alternativeQuestions: [
          'how do i contact lumio',
          'customer service phone number',
          'talk to a human',
          'opening hours customer service',
          'chat with an agent',
          'lumio shop near me',
          'speak to someone',
        ],
        variants: {
          bot: 'You can chat with an agent in the Lumio app every day from 8 am to 10 pm, or call 700 from your Lumio mobile (0800 700 700 from another phone), free, Monday to Saturday from 8 am to 8 pm.',
          voice: 'You can call us free of charge on seven hundred from your Lumio mobile, Monday to Saturday, from eight in the morning to eight in the evening. You can also chat with us in the Lumio app every day until ten in the evening.',
        },
      },
      fr: {
        title: 'Contacter le service client',
        summary: 'Écrivez-nous par chat dans l’appli Lumio (8 h-22 h, 7j/7), appelez le 700 depuis votre mobile Lumio ou le 0 800 700 700 depuis n’importe quel téléphone (gratuit, du lundi au samedi de 8 h à 20 h), ou passez en boutique Lumio.',
        body: `## Les moyens les plus rapides

| Canal | Horaires | Coût |
|---|---|---|
| **Chat** dans l’appli Lumio ou [en ligne](https://www.lumio.example/fr/aide/chat) | 7j/7, de 8 h à 22 h | gratuit |
| **Téléphone** : 700 depuis votre mobile Lumio, 0 800 700 700 depuis un autre téléphone | du lundi au samedi, de 8 h à 20 h | gratuit |
| **Perte, vol, fraude** : 0 800 700 700 | 24h/24, 7j/7 | gratuit |
| **Boutiques Lumio** ([trouver une boutique](https://www.lumio.example/fr/boutiques)) | horaires de la boutique | gratuit |

## Avant d’appeler

- Munissez-vous de votre **référence client** (sur votre facture, elle commence par LU) ou de votre numéro Lumio.
- Beaucoup de réponses sont immédiates dans l’appli : factures, consommation, code RIO, code PUK.

## Nous écrire

Par courrier : Lumio Telecom, Service client, 10 rue de l’Exemple, 75000 Paris. Réponse sous 10 jours ouvrés.`,
        alternativeQuestions: [
          'comment contacter lumio',
          'numéro du service client',
          'parler à un conseiller',
          'horaires service client',
          'chat avec un conseiller',
          'boutique lumio près de chez moi',
          'joindre quelqu’un',
        ],
        variants: {
          bot: 'Vous pouvez écrire à un conseiller par chat dans l’appli Lumio, 7j/7 de 8 h à 22 h, ou appeler le 700 depuis votre mobile Lumio (0 800 700 700 depuis un autre téléphone), gratuitement, du lundi au samedi de 8 h à 20 h.',
          voice: 'Vous pouvez nous appeler gratuitement au sept cents depuis votre mobile Lumio, du lundi au samedi, de huit heures à vingt heures. Vous pouvez aussi nous écrire par chat dans l’appli Lumio, tous les jours jusqu’à vingt-deux heures.',
        },
      },
    },
  },
  {
    slug: 'accessibility-services',
    category: 'help-accessibility',
    audience: 'public',
    tags: ['accessibility', 'disability', 'deaf', 'blind'],
    intents: ['help.accessibility'],
    locales: {
      en: {
        title: 'Accessibility services',
        summary: 'Deaf, hard-of-hearing and speech-impaired customers can reach us by video relay in sign language, live text or chat. Bills are available in large print and Braille for free, and our priority support line serves customers who need extra help.',
        body: `## Contacting us

- **Video relay in sign language**, **live transcription** and **text relay**: through our [accessible contact service](https://www.lumio.example/accessibility/contact), Monday to Friday, 8:30 am to 6 pm, free.
- **Chat** in the Lumio app, every day from 8 am to 10 pm.
- **Priority support**: tell us once that you need extra help (disability, illness, age) and your calls go to a specially trained team.

## Bills and documents

Free on request: **large print**, **Braille**, **audio** bills and contracts. Ask in **My Lumio > Settings > Accessibility** or by chat.

## Phones and plans

- Our shops can advise you on phones with hearing-aid compatibility, large keys or screen readers.
- The **Lumio Access** plan includes unlimited texts and extra data for video calls, at a reduced price, for customers with a disability card.

## Our website and app

Our app and site aim to meet the WCAG 2.2 AA level. Report an accessibility problem to **accessibility@lumio.example**.`,
        alternativeQuestions: [
          'i am deaf how can i contact you',
          'sign language customer service',
          'braille bill',
          'large print bill',
          'accessibility options',
          'help for disabled customers',
          'i am blind can i get my bill in audio',
        ],
        internalNotes: 'Record the need in the CRM (Customer > Accessibility) so that every channel adapts: format of letters, priority routing. Never ask for proof of disability for bill formats.',
      },
      fr: {
        title: 'Services d’accessibilité',
        summary: 'Les clients sourds, malentendants ou aphasiques peuvent nous joindre en visio en langue des signes (LSF), par transcription en temps réel ou par chat. Les factures sont disponibles gratuitement en gros caractères et en braille, et une ligne prioritaire accompagne les clients qui ont besoin d’aide.',
        body: `## Nous contacter

- **Visio en LSF**, **transcription en temps réel (TTRP)** et **LPC** : via notre [service de contact accessible](https://www.lumio.example/fr/accessibilite/contact), du lundi au vendredi de 8 h 30 à 18 h, gratuit.
- **Chat** dans l’appli Lumio, 7j/7 de 8 h à 22 h.
- **Accompagnement prioritaire** : signalez-nous une fois que vous avez besoin d’aide (handicap, maladie, âge) et vos appels seront dirigés vers une équipe formée.

## Factures et documents

Gratuits sur demande : factures et contrats en **gros caractères**, en **braille** ou en **audio**. Faites la demande dans **Espace client > Paramètres > Accessibilité** ou par chat.

## Téléphones et forfaits

- Nos boutiques vous conseillent sur les téléphones compatibles avec les appareils auditifs, à grosses touches ou avec lecteur d’écran.
- Le forfait **Lumio Access** inclut SMS illimités et data pour la visio à tarif réduit, pour les titulaires d’une carte mobilité inclusion.

## Notre site et notre appli

Ils visent le niveau AA du RGAA. Signalez un problème d’accessibilité à **accessibilite@lumio.example**.`,
        alternativeQuestions: [
          'je suis sourd comment vous contacter',
          'service client en langue des signes',
          'facture en braille',
          'facture en gros caractères',
          'options d’accessibilité',
          'aide pour personnes handicapées',
          'je suis malvoyant facture audio',
        ],
        internalNotes: 'Enregistrer le besoin dans le CRM (Client > Accessibilité) pour que tous les canaux s’adaptent : format des courriers, routage prioritaire. Ne jamais demander de justificatif de handicap pour un format de facture.',
      },
    },
  },
  {
    slug: 'make-a-complaint',
    category: 'help-accessibility',
    audience: 'public',
    tags: ['complaint', 'ombudsman'],
    intents: ['help.complaint'],
    locales: {
      en: {
        title: 'Make a complaint',
        summary: 'Tell us by chat, phone or the complaint form in My Lumio: we acknowledge within 48 hours and answer within 10 working days. If you are not satisfied after 8 weeks, you can refer the matter to the independent telecoms ombudsman, free of charge.',
        body: `We are sorry if something went wrong. Here is how we handle complaints.

## 1. Tell us

- [Complaint form](https://my.lumio.example/complaint) in My Lumio (recommended: you can attach documents and follow the case), or
- by chat or phone: ask the agent to **log a complaint**.

You get a **case number** and an acknowledgement within **48 hours**.

## 2. Our answer

A dedicated team answers within **10 working days**, with a written explanation and, where appropriate, a solution (refund, credit, repair).

## 3. Not satisfied?

Ask for a **review by our Consumer Relations team**: reply to our answer and say what you expect. They answer within 30 days.

## 4. The ombudsman

If you still disagree, or if **8 weeks** have passed since your first complaint, you can refer it to the **independent telecoms ombudsman**. It is free and their recommendation is binding on us if you accept it. Details are on our [complaints page](https://www.lumio.example/help/complaints).`,
        alternativeQuestions: [
          'i want to make a complaint',
          'how to complain about lumio',
          'complaint procedure',
          'nobody is solving my problem',
          'telecom ombudsman',
          'escalate my complaint',
          'formal complaint',
        ],
        variants: {
          email: 'We are sorry about your experience. Your message has been logged as a complaint, and you will receive your case number by email within 48 hours. Our complaints team will reply within 10 working days. If you are not satisfied with our answer, you can ask for a review by our Consumer Relations team and, after 8 weeks, refer the matter to the independent telecoms ombudsman, free of charge.',
        },
        internalNotes: 'Log every expression of dissatisfaction the customer calls a complaint, even if you solve it on the call (Case type: Complaint). Ombudsman letters go to Consumer Relations only.',
      },
      fr: {
        title: 'Déposer une réclamation',
        summary: 'Contactez-nous par chat, téléphone ou via le formulaire de réclamation de l’Espace client : nous accusons réception sous 48 heures et répondons sous 10 jours ouvrés. Si la réponse ne vous satisfait pas, vous pouvez saisir gratuitement le Médiateur des communications électroniques.',
        body: `Nous sommes désolés si quelque chose s’est mal passé. Voici comment nous traitons les réclamations.

## 1. Contactez-nous

- [Formulaire de réclamation](https://my.lumio.example/fr/reclamation) dans l’Espace client (recommandé : vous pouvez joindre des documents et suivre le dossier), ou
- par chat ou téléphone : demandez au conseiller d’**enregistrer une réclamation**.

Vous recevez un **numéro de dossier** et un accusé de réception sous **48 heures**.

## 2. Notre réponse

Une équipe dédiée vous répond sous **10 jours ouvrés**, par écrit et, si besoin, avec une solution (remboursement, avoir, intervention).

## 3. Pas satisfait ?

Demandez un **réexamen par notre Service Consommateurs** : répondez à notre courrier en précisant votre attente. Réponse sous 30 jours.

## 4. Le médiateur

Si le désaccord persiste, ou si **2 mois** se sont écoulés depuis votre première réclamation, vous pouvez saisir le **Médiateur des communications électroniques**. C’est gratuit, et nous appliquons son avis si vous l’acceptez. Toutes les informations sont sur notre [page réclamations](https://www.lumio.example/fr/aide/reclamations).`,
        alternativeQuestions: [
          'faire une réclamation',
          'porter plainte contre lumio',
          'procédure de réclamation',
          'personne ne règle mon problème',
          'médiateur télécom',
          'je suis mécontent du service',
          'réclamation écrite',
        ],
        variants: {
          email: 'Nous sommes désolés de votre expérience. Votre message a été enregistré comme réclamation et vous recevrez votre numéro de dossier par e-mail sous 48 heures. Notre équipe réclamations vous répondra sous 10 jours ouvrés. Si notre réponse ne vous satisfait pas, vous pourrez demander un réexamen par notre Service Consommateurs, puis, au-delà de 2 mois, saisir gratuitement le Médiateur des communications électroniques.',
        },
        internalNotes: 'Enregistrer comme réclamation toute insatisfaction que le client qualifie ainsi, même résolue pendant l’appel (Type de dossier : Réclamation). Les courriers du médiateur vont exclusivement au Service Consommateurs.',
      },
    },
  },
];
