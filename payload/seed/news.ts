export type SeedNews = {
  slug: string
  title: string
  excerpt: string
  content: string
  sectors: string[]
  relatedCareers: string[]
  /** Instants in UTC; on the model page: "Publication le …" and "MAJ le …" (Paris dates). */
  publishedAt: string
  contentUpdatedAt: string
}

// The five posts of the model page's "Actualités", with its dates, in our own words.
// Times are 09:00 and 10:30 in Paris (UTC+1 in November).
export const seedNews: SeedNews[] = [
  {
    slug: 'kedge-simulation-nations-unies-marseille',
    title: 'À Marseille, KEDGE fait vivre la diplomatie à une centaine d’élèves de prépa',
    excerpt:
      'Les 28 et 29 novembre 2025, KEDGE Business School organise à Marseille la 15ᵉ édition de sa simulation des Nations unies : près de 100 élèves de classes préparatoires y débattent de justice climatique.',
    content: `Pour sa **15ᵉ édition**, la simulation des Nations unies de KEDGE Business School se tient à Marseille les 28 et 29 novembre 2025.

## Deux jours dans la peau de diplomates

Près de cent élèves de classes préparatoires représentent chacun un pays. Ils négocient, prennent la parole et rédigent des résolutions, comme le feraient de vrais délégués.

## La justice climatique au programme

Le thème retenu cette année invite les participants à chercher des compromis entre pays aux intérêts très différents face au changement climatique.`,
    sectors: ['enseignement-superieur'],
    relatedCareers: [],
    publishedAt: '2025-11-25T08:00:00.000Z',
    contentUpdatedAt: '2025-11-25T08:00:00.000Z',
  },
  {
    slug: 'neoma-master-marketing-competences-2026',
    title: 'Marketing : les compétences qui comptent en 2026, selon NEOMA',
    excerpt:
      'Numérique, données, responsabilité sociale : le marketing change. Salim Azar, de NEOMA Business School, détaille les compétences devenues indispensables et ce qu’apporte un master marketing.',
    content: `Le marketing ne se pratique plus comme il y a dix ans. Le **numérique**, l'exploitation des **données** et les attentes en matière de **RSE** ont redessiné le métier.

## Des profils hybrides

Pour Salim Azar, de NEOMA Business School, les recruteurs cherchent des diplômés à l'aise à la fois avec l'analyse chiffrée et avec la création de contenus.

## Pourquoi un master marketing

Selon lui, le master marketing devient un choix stratégique pour les étudiants qui entreront sur le marché du travail en 2026.`,
    sectors: ['enseignement-superieur', 'commerce-et-marketing'],
    relatedCareers: ['charge-de-marketing-digital'],
    publishedAt: '2025-11-20T08:00:00.000Z',
    contentUpdatedAt: '2025-11-21T09:30:00.000Z',
  },
  {
    slug: 'psb-campus-le-delta',
    title: 'Paris School of Business mise sur les compétences croisées avec son campus Le Delta',
    excerpt:
      'Avec Le Delta, un campus parisien où se croisent les disciplines, Paris School of Business veut former des diplômés polyvalents, prêts pour les besoins des entreprises.',
    content: `Paris School of Business revendique une approche innovante, portée par **Le Delta**, son campus parisien conçu comme un lieu d'échanges entre disciplines.

## Hybrider les compétences

L'école fait le pari de profils capables de passer d'un domaine à l'autre, pour répondre à des entreprises qui cherchent des talents polyvalents.`,
    sectors: ['enseignement-superieur'],
    relatedCareers: [],
    publishedAt: '2025-11-20T09:30:00.000Z',
    contentUpdatedAt: '2025-11-20T09:30:00.000Z',
  },
  {
    slug: 'isc-paris-plan-2030-ecole-ia-native',
    title: 'L’ISC Paris veut devenir une école « IA native » d’ici 2030',
    excerpt:
      'Pédagogie repensée, intelligence artificielle dans tous les cursus, nouveaux formats internationaux, suivi renforcé des anciens et troisième campus : l’ISC Paris présente son plan 2025-2030.',
    content: `L'ISC Paris a dévoilé son plan stratégique **2025-2030**, dont l'ambition est claire : devenir une école « IA native ».

## Ce qui change

- une pédagogie repensée autour de l'intelligence artificielle ;
- de nouveaux formats à l'international ;
- un accompagnement renforcé des anciens élèves ;
- l'ouverture d'un troisième campus d'ici 2030.`,
    sectors: ['enseignement-superieur', 'numerique'],
    relatedCareers: [],
    publishedAt: '2025-11-19T08:00:00.000Z',
    contentUpdatedAt: '2025-11-19T08:00:00.000Z',
  },
  {
    slug: 'hec-deloitte-chaire-ai-for-business-innovation',
    title: 'HEC Paris et Deloitte créent une chaire consacrée à l’IA pour l’innovation',
    excerpt:
      'HEC Paris, Deloitte et la Fondation HEC lancent la chaire « AI for Business Innovation » pour une intelligence artificielle fiable, éthique et utile aux entreprises.',
    content: `HEC Paris, Deloitte et la Fondation HEC s'associent autour d'une nouvelle chaire, **« AI for Business Innovation »**.

## Une IA digne de confiance

La chaire veut contribuer à une intelligence artificielle fiable et éthique, qui crée de la valeur pour les entreprises.

## Recherche et exigences réglementaires

Elle rapproche la recherche académique, l'innovation en entreprise et les exigences du règlement européen sur l'IA (AI Act).`,
    sectors: ['enseignement-superieur', 'numerique'],
    relatedCareers: ['ingenieur-d-etudes'],
    publishedAt: '2025-11-18T08:00:00.000Z',
    contentUpdatedAt: '2025-11-18T08:00:00.000Z',
  },
]
