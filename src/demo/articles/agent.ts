import type { SeedArticle } from '../types.js';

/** Agent-only procedures: `internal` articles, never served to public or bot keys. */
export const AGENT_ARTICLES: SeedArticle[] = [
  {
    slug: 'agent-verify-caller-identity',
    category: 'agent-procedures',
    audience: 'internal',
    tags: ['procedure', 'identity', 'security'],
    intents: [],
    locales: {
      en: {
        title: 'Verifying the caller\'s identity',
        summary: 'Before discussing or changing an account, pass two checks: the one-time code sent to the line (or the customer passphrase), plus one account detail. Account changes that enable a SIM swap need the strong check.',
        body: `## Standard check (information, bills, plan changes)

1. Send a **one-time code** from the CRM (*Customer > Verify > Send code*) to the Lumio line on the account, and ask the caller to read it.
2. Ask **one** of: date of birth, last 4 digits of the IBAN, amount of the last bill.

If the caller cannot receive the code (lost phone), use the **customer passphrase** instead, if set.

## Strong check (SIM, eSIM, holder, contact email or number changes)

- Code **and** passphrase, or
- in shop, with ID checked by the shop.

**Never** issue a SIM or eSIM, or change the contact email, on a standard check.

## What you can do without any check

- **Block a line** (it protects the holder).
- Give general information that is on the public help centre.

## Third parties

A caller who is not the holder needs to be registered as an **authorised person** on the account (*Customer > Authorised persons*). A power of attorney or guardianship document must be on file for legal representatives.`,
        alternativeQuestions: [
          'how to verify the customer identity',
          'identity check procedure',
          'caller failed verification',
          'customer cannot receive the code',
          'can i talk to the wife of the account holder',
          'strong authentication sim change',
        ],
        variants: {
          agent: 'Standard: one-time code to the line + one account detail. Strong (SIM, eSIM, holder, contact email/number): code + passphrase, or ID in shop. Blocking a line needs no check.',
        },
      },
      fr: {
        title: 'Vérifier l’identité de l’appelant',
        summary: 'Avant de parler d’un compte ou de le modifier, effectuez deux contrôles : le code à usage unique envoyé sur la ligne (ou la phrase secrète), plus une information du compte. Les changements qui permettent une fraude à la SIM exigent la vérification renforcée.',
        body: `## Vérification standard (informations, factures, changement de forfait)

1. Envoyez un **code à usage unique** depuis le CRM (*Client > Vérifier > Envoyer un code*) sur la ligne Lumio du compte, et demandez à l’appelant de le lire.
2. Demandez **une** information parmi : date de naissance, 4 derniers chiffres de l’IBAN, montant de la dernière facture.

Si l’appelant ne peut pas recevoir le code (téléphone perdu), utilisez la **phrase secrète**, si elle existe.

## Vérification renforcée (SIM, eSIM, titulaire, e-mail ou numéro de contact)

- Code **et** phrase secrète, ou
- en boutique, avec contrôle de la pièce d’identité.

**Jamais** d’émission de SIM ou d’eSIM, ni de changement d’e-mail de contact, sur une vérification standard.

## Sans aucune vérification

- **Bloquer une ligne** (cela protège le titulaire).
- Donner les informations générales publiées dans l’aide en ligne.

## Tiers

Un appelant qui n’est pas le titulaire doit être enregistré comme **personne autorisée** sur le compte (*Client > Personnes autorisées*). Pour un représentant légal, la procuration ou le jugement de tutelle doit figurer au dossier.`,
        alternativeQuestions: [
          'comment vérifier l’identité du client',
          'procédure de vérification d’identité',
          'l’appelant échoue à la vérification',
          'le client ne reçoit pas le code',
          'je peux parler à l’épouse du titulaire ?',
          'vérification renforcée changement de sim',
        ],
        variants: {
          agent: 'Standard : code à usage unique sur la ligne + une information du compte. Renforcée (SIM, eSIM, titulaire, e-mail/numéro de contact) : code + phrase secrète, ou pièce d’identité en boutique. Le blocage d’une ligne ne nécessite aucune vérification.',
        },
      },
    },
  },
  {
    slug: 'agent-goodwill-credits',
    category: 'agent-procedures',
    audience: 'internal',
    tags: ['procedure', 'goodwill', 'credit', 'billing'],
    intents: [],
    locales: {
      en: {
        title: 'Goodwill credits: limits and approval',
        summary: 'Agents can give up to €20 per customer per 12 months without approval; team leaders up to €100; above that, the billing back office. Always log the reason code, and never promise a credit before it is applied.',
        body: `## Limits (per customer, rolling 12 months)

| Who | Limit |
|---|---|
| Agent | €20 |
| Team leader | €100 |
| Billing back office | above €100 |

The CRM shows the total already given on the account (*Billing > Credits*). The limits include credits given by other channels.

## When a credit is appropriate

- Our mistake (wrong plan applied, missed appointment by our technician, wrong information given).
- Outage compensation is **automatic** after 48 h: do not add a goodwill credit on top.

## How

1. *Billing > Credits > New goodwill credit*.
2. Choose the **reason code** and write one line of context.
3. Tell the customer the amount and that it appears **on the next bill**.

## Do not

- Give credits to end a difficult call when we made no mistake; offer the complaint process instead.
- Split a credit into several small ones to stay under your limit.`,
        alternativeQuestions: [
          'how much credit can i give',
          'goodwill gesture limit',
          'who approves a credit over 20 euros',
          'customer wants compensation',
          'reason codes for credits',
        ],
      },
      fr: {
        title: 'Gestes commerciaux : plafonds et validation',
        summary: 'Un conseiller peut accorder jusqu’à 20 € par client sur 12 mois sans validation ; un responsable d’équipe jusqu’à 100 € ; au-delà, le back-office facturation. Toujours saisir le code motif, et ne jamais promettre un geste avant de l’avoir appliqué.',
        body: `## Plafonds (par client, sur 12 mois glissants)

| Qui | Plafond |
|---|---|
| Conseiller | 20 € |
| Responsable d’équipe | 100 € |
| Back-office facturation | au-delà de 100 € |

Le CRM affiche le total déjà accordé sur le compte (*Facturation > Avoirs*). Les plafonds incluent les gestes accordés par les autres canaux.

## Quand accorder un geste

- Erreur de notre part (mauvais forfait appliqué, rendez-vous technicien manqué par nous, information erronée).
- Le dédommagement des pannes est **automatique** au-delà de 48 h : ne pas y ajouter de geste.

## Comment

1. *Facturation > Avoirs > Nouveau geste commercial*.
2. Choisissez le **code motif** et ajoutez une ligne de contexte.
3. Annoncez le montant au client et précisez qu’il apparaîtra **sur la prochaine facture**.

## À éviter

- Accorder un geste pour clore un appel difficile alors que nous n’avons commis aucune erreur ; proposez plutôt la procédure de réclamation.
- Fractionner un geste en plusieurs petits pour rester sous votre plafond.`,
        alternativeQuestions: [
          'combien je peux accorder en geste commercial',
          'plafond geste commercial',
          'qui valide un avoir de plus de 20 euros',
          'le client demande un dédommagement',
          'codes motif avoir',
        ],
      },
    },
  },
  {
    slug: 'agent-sim-replacement-checks',
    category: 'agent-procedures',
    audience: 'internal',
    tags: ['procedure', 'sim', 'fraud', 'security'],
    intents: ['fraud.sim_swap'],
    locales: {
      en: {
        title: 'SIM and eSIM replacement: anti-fraud checks',
        summary: 'Issue a replacement SIM or eSIM only after the strong identity check, never to an address or email changed in the last 30 days, and never when the "SIM swap protection" flag is set without the Fraud team\'s approval.',
        body: `SIM swap fraud is the main way our customers' bank accounts get emptied. These checks are mandatory.

## Before issuing

1. **Strong identity check** passed (see *Verifying the caller's identity*).
2. Check **recent changes** (*Customer > History*): contact email, address or password changed in the **last 30 days**? Then the SIM can only be delivered **in shop**, with ID.
3. Check the **flags** (*Security > Flags*). If *SIM swap protection* is set: stop, transfer to the Fraud team.
4. The caller is in a hurry, is calling from a number that is not on the account, or pushes you to skip steps? Treat as suspicious: offer shop collection only.

## Issuing

- Physical SIM: delivered to the **billing address** only, by tracked post.
- eSIM: QR code sent to the **contact email**, which must not have changed in the last 30 days.

The customer receives an automatic text and email on the old line and address: tell them.

## If in doubt

Do not issue. Log a *Suspected fraud* case and transfer to the Fraud queue.`,
        alternativeQuestions: [
          'can i send a new sim to a new address',
          'sim swap checks',
          'customer wants esim urgently',
          'sim swap protection flag',
          'replacement sim procedure',
        ],
        variants: {
          agent: 'Strong ID check → no contact/address/password change in 30 days (else shop only) → no "SIM swap protection" flag (else Fraud team) → SIM to billing address / eSIM to unchanged contact email. In doubt: do not issue, log Suspected fraud.',
        },
      },
      fr: {
        title: 'Remplacement de SIM et d’eSIM : contrôles anti-fraude',
        summary: 'N’émettez une SIM ou eSIM de remplacement qu’après la vérification renforcée, jamais vers une adresse ou un e-mail modifiés dans les 30 derniers jours, et jamais si l’indicateur « Protection SIM » est posé sans l’accord de l’équipe Fraude.',
        body: `La fraude à la SIM est la première cause de comptes bancaires vidés chez nos clients. Ces contrôles sont obligatoires.

## Avant d’émettre

1. **Vérification d’identité renforcée** réussie (voir *Vérifier l’identité de l’appelant*).
2. Consultez les **modifications récentes** (*Client > Historique*) : e-mail de contact, adresse ou mot de passe modifiés dans les **30 derniers jours** ? La SIM ne peut alors être remise **qu’en boutique**, sur pièce d’identité.
3. Vérifiez les **indicateurs** (*Sécurité > Indicateurs*). Si *Protection SIM* est posé : arrêtez, transférez à l’équipe Fraude.
4. L’appelant est pressé, appelle d’un numéro absent du compte, ou insiste pour sauter des étapes ? Considérez la demande comme suspecte : proposez uniquement le retrait en boutique.

## Émission

- SIM physique : envoyée uniquement à l’**adresse de facturation**, en envoi suivi.
- eSIM : QR code envoyé à l’**e-mail de contact**, qui ne doit pas avoir changé depuis 30 jours.

Le client reçoit automatiquement un SMS et un e-mail sur l’ancienne ligne et l’ancienne adresse : prévenez-le.

## En cas de doute

N’émettez pas. Ouvrez un dossier *Suspicion de fraude* et transférez vers la file Fraude.`,
        alternativeQuestions: [
          'envoyer une sim à une nouvelle adresse',
          'contrôles sim swap',
          'le client veut une esim en urgence',
          'indicateur protection sim',
          'procédure sim de remplacement',
        ],
        variants: {
          agent: 'Vérification renforcée → aucun changement d’e-mail/adresse/mot de passe depuis 30 jours (sinon boutique) → pas d’indicateur « Protection SIM » (sinon équipe Fraude) → SIM à l’adresse de facturation / eSIM à l’e-mail inchangé. En cas de doute : ne pas émettre, dossier Suspicion de fraude.',
        },
      },
    },
  },
  {
    slug: 'agent-major-outage-script',
    category: 'agent-procedures',
    audience: 'internal',
    tags: ['procedure', 'outage', 'script'],
    intents: ['network.outage'],
    locales: {
      en: {
        title: 'Major outage: call handling',
        summary: 'During a declared major incident, confirm the outage from the incident banner, give the official estimated repair time only, offer the text notification, and do not book technicians or troubleshoot for affected postcodes.',
        body: `A **major incident** is declared by the Network Operations Centre; it shows as a red banner in the CRM with the affected postcodes and the official message.

## Script

1. Check the customer's postcode against the banner.
2. *"There is currently an incident affecting [mobile / internet] in your area. Our teams are working on it; the estimated repair time is [time from the banner]."*
3. Offer the **text notification**: *Customer > Notify on incident resolution*.
4. Close with the reason code **Known incident** (keeps handling time out of your stats).

## Do not

- Do not troubleshoot or book a technician for an affected postcode: it fills slots needed after the repair.
- Do not guess causes ("a cable was cut") or times: only the banner's wording.
- Do not promise compensation: it is **automatic** after 48 h for home internet.

## Customers who need priority

Customers with a medical alarm or telecare device on the line: flag them (*Customer > Vulnerability > Depends on line*) and offer a **temporary mobile data boost** or a loan 4G box from a shop.`,
        alternativeQuestions: [
          'what do i tell customers during an outage',
          'major incident script',
          'outage call handling',
          'customer angry about network outage',
          'reason code known incident',
        ],
      },
      fr: {
        title: 'Incident majeur : traitement des appels',
        summary: 'Pendant un incident majeur déclaré, confirmez la panne d’après le bandeau d’incident, annoncez uniquement le délai de rétablissement officiel, proposez la notification par SMS, et ne lancez ni diagnostic ni rendez-vous technicien pour les codes postaux touchés.',
        body: `Un **incident majeur** est déclaré par le centre de supervision réseau ; il apparaît dans le CRM sous forme de bandeau rouge avec les codes postaux touchés et le message officiel.

## Script

1. Comparez le code postal du client avec ceux du bandeau.
2. *« Un incident touche actuellement [le mobile / internet] dans votre secteur. Nos équipes sont mobilisées ; le rétablissement est estimé à [heure du bandeau]. »*
3. Proposez la **notification par SMS** : *Client > Prévenir à la résolution de l’incident*.
4. Clôturez avec le code motif **Incident connu** (le temps de traitement est exclu de vos statistiques).

## À éviter

- Pas de diagnostic ni de rendez-vous technicien pour un code postal touché : ces créneaux seront nécessaires après la réparation.
- Pas d’hypothèse sur la cause (« un câble a été coupé ») ni sur les délais : uniquement le message du bandeau.
- Pas de promesse de dédommagement : il est **automatique** au-delà de 48 h pour internet à la maison.

## Clients prioritaires

Clients équipés d’une téléalarme ou d’un dispositif médical sur la ligne : signalez-les (*Client > Vulnérabilité > Dépend de la ligne*) et proposez un **bonus de data mobile** temporaire ou le prêt d’une box 4G en boutique.`,
        alternativeQuestions: [
          'que dire aux clients pendant une panne',
          'script incident majeur',
          'traitement des appels panne réseau',
          'client en colère à cause d’une panne',
          'code motif incident connu',
        ],
      },
    },
  },
  {
    slug: 'agent-vulnerable-customers',
    category: 'agent-procedures',
    audience: 'internal',
    tags: ['procedure', 'vulnerability', 'care'],
    intents: [],
    locales: {
      en: {
        title: 'Supporting customers in vulnerable situations',
        summary: 'When a customer mentions illness, bereavement, disability, financial hardship or abuse, record the need (with consent), adapt the solution, and transfer to the Care team if the situation needs more than one call.',
        body: `Vulnerability can be permanent (disability) or temporary (bereavement, job loss, hospital stay). Listen for the cues.

## On the call

1. **Acknowledge** what the customer tells you; do not rush.
2. Ask for **consent** to record the need: *"Would it help if I noted this on your account, so you don't have to explain it again?"*
3. Record it in *Customer > Vulnerability* (category + short factual note; no medical detail).

## Adapt

- **Financial hardship**: offer a payment arrangement up to 6 months; suspend late fees; check for a cheaper plan.
- **Bereavement**: fee-free cancellation or transfer; no retention offer.
- **Depends on the line** (telecare, medical device): priority repair flag.
- **Domestic abuse**: never disclose account details to another person, even an account co-holder, without checking with the customer; offer to change the number for free.

## Transfer to Care

If the situation needs follow-up, transfer to the **Care team** (skill *care*), Monday to Friday 9 am to 6 pm, or book a callback.`,
        alternativeQuestions: [
          'customer says they lost their job',
          'vulnerable customer procedure',
          'customer in hospital cannot pay',
          'domestic abuse customer wants new number',
          'care team transfer',
        ],
      },
      fr: {
        title: 'Accompagner les clients en situation de vulnérabilité',
        summary: 'Quand un client évoque une maladie, un deuil, un handicap, des difficultés financières ou des violences, enregistrez le besoin (avec son accord), adaptez la solution et transférez à l’équipe Accompagnement si la situation demande plus d’un appel.',
        body: `La vulnérabilité peut être durable (handicap) ou temporaire (deuil, perte d’emploi, hospitalisation). Soyez attentif aux signaux.

## Pendant l’appel

1. **Prenez acte** de ce que dit le client ; ne le pressez pas.
2. Demandez son **accord** pour noter le besoin : *« Souhaitez-vous que je l’indique sur votre compte, pour ne pas avoir à le réexpliquer ? »*
3. Enregistrez-le dans *Client > Vulnérabilité* (catégorie + note factuelle courte ; aucun détail médical).

## Adapter la réponse

- **Difficultés financières** : échéancier jusqu’à 6 mois ; suspension des frais de retard ; recherche d’un forfait moins cher.
- **Deuil** : résiliation ou transfert sans frais ; aucune offre de fidélisation.
- **Dépend de la ligne** (téléalarme, dispositif médical) : indicateur de réparation prioritaire.
- **Violences conjugales** : ne jamais communiquer d’informations du compte à une autre personne, même cotitulaire, sans en parler avec le client ; proposer un changement de numéro gratuit.

## Transfert à l’équipe Accompagnement

Si la situation demande un suivi, transférez à l’**équipe Accompagnement** (compétence *care*), du lundi au vendredi de 9 h à 18 h, ou programmez un rappel.`,
        alternativeQuestions: [
          'le client dit avoir perdu son emploi',
          'procédure client vulnérable',
          'client hospitalisé ne peut pas payer',
          'victime de violences veut changer de numéro',
          'transfert équipe accompagnement',
        ],
      },
    },
  },
  {
    slug: 'agent-retention-offers',
    category: 'agent-procedures',
    audience: 'internal',
    tags: ['procedure', 'retention', 'cancellation'],
    intents: ['contract.cancel'],
    locales: {
      en: {
        title: 'Cancellation calls: retention offers',
        summary: 'Understand why the customer wants to leave, then offer at most one eligible offer from the CRM\'s retention panel. If the customer declines, process the cancellation at once: never refuse or delay it.',
        body: `## 1. Ask why

Pick the reason in *Contract > Cancellation > Reason*: price, network quality, moving, service experience, competitor offer.

## 2. Offer (once)

The **retention panel** lists only the offers the account is eligible for. Typical offers:

| Reason | Offer |
|---|---|
| Price | -€5/month for 12 months, or a cheaper plan without fees |
| Network quality at home | free Wi-Fi extender, Wi-Fi calling set-up |
| Competitor offer | match on data, up to the panel's limit |

Present **one** offer, clearly, with its duration and the price after it ends.

## 3. Respect the answer

- Declined: process the cancellation, confirm the end date and the [early termination fees](https://www.lumio.example/help/early-termination-fees) if any.
- Porting out: give the transfer code; no cancellation needed.

## Never

- Refuse, delay or "forget" to log a cancellation.
- Make offers to customers in bereavement or financial hardship cases (see *Supporting customers in vulnerable situations*).`,
        alternativeQuestions: [
          'customer wants to cancel what can i offer',
          'retention offer',
          'save desk offers',
          'customer leaving for a cheaper competitor',
          'how many offers can i make',
        ],
      },
      fr: {
        title: 'Appels de résiliation : offres de fidélisation',
        summary: 'Comprenez pourquoi le client veut partir, puis proposez au plus une offre éligible du panneau fidélisation du CRM. S’il refuse, traitez la résiliation immédiatement : ne jamais la refuser ni la retarder.',
        body: `## 1. Demandez le motif

Sélectionnez-le dans *Contrat > Résiliation > Motif* : prix, qualité du réseau, déménagement, expérience de service, offre concurrente.

## 2. Proposez (une fois)

Le **panneau fidélisation** n’affiche que les offres auxquelles le compte est éligible. Offres courantes :

| Motif | Offre |
|---|---|
| Prix | -5 €/mois pendant 12 mois, ou un forfait moins cher sans frais |
| Réseau faible à domicile | répéteur Wi-Fi offert, activation des appels Wi-Fi |
| Offre concurrente | alignement sur la data, dans la limite du panneau |

Présentez **une** offre, clairement, avec sa durée et le prix à son terme.

## 3. Respectez la réponse

- Refus : traitez la résiliation, confirmez la date de fin et les éventuels [frais de résiliation anticipée](https://www.lumio.example/fr/aide/frais-resiliation).
- Portabilité sortante : donnez le code RIO ; aucune résiliation à faire.

## Jamais

- Refuser, retarder ou « oublier » d’enregistrer une résiliation.
- Faire une offre dans un dossier de deuil ou de difficultés financières (voir *Accompagner les clients en situation de vulnérabilité*).`,
        alternativeQuestions: [
          'le client veut résilier que proposer',
          'offre de fidélisation',
          'offres rétention',
          'client qui part chez un concurrent moins cher',
          'combien d’offres je peux faire',
        ],
      },
    },
  },
];
