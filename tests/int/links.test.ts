import configPromise from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { careerTags } from '@/collections/Careers/hooks/revalidateCareer'
import { fillLinkIndex } from '@/payload/migrations/20261130_034933_link_index_and_redirects'
import { NODE_TABLE } from '@/payload/richText/nodeTable'
import { siteUrl } from '@/payload/routes'
import { customLink, editorState, internalLink, paragraph, relationship, text } from '@/tests/fixtures/lexical'

import { makeUser, testPayload } from './payload'

let payload: Payload
const stamp = Date.now()
let counter = 0
const unique = (title: string) => `${title} ${stamp} ${++counter}`

beforeAll(async () => {
  payload = await testPayload()
})

const career = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'careers', data: { title: unique(title), summary: 'x', _status: 'published', ...extra } as never })
const post = (title: string, content: unknown, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'news', data: { title: unique(title), excerpt: 'x', content, _status: 'published', ...extra } as never })
const rename = (collection: 'careers' | 'news' | 'sectors', id: number, slug: string) =>
  payload.update({ collection, id, data: { slug, ...(collection === 'sectors' ? {} : { _status: 'published' }) } as never })
const redirectsFrom = async (from: string) =>
  (await payload.find({ collection: 'redirects', where: { from: { equals: from } }, depth: 0 })).docs.map((doc) => doc.to)

describe('the editor', () => {
  it('has a renderer in the node table for every node it lets editors insert', async () => {
    const config = await configPromise
    const field = config.collections.find((c) => c.slug === 'news')!.fields.find((f) => 'name' in f && f.name === 'content')
    const nodes = (field as unknown as { editor: { editorConfig: { features: { nodes: { node: { getType(): string } }[] } } } }).editor.editorConfig.features.nodes
    const types = [...nodes.map(({ node }) => node.getType()), 'paragraph', 'text', 'linebreak', 'tab']
    expect(types).toEqual(expect.arrayContaining(['link', 'relationship', 'upload', 'list', 'listitem', 'heading', 'quote']))
    expect(types.filter((type) => !(type in NODE_TABLE))).toEqual([])
  })
})

describe('the reverse index of links', () => {
  it('records the documents a text links to on every save, whatever the client sends', async () => {
    const target = await career('Soudeur')
    const linking = await post('Le soudage', editorState(paragraph(internalLink('careers', target.id, 'la fiche')), relationship('careers', target.id)), {
      linksToNews: [1, 2, 3],
    })
    const stored = await payload.findByID({ collection: 'news', id: linking.id, depth: 0 })
    expect(stored.linksToCareers).toEqual([target.id])
    expect(stored.linksToNews).toEqual([])

    const unlinked = await payload.update({ collection: 'news', id: linking.id as number, data: { content: editorState(paragraph(text('plus de lien'))), _status: 'published' } })
    expect((await payload.findByID({ collection: 'news', id: unlinked.id, depth: 0 })).linksToCareers).toEqual([])
  })

  it('is hidden from visitors', async () => {
    const target = await career('Chaudronnier')
    const linking = await post('La chaudronnerie', editorState(paragraph(internalLink('careers', target.id, 'la fiche'))))
    const asVisitor = await payload.findByID({ collection: 'news', id: linking.id, depth: 0, overrideAccess: false })
    expect(asVisitor).not.toHaveProperty('linksToCareers')
    const editor = await makeUser(payload, ['editor'])
    const asEditor = await payload.findByID({ collection: 'news', id: linking.id, depth: 0, overrideAccess: false, user: editor })
    expect(asEditor.linksToCareers).toEqual([target.id])
  })

  it('makes a change to a linked career expire the pages and feeds that link to it, and no other', async () => {
    const target = await career('Tourneur')
    const linkingPost = await post('Le tournage', editorState(paragraph(internalLink('careers', target.id, 'la fiche'))))
    const linkingCareer = await career('Fraiseur', { content: editorState(relationship('careers', target.id)) })
    const unrelated = await post('Sans lien', editorState(paragraph(text('rien'))))
    const tags = await careerTags([target], await createLocalReq({}, payload))
    expect(new Set(tags)).toEqual(
      new Set(['careers:list', `career:${target.slug}`, `career:${linkingCareer.slug}`, `news:${linkingPost.slug}`, 'news:feeds', 'careers:feeds']),
    )
    expect(tags).not.toContain(`news:${unrelated.slug}`)
  })

  it('is filled by the migration for content saved before it existed', async () => {
    const target = await career('Menuisier')
    const linking = await post('La menuiserie', editorState(paragraph(internalLink('careers', target.id, 'la fiche'))))
    await payload.db.drizzle.execute(sql`DELETE FROM news_rels WHERE parent_id = ${linking.id} AND path = 'linksToCareers'`)
    expect((await payload.findByID({ collection: 'news', id: linking.id, depth: 0 })).linksToCareers).toEqual([])
    await fillLinkIndex({ db: payload.db.drizzle } as never)
    await fillLinkIndex({ db: payload.db.drizzle } as never)
    // Run twice above: the second run adds nothing.
    const { rows } = await payload.db.drizzle.execute(sql`SELECT count(*)::int AS n FROM news_rels WHERE parent_id = ${linking.id} AND path = 'linksToCareers'`)
    expect(rows[0]).toEqual({ n: 1 })
    expect((await payload.findByID({ collection: 'news', id: linking.id, depth: 0 })).linksToCareers).toEqual([target.id])
  })

  it('keeps a text that still names a deleted document saveable, and indexes only what exists', async () => {
    const kept = await career('Sellier')
    const doomed = await career('Bourrelier')
    const linking = await post('Le cuir', editorState(paragraph(internalLink('careers', kept.id, 'gardé'), internalLink('careers', doomed.id, 'supprimé'))))
    await payload.delete({ collection: 'careers', id: doomed.id })
    const saved = await payload.update({ collection: 'news', id: linking.id, data: { excerpt: 'modifié', _status: 'published' } })
    expect(saved.excerpt).toBe('modifié')
    expect((await payload.findByID({ collection: 'news', id: linking.id, depth: 0 })).linksToCareers).toEqual([kept.id])
  })
})

describe('old addresses', () => {
  it('a renamed career leaves a redirect from its old address to itself, through any number of renames', async () => {
    const doc = await career('Ébéniste')
    const first = `/metiers/${doc.slug}`
    await rename('careers', doc.id, `ebeniste-b-${stamp}`)
    await rename('careers', doc.id, `ebeniste-c-${stamp}`)
    for (const from of [first, `/metiers/ebeniste-b-${stamp}`])
      expect(await redirectsFrom(from)).toEqual([{ type: 'reference', reference: { relationTo: 'careers', value: doc.id }, url: null }])
    expect(await redirectsFrom(`/metiers/ebeniste-c-${stamp}`)).toEqual([])
  })

  it('a rename back to an old slug removes the redirect from it', async () => {
    const doc = await post('Aller-retour', null)
    const original = doc.slug!
    await rename('news', doc.id, `aller-retour-bis-${stamp}`)
    expect(await redirectsFrom(`/actualites/${original}`)).toHaveLength(1)
    await rename('news', doc.id, original)
    expect(await redirectsFrom(`/actualites/${original}`)).toEqual([])
    expect(await redirectsFrom(`/actualites/aller-retour-bis-${stamp}`)).toHaveLength(1)
  })

  it('a new document published at an old address takes it over from the redirect', async () => {
    const doc = await career('Vitrailliste')
    const old = doc.slug!
    await rename('careers', doc.id, `vitrailliste-ancien-${stamp}`)
    expect(await redirectsFrom(`/metiers/${old}`)).toHaveLength(1)
    await career('Vitrailliste nouveau', { slug: old })
    expect(await redirectsFrom(`/metiers/${old}`)).toEqual([])
  })

  it('a rename saved as a draft leaves the published address alone until it is published', async () => {
    const doc = await career('Luthier')
    const old = doc.slug!
    await payload.update({ collection: 'careers', id: doc.id, data: { slug: `luthier-brouillon-${stamp}`, _status: 'draft' }, draft: true })
    expect(await redirectsFrom(`/metiers/${old}`)).toEqual([])
    await payload.update({ collection: 'careers', id: doc.id, data: { _status: 'published' } })
    expect(await redirectsFrom(`/metiers/${old}`)).toHaveLength(1)
  })

  it('restoring a version published at another address records the redirect and frees the old one', async () => {
    const doc = await career('Doreuse')
    const first = doc.slug!
    await rename('careers', doc.id, `doreuse-a-la-feuille-${stamp}`)
    const { docs } = await payload.findVersions({ collection: 'careers', where: { parent: { equals: doc.id }, 'version.slug': { equals: first } }, sort: 'createdAt' })
    await payload.restoreVersion({ collection: 'careers', id: docs[0]!.id })
    expect((await payload.findByID({ collection: 'careers', id: doc.id, depth: 0 })).slug).toBe(first)
    expect(await redirectsFrom(`/metiers/${first}`)).toEqual([])
    expect(await redirectsFrom(`/metiers/doreuse-a-la-feuille-${stamp}`)).toHaveLength(1)
  })

  it('a page taken offline, renamed, then published again leaves a redirect from the address it was last published at', async () => {
    const doc = await post('Hors ligne puis renommé', null)
    await payload.update({ collection: 'news', id: doc.id, data: { _status: 'draft' } })
    await payload.update({ collection: 'news', id: doc.id, data: { slug: `republie-${stamp}` }, draft: true })
    await payload.update({ collection: 'news', id: doc.id, data: { _status: 'published' } })
    expect(await redirectsFrom(`/actualites/${doc.slug}`)).toEqual([{ type: 'reference', reference: { relationTo: 'news', value: doc.id }, url: null }])
  })

  it('a renamed sector leaves a redirect too, and a deleted document takes its redirects with it', async () => {
    const sector = await payload.create({ collection: 'sectors', data: { title: unique('Artisanat') } })
    await rename('sectors', sector.id, `artisanat-d-art-${stamp}`)
    expect(await redirectsFrom(`/secteurs/${sector.slug}`)).toHaveLength(1)
    await payload.delete({ collection: 'sectors', id: sector.id })
    expect(await redirectsFrom(`/secteurs/${sector.slug}`)).toEqual([])
  })

  it('redirects are read and written by staff only', async () => {
    const doc = await career('Doreur')
    await rename('careers', doc.id, `doreur-${stamp}`)
    await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    const contributor = await makeUser(payload, ['contributor'])
    expect((await payload.find({ collection: 'redirects', overrideAccess: false, user: contributor })).totalDocs).toBeGreaterThan(0)
    await expect(
      payload.create({ collection: 'redirects', overrideAccess: false, user: contributor, data: { from: '/metiers/x', to: { type: 'custom', url: '/' } } }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('an editor’s redirect is normalised and checked', async () => {
    const editor = await makeUser(payload, ['editor'])
    const made = await payload.create({
      collection: 'redirects',
      overrideAccess: false,
      user: editor,
      data: { from: `https://reperes.example/Metiers/Ancien Nom_${stamp}/`, to: { type: 'custom', url: 'https://www.onisep.fr' } },
    })
    expect(made.from).toBe(`/metiers/ancien-nom-${stamp}`)
    for (const url of ['mailto:a@b.fr', '/metiers/boucle', `${siteUrl()}/metiers/boucle/`]) {
      const loop = await payload
        .create({ collection: 'redirects', overrideAccess: false, user: editor, data: { from: '/metiers/boucle', to: { type: 'custom', url } } })
        .catch((error: unknown) => error)
      expect(loop, url).toBeInstanceOf(ValidationError)
    }
    const refused = await payload
      .create({ collection: 'redirects', overrideAccess: false, user: editor, data: { from: '/admin', to: { type: 'custom', url: 'javascript:alert(1)' } } })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ValidationError)
    const messages = (refused as ValidationError).data.errors.map((e) => e.message).join(' ')
    expect(messages).toContain('Indiquez l’ancienne adresse d’une page du site')
    expect(messages).toContain('Adresse de lien refusée')
  })
})

describe('link addresses on save', () => {
  it('stores a site address as the editor typed it, and a bare web or phone address in full', async () => {
    const withId = (url: string) => ({ ...customLink(url, 'lien'), id: `lien-${url}` })
    const doc = await post(
      'Adresses du site',
      editorState(paragraph(withId('/recherche?q=aide+soignant'), withId('www.onisep.fr'), withId('tel:01 23 45 67 89'))),
    )
    const urls = JSON.stringify((await payload.findByID({ collection: 'news', id: doc.id, depth: 0 })).content)
    expect(urls).toContain('"url":"/recherche?q=aide+soignant"')
    expect(urls).toContain('"url":"https://www.onisep.fr"')
    expect(urls).toContain('"url":"tel:0123456789"')
  })

  it('lets a draft keep an unfinished address, and refuses it on publish in French', async () => {
    const draft = await payload.create({ collection: 'news', draft: true, data: { title: unique('En cours'), excerpt: 'x', content: editorState(paragraph(customLink('https://', 'lien'))), _status: 'draft' } })
    const error = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors[0]?.message).toMatch(/^Adresse de lien refusée \(«\shttps:\/\/\s»\)\s: elle est mal formée/)
  })

  it('refuses a tree nested more than 40 levels deep, even as a draft', async () => {
    let node: unknown = paragraph(text('profond'))
    for (let i = 0; i < 60; i++) node = { type: 'quote', version: 1, children: [node] }
    const error = await payload.create({ collection: 'news', draft: true, data: { title: unique('Profond'), excerpt: 'x', content: editorState(node), _status: 'draft' } }).catch((e: unknown) => e)
    expect((error as ValidationError).data.errors[0]?.message).toBe('Contenu trop imbriqué\u00a0: plus de 40 niveaux les uns dans les autres.')
  })

  // Executable, however disguised: refused in any save. Merely wrong: refused on publish.
  const EXECUTABLE = ['javascript:alert(1)', 'java\tscript:alert(4)', 'DATA:text/html,<b>x</b>']
  const WRONG = ['&#106;avascript:alert(1)', '//evil.example', 'file:///C:/Documents/cv.docx']

  const save = (url: string, draft: boolean, title: string) =>
    payload
      .create({
        collection: 'news',
        draft,
        data: { title, excerpt: 'x', content: editorState(paragraph(customLink(url, 'cliquez'))), _status: draft ? 'draft' : 'published' },
      })
      .catch((e: unknown) => e)

  it.each(EXECUTABLE)('refuses %j in French, published or as a draft, and stores nothing', async (url) => {
    const title = unique('Lien piégé')
    for (const draft of [false, true]) {
      const error = await save(url, draft, title)
      expect(error, `draft: ${draft}`).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).data.errors[0]?.message).toMatch(/^Adresse de lien refusée/)
    }
    expect((await payload.count({ collection: 'news', where: { title: { equals: title } } })).totalDocs).toBe(0)
  })

  it.each(WRONG)('refuses %j in French on publish, and lets a draft keep it', async (url) => {
    const title = unique('Lien à corriger')
    const error = await save(url, false, title)
    expect((error as ValidationError).data.errors[0]?.message).toMatch(/^Adresse de lien refusée/)
    expect(await save(url, true, title)).toMatchObject({ title, _status: 'draft' })
  })
})
