import { HtmlValidate } from 'html-validate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { References } from '@/payload/richText/references'
import { collectReferences, linkedIds } from '@/payload/richText/references'
import { richTextHtml } from '@/payload/richText/toHtml'
import { customLink, editorState, everyNode, heading, internalLink, paragraph, relationship, text, upload } from '@/tests/fixtures/lexical'

const ids = { career: 11, news: 22, sector: 33, media: 44 }
const PAGE = '/actualites/un-article'

const references: References = {
  'careers:11': { kind: 'careers', title: 'Directeur technique', slug: 'directeur-technique', path: '/metiers/directeur-technique', summary: 'Pilote la production.' },
  'news:22': { kind: 'news', title: 'Une actualité', slug: 'une-actualite', path: '/actualites/une-actualite', summary: 'Chapô.' },
  'sectors:33': { kind: 'sectors', title: 'Industrie', slug: 'industrie', path: '/secteurs/industrie', summary: null },
  'media:44': { kind: 'media', url: '/api/media/file/atelier.jpg', alt: 'Un atelier', width: 1600, height: 900, credit: 'Repères' },
}

// Typography rules (a non-breaking space in a phone link's text) judge the editor's words, not the markup.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'tel-non-breaking': 'off' } })
const problems = async (html: string) =>
  (await validator.validateString(html)).results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))

const saved = process.env.SITE_URL
beforeEach(() => {
  process.env.SITE_URL = 'https://reperes.example'
})
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL
  else process.env.SITE_URL = saved
})

describe('rich text as feed and e-mail HTML', () => {
  it('renders every node the editor offers as valid HTML, with absolute addresses', async () => {
    const html = richTextHtml(everyNode(ids), references, PAGE)
    expect(await problems(html)).toEqual([])
    expect(html).not.toContain('unknown node')
    expect(html).toContain('<h2>Une section</h2><h3>Une sous-section</h3><h4>Un détail</h4>')
    expect(html).toContain('<strong>gras </strong><em>italique </em><s>barré </s><code>code </code>1<sup>er</sup> H<sub>2</sub>O<br>')
    expect(html).toContain('<a href="https://reperes.example/metiers/directeur-technique">du métier lié</a>')
    expect(html).toContain('<a href="https://reperes.example/secteurs/industrie">du secteur lié</a>')
    expect(html).toContain('<a href="https://reperes.example/actualites/une-actualite">liée</a>')
    expect(html).toContain('<a href="https://www.onisep.fr/metiers" target="_blank" rel="noopener noreferrer">de l’Onisep</a>')
    expect(html).toContain('<a href="mailto:contact@reperes.example">à l’équipe</a>')
    expect(html).toContain('<a href="tel:+33102030405">à appeler</a>')
    expect(html).toContain('<a href="https://reperes.example/metiers">de la liste</a>')
    expect(html).toContain('<a href="https://www.parcoursup.gouv.fr">https://www.parcoursup.gouv.fr</a>')
    // The nested list sits inside the item before it, not in an empty item of its own.
    expect(html).toContain('<ul><li>premier point<ul><li>point imbriqué</li></ul></li><li>second point</li></ul>')
    expect(html).toContain('<ol><li>première étape</li><li>deuxième étape</li></ol>')
    expect(html).toContain('<li><label><input type="checkbox" checked disabled> dossier créé</label></li>')
    expect(html).toContain('<blockquote>Une citation à retenir.</blockquote><hr>')
    expect(html).toContain('<a href="https://reperes.example/metiers/directeur-technique">Directeur technique</a>')
    expect(html).toContain('<p class="embed__summary">Pilote la production.</p>')
    expect(html).toContain('<img src="https://reperes.example/api/media/file/atelier.jpg" alt="Un atelier" width="1600" height="900"')
    expect(html).toContain('<figcaption>Crédit : Repères</figcaption>')
  })

  it('writes no React attribute names, no ids, no empty or inline style attributes, and the same bytes every time', () => {
    const first = richTextHtml(everyNode(ids), references, PAGE)
    expect(first).not.toMatch(/htmlFor|readOnly|className|tabIndex|\sid="|class=""|style=/)
    expect(richTextHtml(everyNode(ids), references, PAGE)).toBe(first)
  })

  it('shows the text of a link whose target visitors cannot open, never a dead link', () => {
    const gone: References = { ...references, 'careers:11': null, 'news:22': null, 'sectors:33': null, 'media:44': null }
    const html = richTextHtml(everyNode(ids), gone, PAGE)
    expect(html).toContain('La fiche du métier lié, le secteur du secteur lié, l’actualité liée,')
    expect(html).not.toMatch(/reperes\.example\/(metiers\/directeur|secteurs|actualites)/)
    expect(html).not.toContain('class="embed"')
    expect(html).not.toContain('<img')
  })

  it('applies the address allow-list to links stored before it existed', () => {
    for (const url of ['javascript:alert(1)', 'java\tscript:alert(4)', 'data:text/html,<b>x</b>', ' JAVASCRIPT:x', '//evil.example']) {
      const html = richTextHtml(editorState(paragraph(customLink(url, 'cliquez'))), {}, PAGE)
      expect(html, url).toBe('<p>cliquez</p>')
    }
  })

  it('escapes text and attribute values, and drops old h1, alignment and indentation', () => {
    const tree = editorState(
      { ...heading('h1', 'Titre <script>'), format: 'center', indent: 2 },
      { ...paragraph(text('a & b "c" ]]> <i>d</i>')), format: 'justify', indent: 1 },
      paragraph(customLink('https://exemple.fr/?a=1&b="2"', 'lien')),
    )
    expect(richTextHtml(tree, {}, PAGE)).toBe(
      '<h2>Titre &lt;script&gt;</h2><p>a &amp; b "c" ]]&gt; &lt;i&gt;d&lt;/i&gt;</p><p><a href="https://exemple.fr/?a=1&amp;b=&quot;2&quot;">lien</a></p>',
    )
  })

  it('resolves anchors and queries against the document’s own page, and skips empty headings and quotes', () => {
    const tree = editorState(
      heading('h2', ''),
      { type: 'quote', version: 1, children: [{ type: 'linebreak', version: 1 }] },
      paragraph(customLink('#formations', 'les formations'), customLink('?page=2', 'la suite')),
    )
    expect(richTextHtml(tree, {}, PAGE)).toBe(
      '<p><a href="https://reperes.example/actualites/un-article#formations">les formations</a><a href="https://reperes.example/actualites/un-article?page=2">la suite</a></p>',
    )
  })

  it('drops the characters XML forbids from text, whatever the database holds', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r'.includes(c)).join('')
    const tree = editorState(paragraph(text(`a${controls}\u007F\u0085\uFFFE\uFFFF\uD800b\uDC00c 🎓`)))
    expect(richTextHtml(tree, {}, PAGE)).toBe('<p>abc 🎓</p>')
  })

  it('renders a node the editor no longer offers by its text, and an empty tree as nothing', () => {
    const tree = editorState({ type: 'block', fields: { blockType: 'ancien' }, version: 2 }, { type: 'mystere', version: 1, children: [text('texte gardé')] })
    expect(richTextHtml(tree, {}, PAGE)).toBe('texte gardé')
    expect(richTextHtml(null, {}, PAGE)).toBe('')
    expect(richTextHtml(editorState(paragraph()), {}, PAGE)).toBe('')
  })
})

describe('references of a rich-text tree', () => {
  it('lists each linked document and image once, by id, populated or not', () => {
    const tree = editorState(
      paragraph(internalLink('careers', 11, 'a'), internalLink('careers', 11, 'b'), customLink('https://x.example', 'c')),
      relationship('news', 22),
      { ...relationship('sectors', 33), value: { id: 33, title: 'déjà peuplé' } },
      upload(44),
    )
    expect(collectReferences(tree)).toEqual([
      { relationTo: 'careers', id: 11 },
      { relationTo: 'news', id: 22 },
      { relationTo: 'sectors', id: 33 },
      { relationTo: 'media', id: 44 },
    ])
    expect(linkedIds(tree)).toEqual({ careers: [11], news: [22], sectors: [33] })
    expect(collectReferences({ root: 'pas un arbre' })).toEqual([])
  })
})
