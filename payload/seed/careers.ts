import type { EducationLevel } from '@/payload/fields/educationLevels'

export type SeedCareer = {
  slug: string
  title: string
  /** Other names people search it by, comma-separated. */
  synonyms?: string
  summary: string
  skills: string[]
  missions: string[]
  trainingPaths: { title: string; description?: string }[]
  educationLevel: EducationLevel
  salary: { min: number; max: number; average: number; year: number; source: string }
  romeCodes: string[]
  sectors: string[]
  related: string[]
  /** Long form, in Markdown, converted to Lexical by Payload's own converter. */
  content: string
  publishedAt: string
  contentUpdatedAt: string
}

const INDICATIVE = 'Estimation indicative Repères (contenu de démonstration)'

export const seedCareers: SeedCareer[] = [
  {
    slug: 'directeur-technique',
    title: 'Directeur technique',
    synonyms: 'Directrice technique, responsable technique, DT, CTO',
    summary:
      "Le directeur technique pilote les moyens et les projets techniques de production d'une entreprise. Entre la direction générale et les équipes, il veille à ce que la production tourne bien et progresse.",
    skills: [
      "Un master en ingénierie ou en informatique, le plus souvent indispensable",
      'De solides bases en mathématiques appliquées, en physique et en sciences techniques',
      "Une première expérience de la gestion d'entreprise",
      'Des qualités de manager et une vraie disponibilité pour son équipe',
      'Une culture technique assez large pour faire circuler les savoir-faire',
      'La pratique des audits internes et des normes de qualité',
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
    trainingPaths: [
      { title: "Diplôme d'ingénieur (bac +5)", description: 'Génie industriel, mécanique, électronique ou informatique, en école ou en cycle universitaire.' },
      { title: 'Master informatique ou ingénierie des systèmes', description: "À l'université, souvent en alternance en deuxième année." },
      { title: 'Master management de la production', description: 'Pour qui vise la direction de sites industriels.' },
      { title: 'MBA ou master en gestion', description: "Après quelques années d'expérience, pour compléter un profil technique." },
    ],
    educationLevel: 'bac5',
    salary: { min: 1900, max: 4500, average: 2400, year: 2025, source: 'Fourchette constatée selon la taille de l’entreprise et l’expérience' },
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
    synonyms: "Ingénieure d'études, ingénieur R&D, ingénieur conception",
    summary:
      "L'ingénieur d'études conçoit des solutions techniques à partir d'un besoin : il analyse, modélise, teste et documente, en bureau d'études ou en service informatique.",
    skills: [
      'Analyse d’un cahier des charges et rédaction de spécifications',
      'Modélisation et calcul, ou développement logiciel selon la spécialité',
      'Rigueur dans les essais et la documentation',
      'Travail en équipe projet avec les clients internes',
    ],
    missions: [
      'Recueillir et formaliser le besoin',
      'Concevoir et chiffrer des solutions',
      'Piloter les essais et valider les résultats',
      'Rédiger la documentation technique',
    ],
    trainingPaths: [
      { title: "Diplôme d'ingénieur", description: 'Généraliste ou spécialisé selon le domaine visé.' },
      { title: 'Master scientifique ou informatique' },
    ],
    educationLevel: 'bac5',
    salary: { min: 2300, max: 4000, average: 3000, year: 2025, source: INDICATIVE },
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
    synonyms: 'Technicienne de maintenance, agent de maintenance, mécanicien industriel',
    summary:
      "Le technicien de maintenance garde les machines d'une usine en état de marche : il prévient les pannes, les diagnostique et les répare.",
    skills: [
      'Mécanique, électricité, automatismes et hydraulique',
      'Lecture de plans et de schémas',
      'Diagnostic méthodique sous contrainte de temps',
      'Respect strict des règles de sécurité',
    ],
    missions: [
      'Assurer la maintenance préventive des équipements',
      'Diagnostiquer et réparer les pannes',
      'Proposer des améliorations pour fiabiliser les lignes',
      'Tenir à jour le suivi des interventions',
    ],
    trainingPaths: [
      { title: 'BTS maintenance des systèmes' },
      { title: 'BUT génie industriel et maintenance' },
      { title: 'Bac pro maintenance des systèmes de production connectés', description: 'Pour entrer plus tôt dans le métier, puis évoluer.' },
    ],
    educationLevel: 'bac2',
    salary: { min: 1800, max: 2800, average: 2200, year: 2025, source: INDICATIVE },
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
    title: 'Infirmier ou infirmière',
    synonyms: 'IDE, infirmier diplômé d’État, soignant',
    summary:
      "L'infirmier ou l'infirmière dispense les soins prescrits, surveille l'état des patients et les accompagne, à l'hôpital, en clinique ou à domicile.",
    skills: [
      'Gestes techniques de soin et connaissance des traitements',
      'Écoute et sens du contact',
      'Résistance physique et émotionnelle',
      'Travail en équipe pluridisciplinaire',
    ],
    missions: [
      'Réaliser les soins et administrer les traitements',
      "Surveiller l'état de santé des patients",
      'Informer et accompagner les patients et leurs proches',
      'Participer à la prévention et à l’éducation à la santé',
    ],
    trainingPaths: [
      { title: "Diplôme d'État d'infirmier", description: 'Trois ans en institut de formation en soins infirmiers (IFSI), accessible par Parcoursup.' },
    ],
    educationLevel: 'bac3',
    salary: { min: 2000, max: 3200, average: 2400, year: 2025, source: INDICATIVE },
    romeCodes: ['J1506'],
    sectors: ['sante'],
    related: [],
    content: `## Un métier au cœur du soin

Présents jour et nuit auprès des patients, les infirmiers exercent un métier exigeant, varié et très demandé.`,
    publishedAt: '2025-10-20T08:00:00.000Z',
    contentUpdatedAt: '2025-10-20T08:00:00.000Z',
  },
  {
    slug: 'developpeur-web',
    title: 'Développeur web',
    synonyms: 'Développeuse web, programmeur, codeur, développeur full stack',
    summary:
      "Le développeur web écrit le code des sites et des applications en ligne, de l'interface que l'on voit jusqu'aux serveurs qui la font fonctionner.",
    skills: [
      'Langages du web (HTML, CSS, JavaScript) et au moins un langage serveur',
      'Bases de données et API',
      'Accessibilité et performance des pages',
      'Curiosité et apprentissage continu',
    ],
    missions: [
      'Développer de nouvelles fonctionnalités',
      'Tester et corriger le code',
      'Améliorer la sécurité et la rapidité des services',
      'Travailler avec les designers et les chefs de projet',
    ],
    trainingPaths: [
      { title: 'BUT informatique' },
      { title: 'BTS services informatiques aux organisations' },
      { title: "Master informatique ou école d'ingénieurs", description: 'Pour évoluer vers l’architecture logicielle.' },
    ],
    educationLevel: 'bac2',
    salary: { min: 2000, max: 4000, average: 2800, year: 2025, source: INDICATIVE },
    romeCodes: ['M1805'],
    sectors: ['numerique'],
    related: ['ingenieur-d-etudes'],
    content: `## Un métier qui évolue vite

Les outils changent souvent : les développeurs apprennent tout au long de leur carrière.`,
    publishedAt: '2025-11-03T08:00:00.000Z',
    contentUpdatedAt: '2025-11-03T08:00:00.000Z',
  },
  {
    slug: 'charge-de-marketing-digital',
    title: 'Chargé de marketing digital',
    synonyms: 'Chargée de marketing digital, webmarketeur, traffic manager, responsable marketing numérique',
    summary:
      "Le chargé de marketing digital fait connaître une marque en ligne : campagnes, réseaux sociaux, référencement et analyse des résultats.",
    skills: [
      'Analyse de données et outils de mesure d’audience',
      'Rédaction et création de contenus',
      'Connaissance des réseaux sociaux et du référencement',
      'Sensibilité aux enjeux de responsabilité sociale (RSE)',
    ],
    missions: [
      'Concevoir et suivre des campagnes en ligne',
      'Animer les réseaux sociaux de la marque',
      'Mesurer les résultats et proposer des ajustements',
    ],
    trainingPaths: [
      { title: 'Master marketing', description: 'En école de commerce ou à l’université.' },
      { title: 'BUT techniques de commercialisation' },
    ],
    educationLevel: 'bac3',
    salary: { min: 2000, max: 3500, average: 2600, year: 2025, source: INDICATIVE },
    romeCodes: ['M1705'],
    sectors: ['commerce-et-marketing'],
    related: [],
    content: `## Entre créativité et données

Le marketing se transforme avec le numérique et la donnée : ce métier mêle création de contenus et analyse chiffrée.`,
    publishedAt: '2025-11-12T08:00:00.000Z',
    contentUpdatedAt: '2025-11-12T08:00:00.000Z',
  },
]
