import type { PageKind } from '@/payload/pages/pageKinds'

export type SeedPage = {
  kind: PageKind
  title: string
  summary: string
  /** Markdown, turned into rich text by the seed. */
  content: string
  /** Whole: a re-run over an audited statement must not leave its rate beside "non conforme". */
  accessibility?: { conformity: 'none' | 'partial' | 'full'; rate: number | null; auditedAt: string | null }
}

// The demo's own pages. Placeholders a real publisher must replace (company number, host) say
// so in brackets; the rest describes what this code base does.
export const seedPages: SeedPage[] = [
  {
    kind: 'about',
    title: 'À propos de Repères',
    summary: 'Repères aide les collégiens, les lycéens, leurs parents et les adultes en reconversion à découvrir des métiers et les chemins pour y arriver.',
    content: `## Pour qui

Pour qui se demande « et après ? » : un élève qui choisit une filière, un parent qui l’accompagne, un adulte qui change de voie.

## Ce que vous trouvez ici

- des **fiches métiers** : ce que l’on fait, ce qu’il faut savoir faire, les formations qui y mènent et ce que l’on gagne, chiffres sourcés ;
- des **actualités** de l’orientation et des formations, datées et suivies par flux RSS ou par courriel ;
- une **comparaison** de deux ou trois métiers côte à côte.

## Qui écrit

Une petite équipe éditoriale, selon la [charte éditoriale](/charte-editoriale). Une partie des fiches vient des données ouvertes de l’Onisep, citées sur chaque fiche concernée.`,
  },
  {
    kind: 'editorialCharter',
    title: 'Charte éditoriale',
    summary: 'Comment nous écrivons les fiches et les actualités : sources citées, dates affichées, corrections signalées.',
    content: `## Des sources pour chaque chiffre

Un salaire n’est affiché qu’avec sa source et son année. Une fourchette sans source reste dans nos brouillons.

## Des dates honnêtes

Chaque page indique sa date de publication et sa dernière mise à jour (« MAJ le »). Une faute corrigée ne change pas cette date ; un contenu modifié, si.

## Un langage clair

Phrases courtes, métiers nommés au masculin et au féminin, sigles expliqués à leur première apparition.

## Indépendance

Aucune école ni aucun organisme ne paie pour figurer sur Repères. Une actualité qui parle d’un établissement le dit dans son titre.

## Une erreur ?

Écrivez-nous (voir la page [Contact](/contact)) : nous corrigeons et la date de mise à jour l’indique.`,
  },
  {
    kind: 'salarySources',
    title: 'D’où viennent les salaires',
    summary: 'Les fourchettes de salaire des fiches : ce qu’elles mesurent, qui les publie, et comment les lire.',
    content: `## Ce que mesurent les chiffres

Des salaires **bruts mensuels**, pour un **temps plein**, primes comprises quand la source les inclut. Chaque fiche distingue, quand la source le permet, le début de carrière, l’expérience et l’ensemble du métier.

## Qui les publie

Chaque fourchette nomme sa source et son année sous le graphique de la fiche : enquêtes de l’Apec, de l’Insee ou de la Dares, grilles de conventions collectives, études de branches professionnelles. Les fiches de démonstration portent des chiffres inventés et le disent.

## Comment les lire

Une fourchette décrit des situations courantes, pas une promesse : la région, la taille de l’employeur et le statut (public ou privé) font varier un salaire. Sur la page de comparaison, les barres de tous les métiers partagent la même échelle.`,
  },
  {
    kind: 'contact',
    title: 'Nous contacter',
    summary: 'Une erreur dans une fiche, un problème d’accessibilité, une question : voici comment nous écrire.',
    content: `## Par courriel

Écrivez à **contact@reperes.example** [adresse à remplacer par celle de l’éditeur]. Nous répondons sous cinq jours ouvrés.

## Signaler une erreur

Donnez l’adresse de la page et ce qui vous semble faux ; si vous avez une source, joignez-la.

## Un problème d’accessibilité

Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez-nous en décrivant la page et l’outil que vous utilisez (navigateur, lecteur d’écran…) : nous vous répondrons avec le contenu sous une autre forme. Voir aussi la [déclaration d’accessibilité](/accessibilite).`,
  },
  {
    kind: 'legalNotice',
    title: 'Mentions légales',
    summary: 'Qui édite et héberge Repères, et ce que nous faisons des données que vous nous confiez.',
    content: `## Éditeur

Repères [raison sociale, adresse, numéro d’immatriculation et directeur de la publication à compléter par l’éditeur].

## Hébergement

[Nom, adresse et téléphone de l’hébergeur à compléter.]

## Données personnelles

Repères ne dépose aucun cookie de mesure d’audience ni de publicité sur le site public.

L’abonnement aux actualités par courriel repose sur votre consentement, donné en confirmant votre adresse. Nous gardons votre adresse et vos choix de rubriques tant que vous êtes abonné ; chaque courriel contient un lien de désabonnement qui agit en un clic. Votre adresse est alors effacée : seule reste, comme preuve du retrait de votre consentement, une empreinte chiffrée (SHA-256) de l’adresse avec les dates de consentement et de retrait.

Responsable du traitement : [l’éditeur, à compléter]. Vous pouvez demander l’accès à vos données, leur rectification ou leur effacement en nous écrivant (voir la page [Contact](/contact)), et adresser une réclamation à la CNIL (cnil.fr).

## Réutilisation

Les fiches issues des données de l’Onisep sont réutilisées sous Licence Ouverte ; leur source est citée sur chaque fiche. Les autres textes appartiennent à leurs auteurs.`,
  },
  {
    kind: 'accessibility',
    title: 'Déclaration d’accessibilité',
    summary: 'Repères s’engage à rendre son site accessible à toutes et à tous. Voici où nous en sommes, et comment nous signaler un problème.',
    accessibility: { conformity: 'none', rate: null, auditedAt: null },
    content: `Cette déclaration s’applique au site public de Repères (pages métiers, actualités, recherche, comparaison, abonnement), pas à l’interface d’administration des rédacteurs.

## Pourquoi « non conforme »

Aucun audit de conformité au RGAA n’a encore été mené : tant qu’il n’a pas eu lieu, la loi impose de déclarer le site non conforme. Chaque version est pourtant vérifiée automatiquement (axe-core, aux largeurs d’un téléphone et d’un ordinateur) : langue, titres, repères de navigation, lien d’évitement, focus visible, textes alternatifs, contrastes, taille des zones cliquables.

## Contenus non accessibles connus

Sans audit, la liste des non-conformités n’est pas établie. Sont déjà connus :

- certains documents liés depuis les actualités, publiés par d’autres organismes, peuvent ne pas être accessibles ; ils ne relèvent pas de Repères.

## Établissement de cette déclaration

Établie le 2 décembre 2026, à partir des vérifications automatiques du site.

Technologies utilisées : HTML, CSS, JavaScript et WAI-ARIA (les suggestions de la recherche) ; tout le site reste utilisable sans JavaScript.

## Retour d’information et contact

Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez-nous (voir la page [Contact](/contact)) : nous vous orienterons vers une alternative accessible ou vous transmettrons le contenu sous une autre forme.

## Voies de recours

Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :

- écrire au Défenseur des droits par son [formulaire en ligne](https://formulaire.defenseurdesdroits.fr/) ;
- contacter [le délégué du Défenseur des droits de votre région](https://www.defenseurdesdroits.fr/saisir/delegues) ;
- envoyer un courrier, gratuitement et sans timbre, à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.`,
  },
]
