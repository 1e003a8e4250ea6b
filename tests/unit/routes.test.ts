import { afterEach, describe, expect, it } from 'vitest'

import { hasNoiseParams } from '@/payload/canonicalQuery'
import { MAX_PAGE, parsePageNumber } from '@/payload/pageNumber'
import { absoluteUrl, routes, siteUrl } from '@/payload/routes'

const saved = { SITE_URL: process.env.SITE_URL, PORT: process.env.PORT }
afterEach(() => {
  process.env.SITE_URL = saved.SITE_URL
  process.env.PORT = saved.PORT
  if (saved.SITE_URL === undefined) delete process.env.SITE_URL
  if (saved.PORT === undefined) delete process.env.PORT
})

describe('routes', () => {
  it('builds the French public URLs', () => {
    expect(routes.career('directeur-technique')).toBe('/metiers/directeur-technique')
    expect(routes.newsPost('kedge')).toBe('/actualites/kedge')
    expect(routes.sector('industrie')).toBe('/secteurs/industrie')
    expect(routes.newsList()).toBe('/actualites')
    expect(routes.newsList(1)).toBe('/actualites')
    expect(routes.newsList(3)).toBe('/actualites/page/3')
    expect(routes.search('métiers de la santé')).toBe('/recherche?q=m%C3%A9tiers%20de%20la%20sant%C3%A9')
  })

  it('keeps only meaningful filters in career list URLs', () => {
    expect(routes.careers()).toBe('/metiers')
    expect(routes.careers({ page: 1 })).toBe('/metiers')
    expect(routes.careers({ page: 4 })).toBe('/metiers/page/4')
    expect(routes.careers({ secteur: '', page: 4 })).toBe('/metiers/page/4')
    expect(routes.careers({ secteur: 'sante', page: 1 })).toBe('/metiers?secteur=sante')
    expect(routes.careers({ secteur: 'sante', niveau: 'bac3', page: 2 })).toBe('/metiers?secteur=sante&niveau=bac3&page=2')
    expect(routes.careers({ salaire: 2500 })).toBe('/metiers?salaire=2500')
    expect(routes.search('verre', { type: 'metiers', niveau: 'cap', page: 2 })).toBe('/recherche?q=verre&type=metiers&niveau=cap&page=2')
    expect(routes.suggestions('dir tech')).toBe('/recherche/suggestions?q=dir%20tech')
    expect(routes.document('career', 'infirmier')).toBe('/metiers/infirmier')
    expect(routes.document('news', 'kedge')).toBe('/actualites/kedge')
  })

  it('makes absolute URLs from SITE_URL, or from the local port', () => {
    process.env.SITE_URL = 'https://reperes.example/'
    expect(siteUrl()).toBe('https://reperes.example')
    expect(absoluteUrl('/metiers/x')).toBe('https://reperes.example/metiers/x')
    delete process.env.SITE_URL
    process.env.PORT = '4321'
    expect(absoluteUrl('/')).toBe('http://localhost:4321/')
  })
})

describe('parsePageNumber', () => {
  it('accepts positive integers and defaults to 1', () => {
    expect(parsePageNumber(undefined)).toBe(1)
    expect(parsePageNumber('1')).toBe(1)
    expect(parsePageNumber('400')).toBe(400)
    expect(parsePageNumber(String(MAX_PAGE))).toBe(MAX_PAGE)
  })

  it('refuses everything else, and numbers above MAX_PAGE', () => {
    for (const bad of ['0', '-1', 'abc', '1.5', '01', String(MAX_PAGE + 1), '999999999', '', ' 2', ['1', '2']]) expect(parsePageNumber(bad)).toBeNull()
  })
})

describe('form addresses', () => {
  it('spots the empty and repeated fields a GET form sends', () => {
    expect(hasNoiseParams({ secteur: '', niveau: 'bac2' })).toBe(true)
    expect(hasNoiseParams({ q: ['a', 'b'] })).toBe(true)
    expect(hasNoiseParams({ secteur: 'industrie', page: undefined })).toBe(false)
  })
})
