import type { Career } from '@/payload-types'
import type { EducationLevel } from '@/payload/fields/educationLevels'
import { frenchTypography } from '@/payload/i18n/typography'

type Sheet = Pick<Career, 'feminineTitle' | 'interests' | 'accessRoutes' | 'workingConditions' | 'prospects' | 'pay' | 'sources'>

export type SeedCareer = Sheet & {
  slug: string
  title: string
  /** Other names people search it by, comma-separated. */
  synonyms?: string
  summary: string
  skills: string[]
  missions: string[]
  educationLevel: EducationLevel
  romeCodes: string[]
  sectors: string[]
  related: string[]
  /** Long form, in Markdown, converted to Lexical by Payload's own converter. */
  content: string
  publishedAt: string
  contentUpdatedAt: string
}

// Where the demo's facts come from, said on every page that uses them. The model page gives the
// "Directeur technique" figures and text; everything else was written for the demo, and its
// figures say they are invented (never a citation of a source nobody read).
const MODEL_PAGE = { source: 'Fiche métier «\u00a0Directeur technique\u00a0: tout savoir sur ce métier\u00a0!\u00a0»', year: 2025 }
const INVENTED = { source: 'Chiffres fictifs, inventés pour la démonstration de Repères', year: 2025 }
const DEMO_TEXT = [{ title: 'Fiche de démonstration rédigée par l’équipe de Repères, sans source extérieure', year: 2025 }]

/** Invented beginner, experienced and overall ranges, all under the one INVENTED source line. */
const inventedPay = (beginner: [number, number], experienced: [number, number], overall: [number, number, number]): Career['pay'] => ({
  beginner: { min: beginner[0], max: beginner[1], ...INVENTED },
  experienced: { min: experienced[0], max: experienced[1], ...INVENTED },
  overall: { min: overall[0], average: overall[1], max: overall[2], ...INVENTED },
})

const seedSheets: SeedCareer[] = [
  {
    slug: 'directeur-technique',
    title: 'Directeur technique',
    feminineTitle: 'Directrice technique',
    synonyms: 'Responsable technique, DT, CTO',
    summary:
      "Le directeur technique pilote les moyens et les projets techniques de production d'une entreprise. Entre la direction générale et les équipes, il veille à ce que la production tourne bien et progresse.",
    skills: [
      'Appliquer les mathématiques, la physique et les sciences techniques à des problèmes de production',
      "Connaître les outils de gestion d'entreprise et de son domaine",
      'Manager une équipe et rester disponible pour elle',
      'Faire circuler les savoir-faire techniques entre les services',
      'Conduire des audits internes et faire respecter les normes de qualité',
      'Mener plusieurs dossiers de front et trancher',
    ],
    missions: [
      'Mettre en place les moyens dont la production a besoin',
      'Manager et piloter les projets techniques',
      'Étudier la faisabilité technique des produits proposés par les équipes commerciales',
      'Encadrer et faire grandir ses collaborateurs',
      'Garantir le bon fonctionnement des services de support',
      "Orienter le développement des produits et proposer des pistes d'amélioration",
      "Choisir les principaux fournisseurs de l'entreprise",
      'Coordonner les équipes techniques et les services qui travaillent avec elles',
    ],
    interests: ['leading', 'technology', 'teamwork', 'numbers'],
    educationLevel: 'bac5',
    accessRoutes: [
      {
        startingPoint: 'afterBac',
        bacs: ['general', 'sti2d'],
        note: 'Un master en ingénierie ou en informatique est presque toujours demandé, puis plusieurs années d’expérience.',
        trainings: [
          { title: "Diplôme d'ingénieur (génie industriel, mécanique, électronique ou informatique)", level: 'bac5', durationMonths: 60, apprenticeship: true },
          { title: 'Licence puis master informatique ou ingénierie des systèmes', level: 'bac5', durationMonths: 60, apprenticeship: true },
        ],
      },
      {
        startingPoint: 'afterHigherDegree',
        note: 'Après un BUT ou une licence scientifique, on peut rejoindre une école d’ingénieurs ou un master en cours de route.',
        trainings: [
          { title: 'Master management de la production', level: 'bac5', durationMonths: 24, apprenticeship: true },
          { title: "Cycle ingénieur en admission parallèle", level: 'bac5', durationMonths: 36, apprenticeship: true },
        ],
      },
      {
        startingPoint: 'careerChange',
        note: 'Un ingénieur ou un cadre technique expérimenté y arrive souvent par promotion interne.',
        trainings: [{ title: 'MBA ou master en gestion, en formation continue', level: 'bac5', durationMonths: 18, details: 'Pour compléter un profil technique par la gestion.' }],
      },
    ],
    workingConditions: {
      hours: 'Horaires de cadre, souvent au-delà de 39 heures ; disponibilité en cas d’incident de production.',
      places: ['office', 'workshop'],
      travel: 'occasional',
      details: 'Poste à fortes responsabilités : arbitrages, pression des délais et de la qualité.',
    },
    prospects: {
      outlook: 'Un poste de direction, auquel on accède rarement en début de carrière : on l’atteint après avoir encadré des équipes techniques.',
      hiringSectors: ['Industrie', 'Entreprises du numérique', 'Bâtiment et travaux publics', 'Énergie'],
      progression: 'Direction d’usine ou de site, direction des opérations, direction générale.',
    },
    pay: { overall: { min: 1900, average: 2400, max: 4500, ...MODEL_PAGE } },
    sources: [
      { title: MODEL_PAGE.source, year: MODEL_PAGE.year },
      // The model page says nothing of routes, hours or employers: those were written for the demo.
      { title: 'Parcours, conditions de travail et débouchés rédigés par l’équipe de Repères pour la démonstration', year: 2025 },
    ],
    romeCodes: ['H2502'],
    sectors: ['industrie'],
    related: ['technicien-de-maintenance-industrielle', 'ingenieur-d-etudes'],
    content: `## Un poste de confiance

Le directeur technique répond de l'ensemble des systèmes techniques de l'entreprise et soutient la production au quotidien. Ses objectifs sont pour l'essentiel liés à la production et à la stratégie industrielle, ce qui le distingue des autres membres de la direction.

## Au quotidien

Premier responsable de la production, il doit connaître le travail de ses équipes d'assez près pour les conduire, trancher et apporter une aide technique. Il apporte aussi un soutien humain : l'encadrement fait partie du métier.

## Pour qui ?

C'est un poste à fortes responsabilités, confié à des profils capables de mener plusieurs sujets de front, qui maîtrisent les outils de gestion de leur domaine.`,
    publishedAt: '2025-09-15T08:00:00.000Z',
    contentUpdatedAt: '2025-11-18T09:30:00.000Z',
  },
  {
    slug: 'ingenieur-d-etudes',
    title: "Ingénieur d'études",
    feminineTitle: "Ingénieure d'études",
    synonyms: 'Ingénieur R&D, ingénieur conception',
    summary:
      "L'ingénieur d'études conçoit des solutions techniques à partir d'un besoin : il analyse, modélise, teste et documente, en bureau d'études ou en service informatique.",
    skills: [
      'Analyser un cahier des charges et rédiger des spécifications',
      'Modéliser et calculer, ou développer un logiciel selon la spécialité',
      'Mener des essais avec rigueur et en documenter les résultats',
      'Travailler en équipe projet avec les clients internes',
    ],
    missions: [
      'Recueillir et formaliser le besoin',
      'Concevoir et chiffrer des solutions',
      'Piloter les essais et valider les résultats',
      'Rédiger la documentation technique',
    ],
    interests: ['science', 'technology', 'computing', 'creating'],
    educationLevel: 'bac5',
    accessRoutes: [
      {
        startingPoint: 'afterBac',
        bacs: ['general', 'sti2d', 'stl'],
        trainings: [
          { title: "École d'ingénieurs post-bac", level: 'bac5', durationMonths: 60, apprenticeship: true },
          { title: 'Classe préparatoire scientifique puis école d’ingénieurs', level: 'bac5', durationMonths: 60 },
        ],
      },
      {
        startingPoint: 'afterHigherDegree',
        trainings: [{ title: 'Master scientifique ou informatique après une licence ou un BUT', level: 'bac5', durationMonths: 24, apprenticeship: true }],
      },
      {
        startingPoint: 'careerChange',
        trainings: [{ title: 'Diplôme d’ingénieur en formation continue', level: 'bac5', durationMonths: 36, details: 'Pour un technicien expérimenté, souvent avec l’appui de son employeur.' }],
      },
    ],
    workingConditions: {
      hours: 'Horaires de bureau, plus chargés à l’approche des échéances du projet.',
      places: ['office', 'laboratory', 'remote'],
      travel: 'occasional',
      details: 'Beaucoup de travail sur écran, des réunions avec les clients internes et des essais sur site.',
    },
    prospects: {
      outlook: 'Des besoins réguliers dans l’industrie et le numérique, surtout pour les profils qui allient technique et sens du client.',
      hiringSectors: ['Bureaux d’études', 'Industrie aéronautique', 'Automobile', 'Sociétés de conseil en ingénierie'],
      progression: 'Chef de projet, responsable de bureau d’études, expert technique.',
    },
    pay: inventedPay([2300, 2700], [3200, 4000], [2300, 3000, 4000]),
    sources: DEMO_TEXT,
    romeCodes: ['M1805'],
    sectors: ['industrie', 'numerique'],
    related: ['directeur-technique', 'developpeur-web'],
    content: `## Un métier de conception

Entre la recherche et la production, l'ingénieur d'études transforme une idée en solution réalisable, dans les délais et le budget.`,
    publishedAt: '2025-10-02T08:00:00.000Z',
    contentUpdatedAt: '2025-10-02T08:00:00.000Z',
  },
  {
    slug: 'technicien-de-maintenance-industrielle',
    title: 'Technicien de maintenance industrielle',
    feminineTitle: 'Technicienne de maintenance industrielle',
    synonyms: 'Agent de maintenance, mécanicien industriel',
    summary:
      "Le technicien de maintenance garde les machines d'une usine en état de marche : il prévient les pannes, les diagnostique et les répare.",
    skills: [
      'Intervenir en mécanique, électricité, automatismes et hydraulique',
      'Lire des plans et des schémas',
      'Diagnostiquer une panne avec méthode, sous contrainte de temps',
      'Appliquer strictement les règles de sécurité',
    ],
    missions: [
      'Assurer la maintenance préventive des équipements',
      'Diagnostiquer et réparer les pannes',
      'Proposer des améliorations pour fiabiliser les lignes',
      'Tenir à jour le suivi des interventions',
    ],
    interests: ['technology', 'handiwork', 'moving', 'building'],
    educationLevel: 'bac2',
    accessRoutes: [
      {
        startingPoint: 'after3e',
        trainings: [{ title: 'Bac pro maintenance des systèmes de production connectés', level: 'bac', durationMonths: 36, apprenticeship: true, details: 'Pour entrer tôt dans le métier, puis évoluer.' }],
      },
      {
        startingPoint: 'afterBac',
        bacs: ['pro', 'sti2d', 'general'],
        trainings: [
          { title: 'BTS maintenance des systèmes', level: 'bac2', durationMonths: 24, apprenticeship: true },
          { title: 'BUT génie industriel et maintenance', level: 'bac3', durationMonths: 36, apprenticeship: true },
        ],
      },
      {
        startingPoint: 'careerChange',
        trainings: [{ title: 'Titre professionnel de technicien de maintenance industrielle', level: 'bac', durationMonths: 9, apprenticeship: false, details: 'En centre de formation pour adultes.' }],
      },
    ],
    workingConditions: {
      hours: 'Travail en équipes (2×8 ou 3×8) dans beaucoup d’usines, astreintes possibles le week-end.',
      places: ['workshop'],
      travel: 'rare',
      details: 'Bruit, station debout, port d’équipements de protection.',
    },
    prospects: {
      outlook: 'Les entreprises industrielles peinent à recruter : les offres sont nombreuses dans toutes les régions.',
      hiringSectors: ['Agroalimentaire', 'Automobile', 'Chimie et pharmacie', 'Énergie'],
      progression: 'Chef d’équipe de maintenance, responsable maintenance, méthodes.',
    },
    pay: inventedPay([1800, 2000], [2400, 2800], [1800, 2200, 2800]),
    sources: DEMO_TEXT,
    romeCodes: ['I1304'],
    sectors: ['industrie'],
    related: ['directeur-technique'],
    content: `## Un métier recherché

Les entreprises industrielles peinent à recruter des techniciens de maintenance : les débouchés sont nombreux, partout en France.`,
    publishedAt: '2025-10-10T08:00:00.000Z',
    contentUpdatedAt: '2025-10-10T08:00:00.000Z',
  },
  {
    slug: 'infirmier',
    title: 'Infirmier',
    feminineTitle: 'Infirmière',
    synonyms: 'IDE, infirmier diplômé d’État',
    summary:
      "L'infirmier ou l'infirmière dispense les soins prescrits, surveille l'état des patients et les accompagne, à l'hôpital, en clinique ou à domicile.",
    skills: [
      'Réaliser les gestes techniques de soin et connaître les traitements',
      'Écouter et rassurer',
      'Tenir physiquement et émotionnellement',
      'Travailler en équipe avec médecins et aides-soignants',
    ],
    missions: [
      'Réaliser les soins et administrer les traitements',
      "Surveiller l'état de santé des patients",
      'Informer et accompagner les patients et leurs proches',
      'Participer à la prévention et à l’éducation à la santé',
    ],
    interests: ['helping', 'health', 'contact', 'teamwork'],
    educationLevel: 'bac3',
    accessRoutes: [
      {
        startingPoint: 'afterBac',
        bacs: ['st2s', 'general', 'stl'],
        trainings: [{ title: "Diplôme d'État d'infirmier", level: 'bac3', durationMonths: 36, details: 'En institut de formation en soins infirmiers (IFSI), sur Parcoursup.' }],
      },
      {
        startingPoint: 'careerChange',
        note: 'Les aides-soignants et les adultes ayant travaillé trois ans entrent en IFSI par une sélection qui leur est propre.',
        trainings: [{ title: "Diplôme d'État d'infirmier, voie de la formation professionnelle continue", level: 'bac3', durationMonths: 36 }],
      },
    ],
    workingConditions: {
      hours: 'Travail de jour ou de nuit, le week-end et les jours fériés, souvent en journées de 12 heures à l’hôpital.',
      places: ['hospital', 'homes'],
      travel: 'rare',
      details: 'Station debout, gestes répétés, situations émotionnellement difficiles.',
    },
    prospects: {
      outlook: 'Un métier très demandé : hôpitaux et cliniques recrutent toute l’année.',
      hiringSectors: ['Hôpitaux publics', 'Cliniques', 'Établissements pour personnes âgées', 'Soins à domicile'],
      progression: 'Spécialisation (bloc opératoire, anesthésie, puériculture), cadre de santé, exercice libéral.',
    },
    pay: inventedPay([2000, 2200], [2700, 3200], [2000, 2400, 3200]),
    sources: DEMO_TEXT,
    romeCodes: ['J1506'],
    sectors: ['sante'],
    related: ['aide-soignant'],
    content: `## Un métier au cœur du soin

Présents jour et nuit auprès des patients, les infirmiers exercent un métier exigeant, varié et très demandé.`,
    publishedAt: '2025-10-20T08:00:00.000Z',
    contentUpdatedAt: '2025-10-20T08:00:00.000Z',
  },
  {
    slug: 'aide-soignant',
    title: 'Aide-soignant',
    feminineTitle: 'Aide-soignante',
    synonyms: 'AS',
    summary:
      "L'aide-soignant prend soin du confort et de l'hygiène des patients, en équipe avec l'infirmier : toilette, repas, écoute et surveillance.",
    skills: [
      'Réaliser les soins d’hygiène et de confort',
      'Observer l’état d’un patient et alerter à temps',
      'Écouter et rassurer',
      'Respecter l’intimité et la dignité de chacun',
      'Travailler en équipe soignante',
    ],
    missions: [
      'Aider les patients à se laver, s’habiller et manger',
      'Surveiller les signes qui doivent alerter l’infirmier',
      'Entretenir les chambres et le matériel',
      'Accueillir les patients et leurs proches',
    ],
    interests: ['helping', 'health', 'contact'],
    educationLevel: 'bac',
    accessRoutes: [
      {
        startingPoint: 'after3e',
        note: 'Aucun diplôme n’est exigé pour entrer en institut de formation d’aides-soignants (IFAS), dès 17 ans : la sélection se fait sur dossier et entretien.',
        trainings: [
          { title: "Diplôme d'État d'aide-soignant", level: 'bac', durationMonths: 12, apprenticeship: true, details: 'En IFAS, en alternance entre cours et stages.' },
          {
            title: 'Bac pro accompagnement, soins et services à la personne',
            level: 'bac',
            durationMonths: 36,
            apprenticeship: true,
            details: 'Ne suffit pas pour exercer : il allège ensuite la formation au diplôme d’État d’aide-soignant.',
          },
        ],
      },
      {
        startingPoint: 'afterBac',
        bacs: ['st2s', 'pro'],
        trainings: [{ title: "Diplôme d'État d'aide-soignant", level: 'bac', durationMonths: 12, apprenticeship: true, details: 'Le bac n’est pas exigé ; il aide à réussir la sélection.' }],
      },
      {
        startingPoint: 'careerChange',
        trainings: [{ title: "Diplôme d'État d'aide-soignant, en formation continue ou par la validation des acquis (VAE)", level: 'bac', durationMonths: 12 }],
      },
    ],
    workingConditions: {
      hours: 'Horaires décalés, nuits, week-ends et jours fériés.',
      places: ['hospital', 'homes'],
      travel: 'rare',
      details: 'Métier physique : station debout, port de patients avec du matériel adapté.',
    },
    prospects: {
      outlook: 'De nombreux postes à pourvoir, notamment auprès des personnes âgées.',
      hiringSectors: ['Hôpitaux', 'Établissements pour personnes âgées', 'Soins à domicile'],
      progression: 'Infirmier, par la sélection en IFSI ouverte aux aides-soignants qui ont trois ans d’expérience.',
    },
    pay: inventedPay([1750, 1900], [2000, 2300], [1750, 1950, 2300]),
    sources: DEMO_TEXT,
    romeCodes: ['J1501'],
    sectors: ['sante'],
    related: ['infirmier'],
    content: `## Auprès des patients, chaque jour

L'aide-soignant passe plus de temps que quiconque auprès des patients : il remarque souvent le premier ce qui ne va pas.`,
    // The oldest sheet: the home page's six most recent keep the model career.
    publishedAt: '2025-09-01T08:00:00.000Z',
    contentUpdatedAt: '2025-09-01T08:00:00.000Z',
  },
  {
    slug: 'developpeur-web',
    title: 'Développeur web',
    feminineTitle: 'Développeuse web',
    synonyms: 'Programmeur, codeur, développeur full stack',
    summary:
      "Le développeur web écrit le code des sites et des applications en ligne, de l'interface que l'on voit jusqu'aux serveurs qui la font fonctionner.",
    skills: [
      'Programmer avec les langages du web (HTML, CSS, JavaScript) et au moins un langage serveur',
      'Concevoir des bases de données et des API',
      'Rendre les pages accessibles et rapides',
      'Apprendre seul de nouveaux outils',
    ],
    missions: [
      'Développer de nouvelles fonctionnalités',
      'Tester et corriger le code',
      'Améliorer la sécurité et la rapidité des services',
      'Travailler avec les designers et les chefs de projet',
    ],
    interests: ['computing', 'creating', 'teamwork'],
    educationLevel: 'bac2',
    accessRoutes: [
      {
        startingPoint: 'afterBac',
        bacs: ['general', 'sti2d', 'stmg'],
        trainings: [
          { title: 'BTS services informatiques aux organisations', level: 'bac2', durationMonths: 24, apprenticeship: true },
          { title: 'BUT informatique', level: 'bac3', durationMonths: 36, apprenticeship: true },
        ],
      },
      {
        startingPoint: 'afterHigherDegree',
        trainings: [
          { title: 'Master informatique', level: 'bac5', durationMonths: 24, apprenticeship: true, details: 'Après une licence ou un BUT, pour évoluer vers l’architecture logicielle.' },
          { title: "Cycle ingénieur en admission parallèle", level: 'bac5', durationMonths: 36, apprenticeship: true, details: 'Après un BUT ou une licence.' },
        ],
      },
      {
        startingPoint: 'careerChange',
        trainings: [{ title: 'Titre professionnel de développeur web et web mobile', level: 'bac2', durationMonths: 8, details: 'En formation intensive, souvent financée par le compte personnel de formation.' }],
      },
    ],
    workingConditions: {
      hours: 'Horaires de bureau ; astreintes possibles pour les services en ligne.',
      places: ['office', 'remote'],
      travel: 'rare',
      details: 'Beaucoup de temps sur écran, en équipe avec des méthodes agiles.',
    },
    prospects: {
      outlook: 'Des offres nombreuses, mais une concurrence plus forte pour les premiers postes : un portfolio de projets aide beaucoup.',
      hiringSectors: ['Entreprises de services du numérique', 'Agences web', 'Start-up', 'Administrations'],
      progression: 'Développeur senior, architecte logiciel, chef de projet technique.',
    },
    pay: inventedPay([2000, 2400], [3000, 4000], [2000, 2800, 4000]),
    sources: DEMO_TEXT,
    romeCodes: ['M1805'],
    sectors: ['numerique'],
    related: ['ingenieur-d-etudes', 'charge-de-marketing-digital'],
    content: `## Un métier qui évolue vite

Les outils changent souvent : les développeurs apprennent tout au long de leur carrière.`,
    publishedAt: '2025-11-03T08:00:00.000Z',
    contentUpdatedAt: '2025-11-03T08:00:00.000Z',
  },
  {
    slug: 'charge-de-marketing-digital',
    title: 'Chargé de marketing digital',
    feminineTitle: 'Chargée de marketing digital',
    synonyms: 'Webmarketeur, traffic manager, responsable marketing numérique',
    summary:
      "Le chargé de marketing digital fait connaître une marque en ligne : campagnes, réseaux sociaux, référencement et analyse des résultats.",
    skills: [
      'Analyser des données avec les outils de mesure d’audience',
      'Rédiger et créer des contenus',
      'Animer des réseaux sociaux et améliorer un référencement',
      'Tenir compte des enjeux de responsabilité sociale (RSE)',
    ],
    missions: [
      'Concevoir et suivre des campagnes en ligne',
      'Animer les réseaux sociaux de la marque',
      'Mesurer les résultats et proposer des ajustements',
    ],
    interests: ['writing', 'creating', 'numbers', 'selling'],
    educationLevel: 'bac3',
    accessRoutes: [
      {
        startingPoint: 'afterBac',
        bacs: ['general', 'stmg'],
        trainings: [{ title: 'BUT techniques de commercialisation', level: 'bac3', durationMonths: 36, apprenticeship: true }],
      },
      {
        startingPoint: 'afterHigherDegree',
        trainings: [{ title: 'Master marketing', level: 'bac5', durationMonths: 24, apprenticeship: true, details: 'En école de commerce ou à l’université.' }],
      },
      {
        startingPoint: 'careerChange',
        trainings: [{ title: 'Formation courte au marketing numérique, en formation continue', durationMonths: 6, details: 'Vérifiez qu’elle mène à un titre inscrit au RNCP.' }],
      },
    ],
    workingConditions: {
      hours: 'Horaires de bureau, avec des pointes lors des lancements de campagnes.',
      places: ['office', 'remote'],
      travel: 'occasional',
      details: 'Travail sur écran, en lien constant avec les équipes commerciales et les agences.',
    },
    prospects: {
      outlook: 'Des postes dans tous les secteurs, la plupart en région parisienne et dans les grandes villes.',
      hiringSectors: ['Commerce en ligne', 'Agences de communication', 'Marques grand public'],
      progression: 'Responsable marketing, responsable de l’acquisition, direction marketing.',
    },
    pay: inventedPay([2000, 2300], [2800, 3500], [2000, 2600, 3500]),
    sources: DEMO_TEXT,
    romeCodes: ['M1705'],
    sectors: ['commerce-et-marketing'],
    related: ['developpeur-web'],
    content: `## Entre créativité et données

Le marketing se transforme avec le numérique et la donnée : ce métier mêle création de contenus et analyse chiffrée.`,
    publishedAt: '2025-11-12T08:00:00.000Z',
    contentUpdatedAt: '2025-11-12T08:00:00.000Z',
  },
]

/** French typography (non-breaking spaces before « : ; ? ! », ’) on the prose; titles stay as written. */
const typeset = (career: SeedCareer): SeedCareer => {
  const prose = (text: string) => frenchTypography(text)
  const maybe = (text: string | null | undefined) => (text ? prose(text) : text)
  return {
    ...career,
    summary: prose(career.summary),
    skills: career.skills.map(prose),
    missions: career.missions.map(prose),
    content: prose(career.content),
    accessRoutes: career.accessRoutes?.map((route) => ({
      ...route,
      note: maybe(route.note),
      trainings: route.trainings?.map((training) => ({ ...training, details: maybe(training.details) })),
    })),
    workingConditions: career.workingConditions && {
      ...career.workingConditions,
      hours: maybe(career.workingConditions.hours),
      details: maybe(career.workingConditions.details),
    },
    prospects: career.prospects && {
      ...career.prospects,
      outlook: maybe(career.prospects.outlook),
      progression: maybe(career.prospects.progression),
    },
  }
}

export const seedCareers: SeedCareer[] = seedSheets.map(typeset)
