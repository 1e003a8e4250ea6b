import { describe, expect, it } from 'vitest'

import { executableLink, refusedLink } from '@/payload/richText/checkLinks'
import { isExecutableHref, safeHref, validateHref } from '@/payload/richText/safeHref'
import { customLink, editorState, paragraph } from '@/tests/fixtures/lexical'

// Schemes hidden the ways public XSS reports hide them: case, whitespace and control
// characters inside or around the scheme, HTML entities, and other executable schemes.
const HOSTILE = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  'java\tscript:alert(4)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'jav\u0000ascript:alert(1)',
  'javascript\t:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://reperes.example/1',
  '//evil.example/path',
  '/\\evil.example',
  '\\\\evil.example',
  'https://',
  'https://exa mple.fr',
  'https://exemple.fr/\u0085',
  '#',
  '?',
  'mailto:',
  'tel:',
  '/admin/collections/news/43#_ftn1',
  'http://localhost:3000/admin/collections/news/43#_ftn1',
]

const ALLOWED: [given: string, rendered: string][] = [
  ['https://www.onisep.fr/metiers', 'https://www.onisep.fr/metiers'],
  ['HTTPS://WWW.ONISEP.FR', 'HTTPS://WWW.ONISEP.FR'],
  ['http://exemple.fr/a?b=1&c=2#d', 'http://exemple.fr/a?b=1&c=2#d'],
  ['mailto:contact@reperes.example', 'mailto:contact@reperes.example'],
  ['tel:+33102030405', 'tel:+33102030405'],
  ['/metiers/directeur-technique', '/metiers/directeur-technique'],
  ['#formations', '#formations'],
  ['?page=2', '?page=2'],
  ['www.parcoursup.gouv.fr', 'https://www.parcoursup.gouv.fr'],
  ['  https://www.onisep.fr  ', 'https://www.onisep.fr'],
  ['https://fr.wikipedia.org/wiki/Ing%C3%A9nieur', 'https://fr.wikipedia.org/wiki/Ing%C3%A9nieur'],
  ['/recherche?q=aide+soignant', '/recherche?q=aide+soignant'],
  ['/secteurs/(sante)', '/secteurs/(sante)'],
  ['tel:01 23 45 67 89', 'tel:0123456789'],
  ['tel:+33 (0)1.23.45.67.89', 'tel:+330123456789'],
  ['https://intranet/rh', 'https://intranet/rh'],
  ['/administration-des-entreprises', '/administration-des-entreprises'],
]

describe('link addresses', () => {
  it.each(HOSTILE)('%j: validateHref refuses it in French, safeHref renders it as no link', (url) => {
    expect(safeHref(url)).toBeNull()
    const message = validateHref(url)
    expect(message).toMatch(/^Adresse de lien refusée/)
    expect(message).toMatch(/https:\/\//)
  })

  it.each(ALLOWED)('%j: validateHref accepts it, safeHref renders it as %j', (url, rendered) => {
    expect(validateHref(url)).toBe(true)
    expect(safeHref(url)).toBe(rendered)
  })

  it('asks for an address when none is given', () => {
    expect(validateHref('')).toBe('Indiquez l’adresse du lien.')
    expect(safeHref(undefined)).toBeNull()
  })

  it('tells executable addresses, refused even in drafts, from merely unfinished ones', () => {
    for (const url of ['javascript:alert(1)', ' JAVA\tSCRIPT:x', 'jav\u0000ascript:x', 'data:text/html,x', 'vbscript:x', 'blob:https://x/1'])
      expect(isExecutableHref(url), url).toBe(true)
    for (const url of ['https://', 'file:///C:/Documents/a.docx', 'htps://onisep.fr', '&#106;avascript:x', '#'])
      expect(isExecutableHref(url), url).toBe(false)
    const tree = editorState(paragraph(customLink('https://', 'en cours'), customLink('javascript:void(0)', 'collé')))
    expect(executableLink(tree)).toMatch(/«\sjavascript:\s» n’est pas autorisé/)
    expect(executableLink(editorState(paragraph(customLink('https://', 'en cours'))))).toBeNull()
  })

  it('finds a refused link however deep the tree', () => {
    let node: unknown = paragraph(customLink('javascript:alert(1)', 'profond'))
    for (let i = 0; i < 5000; i++) node = { type: 'quote', version: 1, children: [node] }
    expect(refusedLink(editorState(node))).toMatch(/^Adresse de lien refusée/)
    expect(executableLink(editorState(node))).toMatch(/^Adresse de lien refusée/)
  })

  it('finds the first refused link anywhere in a rich-text tree', () => {
    const tree = editorState(paragraph(customLink('https://ok.example', 'ok')), paragraph(customLink('java\tscript:alert(4)', 'piège')))
    expect(refusedLink(tree)).toMatch(/^Adresse de lien refusée/)
    expect(refusedLink(editorState(paragraph(customLink('/metiers', 'ok'))))).toBeNull()
  })
})
