/**
 * A record in the shape of ONISEP's Idéo-Métiers export, for tests that write their own small
 * files: its identifier (MET.<id>), its label ("luthier / luthière") and its domains
 * ("arts, culture/musique | artisanat/bois"); `fields` replaces any other key.
 */
export const onisepRecord = (id: number, label: string, domains: string, fields: Record<string, unknown> = {}) => ({
  libelle_metier: label,
  lien_site_onisepfr: `http://www.onisep.fr/http/redirection/metier/slug/MET.${id}`,
  code_rome: 'B1602',
  libelle_rome: 'Réalisation d’objets artistiques et fonctionnels en verre',
  lien_rome: '',
  gfe: 'GFE F : artisanat d’art',
  'domainesous-domaine': domains,
  nom_publication: 'Les métiers',
  collection: 'Parcours',
  annee: '2025',
  ...fields,
})
