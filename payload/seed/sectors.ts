export type SeedSector = { slug: string; title: string; description: string; hue: number }

export const seedSectors: SeedSector[] = [
  { slug: 'industrie', title: 'Industrie', hue: 18, description: 'Concevoir, produire et entretenir les biens et les équipements.' },
  { slug: 'numerique', title: 'Numérique', hue: 220, description: 'Développer les logiciels, les réseaux et les services en ligne.' },
  { slug: 'sante', title: 'Santé', hue: 160, description: 'Soigner, accompagner et prévenir, à l’hôpital comme en ville.' },
  { slug: 'commerce-et-marketing', title: 'Commerce et marketing', hue: 330, description: 'Comprendre les clients, vendre et faire connaître une offre.' },
  { slug: 'enseignement-superieur', title: 'Enseignement supérieur', hue: 265, description: 'Écoles, universités et formations après le bac.' },
]
