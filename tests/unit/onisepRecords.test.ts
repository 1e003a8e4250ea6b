import { describe, expect, it } from 'vitest'

import { editionOf, parseOnisepText } from '@/payload/onisep/readFile'
import { checkRecord, parseDomains } from '@/payload/onisep/record'
import { splitTitles } from '@/payload/onisep/titles'

describe('splitTitles', () => {
  it.each([
    ['formateur / formatrice technique en agroéquipement', 'Formateur technique en agroéquipement', 'Formatrice technique en agroéquipement'],
    ['luthier / luthière', 'Luthier', 'Luthière'],
    ['luthier/luthière', 'Luthier', 'Luthière'],
    ['chef de projet / cheffe de projet', 'Chef de projet', 'Cheffe de projet'],
    ['conseiller / conseillère principal / principale d\'éducation', 'Conseiller principal d’éducation', 'Conseillère principale d’éducation'],
    ['technicien de maintenance / technicienne', 'Technicien de maintenance', 'Technicienne de maintenance'],
    ['développeur / développeuse 2D/3D', 'Développeur 2D/3D', 'Développeuse 2D/3D'],
    ['ingénieur / ingénieure réseaux TCP/IP chez Airbus', 'Ingénieur réseaux TCP/IP chez Airbus', 'Ingénieure réseaux TCP/IP chez Airbus'],
    ['œnologue', 'Œnologue', null],
    ['  agent   de  sécurité ', 'Agent de sécurité', null],
    ['guide / guide de haute montagne', 'Guide de haute montagne', null],
    ['homme / femme de ménage', 'Homme de ménage', 'Femme de ménage'],
    ['maître / maîtresse de chai', 'Maître de chai', 'Maîtresse de chai'],
    ['acteur / actrice', 'Acteur', 'Actrice'],
    ['secrétaire médical / médicale', 'Secrétaire médical', 'Secrétaire médicale'],
    ['garde forestier / forestière', 'Garde forestier', 'Garde forestière'],
  ])('%s', (label, title, feminineTitle) => {
    expect(splitTitles(label)).toEqual({ title, feminineTitle })
  })

  it.each([
    ['directeur / directrice de la communication / du marketing', 'Directeur / directrice de la communication / du marketing'],
    ['vendeur / vendeuse en magasin de sport / loisirs', 'Vendeur / vendeuse en magasin de sport / loisirs'],
    ['responsable qualité/sécurité', 'Responsable qualité/sécurité'],
    ['steward / hôtesse de l\'air', 'Steward / hôtesse de l’air'],
    ['responsable import/export', 'Responsable import/export'],
    ['développeur / développeuse web/mobile', 'Développeur / développeuse web/mobile'],
  ])('keeps %s whole, as doubtful: the words set against each other are not two forms of one', (label, title) => {
    expect(splitTitles(label)).toEqual({ title, feminineTitle: null, doubtful: true })
  })
})

describe('ONISEP records', () => {
  it('splits domains and sub-domains, each once, on the first slash of each pair', () => {
    expect(parseDomains('arts, culture, artisanat/artisanat d’art | industrie/bois|arts, culture, artisanat/jeux vidéo/3D')).toEqual({
      domains: ['arts, culture, artisanat', 'industrie'],
      subDomains: ['artisanat d’art', 'bois', 'jeux vidéo/3D'],
    })
    expect(parseDomains('')).toEqual({ domains: [], subDomains: [] })
  })

  it('reads the identifier from the sheet address and moves it to https', () => {
    expect(checkRecord({ libelle_metier: 'luthier / luthière', lien_site_onisepfr: 'http://www.onisep.fr/http/redirection/metier/slug/MET.205', code_rome: '', annee: 2024 })).toMatchObject({
      identifier: 'MET.205',
      url: 'https://www.onisep.fr/http/redirection/metier/slug/MET.205',
      romeCodes: [],
      year: 2024,
    })
  })

  it.each([
    [{ lien_site_onisepfr: 'https://www.onisep.fr/x/MET.1' }, /libelle_metier/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'https://www.onisep.fr/x/soudeur' }, /MET\.<nombre>/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'MET.12' }, /MET\.<nombre>/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'https://evil.example/MET.1' }, /hors du site de l’Onisep/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'https://www.onisep.fr/metier?id=MET.2' }, /MET\.<nombre>/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'https://www.onisep.fr/MET.1', code_rome: 'Z9999' }, /code ROME invalide : Z9999/],
    [{ libelle_metier: 42, lien_site_onisepfr: 'https://www.onisep.fr/MET.1' }, /devrait être un texte/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'https://www.onisep.fr/MET.1', annee: '2025.5' }, /année invalide/],
    [{ libelle_metier: 'x'.repeat(161), lien_site_onisepfr: 'https://www.onisep.fr/MET.1' }, /trop long/],
    [['libelle_metier'], /pas un objet/],
    [{ libelle_metier: ' / ', lien_site_onisepfr: 'https://www.onisep.fr/MET.1' }, /sans lettre/],
    [{ libelle_metier: '???', lien_site_onisepfr: 'https://www.onisep.fr/MET.1' }, /sans lettre/],
    [{ libelle_metier: 'x', lien_site_onisepfr: 'https://www.onisep.fr/MET.1', 'domainesous-domaine': `${'d'.repeat(121)}/s` }, /domaine trop long/],
  ])('refuses %j with a French reason', (record, reason) => {
    expect(checkRecord(record)).toMatchObject({ reason: expect.stringMatching(reason) })
    expect(checkRecord(record)).not.toHaveProperty('title')
  })

  it('reads a file with a byte order mark, keeps positions, and skips a repeated identifier', () => {
    const record = (n: number, label: string) => ({ libelle_metier: label, lien_site_onisepfr: `https://www.onisep.fr/m/MET.${n}`, annee: '2024' })
    const file = parseOnisepText(`\uFEFF${JSON.stringify([record(1, 'a'), { libelle_metier: '' }, record(1, 'b'), { ...record(2, 'c'), annee: '2025' }])}`)
    expect(file.careers.map((career) => [career.position, career.identifier])).toEqual([[1, 'MET.1'], [4, 'MET.2']])
    expect(file.skipped.map((skip) => skip.position)).toEqual([2, 3])
    expect(file.latestYear).toBe(2025)
  })

  it('takes a real calendar day as the edition, else the file’s latest year', () => {
    expect(editionOf('2026-11-30', 2025)).toBe('2026-11-30')
    expect(editionOf(undefined, 2025)).toBe('2025')
    expect(editionOf(undefined, null)).toBeNull()
    for (const bad of ['2026-02-30', '2026-13-01', '30/11/2026', '', '2026-1-5', '1850-01-01', '2150-01-01']) expect(() => editionOf(bad, 2025)).toThrow(/AAAA-MM-JJ/)
  })
})
