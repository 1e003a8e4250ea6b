import { request as httpRequest } from 'node:http'

import { type APIRequestContext, expect, test } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'

import { adminToken, jsonLdBlocks } from './helpers'

// Hostile input, table-driven: every row gets the answer it names (a 4xx with a message, or a
// safe render), never a 5xx, and nothing half-written.
type Row = { name: string; path: string; method?: 'GET' | 'POST' | 'PATCH'; body?: unknown; contentType?: string; multipart?: Record<string, unknown>; as?: 'admin'; expect: number | number[]; says?: RegExp }

const long = (n: number) => 'a'.repeat(n)
const fakeExe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(4096, 0x41)])
const svgWithScript = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')

const ROWS: Row[] = [
  // Addresses
  { name: 'path traversal in a career slug', path: '/metiers/..%2F..%2Fetc%2Fpasswd', expect: 404, says: /Page introuvable/ },
  { name: 'NUL byte in a news slug', path: '/actualites/abc%00def', expect: [400, 404] },
  { name: 'a 4 000-character slug', path: `/secteurs/${long(4000)}`, expect: 404 },
  { name: 'a slug with markup', path: '/metiers/%3Cscript%3Ealert(1)%3C%2Fscript%3E', expect: 404 },
  { name: 'malformed percent-encoding in a slug', path: '/metiers/%E0%A4%A', expect: [400, 404] },
  { name: 'negative page number', path: '/actualites?page=-3', expect: [200, 404] },
  { name: 'huge page number', path: '/actualites?page=99999999999999999999999', expect: [200, 404] },
  { name: 'page number that is not one', path: '/metiers?page=deux', expect: [200, 404] },
  { name: 'filters with markup and junk', path: '/metiers?niveau=%3Cscript%3E&salaire=beaucoup&secteur=..%2F', expect: [200, 400] },
  // Search
  { name: 'SQL in the search box', path: `/recherche?q=${encodeURIComponent("'; drop table news; --")}`, expect: 200 },
  { name: 'tsquery operators', path: `/recherche?q=${encodeURIComponent('a & ! ( | :* <-> \\ "')}`, expect: 200 },
  { name: 'a 20 000-character query', path: `/recherche?q=${long(20_000)}`, expect: [200, 414, 431] },
  { name: 'malformed percent-encoding in the query', path: '/recherche?q=%E0%A4%A', expect: [200, 400] },
  { name: 'repeated query parameters', path: '/recherche?q=a&q=b&type=metiers&type=actualites', expect: [200, 307, 308] },
  { name: 'suggestions with operators', path: `/recherche/suggestions?q=${encodeURIComponent(':* & | !')}`, expect: 200 },
  { name: 'suggestions with a huge query', path: `/recherche/suggestions?q=${long(5000)}`, expect: 200 },
  // REST API reads
  { name: 'where on users’ password hashes, anonymous', path: '/api/users?where[hash][exists]=true', expect: 403 },
  { name: 'where on an author’s email through news', path: '/api/news?where[author.email][like]=a', expect: [400, 403] },
  { name: 'where on a field that does not exist', path: '/api/news?where[nope][equals]=1', expect: 400 },
  { name: 'depth 100', path: '/api/news?depth=100&limit=1', expect: 200 },
  { name: 'negative limit', path: '/api/news?limit=-5', expect: [200, 400] },
  { name: 'huge limit', path: '/api/news?limit=1000000000', expect: [200, 400] },
  { name: 'limit=0 (Payload: everything)', path: '/api/news?limit=0&depth=2', expect: 200, says: /"limit":100\b/ },
  { name: 'pagination=false (everything)', path: '/api/careers?pagination=false', expect: 200, says: /"limit":100\b/ },
  { name: 'sort on SQL', path: `/api/news?sort=${encodeURIComponent('title; drop table news')}`, expect: [200, 400] },
  { name: 'a document id that is not a number', path: '/api/news/abc', expect: [400, 404] },
  { name: 'drafts asked for by a visitor', path: '/api/news?draft=true&where[_status][equals]=draft', expect: 200 },
  // GraphQL reports query errors in a 200 body, as its specification says.
  { name: 'malformed GraphQL', path: '/api/graphql', method: 'POST', body: { query: '{ Newss { docs { id } ' }, expect: [200, 400], says: /Syntax Error/ },
  // REST API writes (as an administrator: validation, not access, must stop them)
  { name: 'a 3 MB JSON body', path: '/api/news', method: 'POST', as: 'admin', body: { title: 'Gros', excerpt: 'x', blob: long(3 * 1024 * 1024) }, expect: [400, 413] },
  { name: 'invalid Lexical JSON', path: '/api/news', method: 'POST', as: 'admin', body: { title: 'Lexical cassé', excerpt: 'x', content: { root: 'pas un arbre' } }, expect: 400 },
  // Bodies Payload does not read: the operation would get no data at all.
  { name: 'a create with no body', path: '/api/news', method: 'POST', as: 'admin', expect: 400, says: /Aucune donnée reçue/ },
  { name: 'an update with no body', path: '/api/news/1', method: 'PATCH', as: 'admin', expect: 400, says: /Aucune donnée reçue/ },
  { name: 'a create sent as plain text', path: '/api/careers', method: 'POST', as: 'admin', body: 'title=Métier', contentType: 'text/plain', expect: 415, says: /Type de contenu non pris en charge/ },
  { name: 'a create sent as JSON Merge Patch (RFC 7396)', path: '/api/news', method: 'POST', as: 'admin', body: '{"title":"Fusion"}', contentType: 'application/merge-patch+json', expect: 415, says: /Type de contenu/ },
  { name: 'a create sent as JSON in capitals', path: '/api/news', method: 'POST', as: 'admin', body: '{"title":"Majuscules"}', contentType: 'APPLICATION/JSON', expect: 415, says: /Type de contenu/ },
  { name: 'a multipart create without _payload', path: '/api/careers', method: 'POST', as: 'admin', multipart: { title: 'Métier' }, expect: 400, says: /_payload/ },
  { name: 'an update sent as a URL-encoded form', path: '/api/news/1', method: 'PATCH', as: 'admin', body: 'title=Nouveau+titre', contentType: 'application/x-www-form-urlencoded', expect: 415, says: /Type de contenu/ },
  // Payload validates nothing on a draft save: the rich-text shape is checked by a beforeValidate hook instead.
  { name: 'invalid Lexical JSON in a draft save', path: '/api/news?draft=true', method: 'POST', as: 'admin', body: { title: 'Lexical cassé', excerpt: 'x', _status: 'draft', content: { root: 'pas un arbre' } }, expect: 400, says: /illisible/ },
  { name: 'a null node in a draft (Lexical’s own hook failed on it)', path: '/api/news?draft=true', method: 'POST', as: 'admin', body: { title: 'Nœud nul', excerpt: 'x', _status: 'draft', content: { root: { type: 'root', children: [null] } } }, expect: 400, says: /illisible/ },
  { name: 'a node typed like an object property, published', path: '/api/news', method: 'POST', as: 'admin', body: { title: 'Nœud constructeur', excerpt: 'x', _status: 'published', content: { root: { type: 'root', children: [{ type: 'constructor', children: [] }] } } }, expect: 400, says: /type inconnu/ },
  { name: 'an unknown node type, published', path: '/api/news', method: 'POST', as: 'admin', body: { title: 'Nœud inconnu', excerpt: 'x', _status: 'published', content: { root: { type: 'root', children: [{ type: 'blink', children: [] }] } } }, expect: 400, says: /type inconnu/ },
  { name: 'a text node whose text is an object, published', path: '/api/careers', method: 'POST', as: 'admin', body: { title: 'Texte objet', _status: 'published', content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: { a: 1 } }] }] } } }, expect: 400, says: /chaîne de caractères/ },
  { name: 'a heading tag the editor does not offer, in a draft', path: '/api/news?draft=true', method: 'POST', as: 'admin', body: { title: 'Titre script', excerpt: 'x', _status: 'draft', content: { root: { type: 'root', children: [{ type: 'heading', tag: 'script', children: [] }] } } }, expect: 400, says: /seuls h2, h3 et h4/ },
  { name: 'an image node pointing at the users, in a draft', path: '/api/news?draft=true', method: 'POST', as: 'admin', body: { title: 'Image compte', excerpt: 'x', _status: 'draft', content: { root: { type: 'root', children: [{ type: 'upload', relationTo: 'users', value: 1 }] } } }, expect: 400, says: /médiathèque/ },
  { name: 'paragraphs nested 1 500 deep', path: '/api/news?draft=true', method: 'POST', as: 'admin', body: { title: 'Très imbriqué', excerpt: 'x', _status: 'draft', content: { root: { type: 'root', children: [Array.from({ length: 1500 }).reduce<Record<string, unknown>>((inner) => ({ type: 'paragraph', children: [inner] }), { type: 'text', text: 'fond' })] } } }, expect: 400, says: /trop imbriqué/ },
  { name: 'a career draft whose text is a string', path: '/api/careers?draft=true', method: 'POST', as: 'admin', body: { title: 'Métier cassé', _status: 'draft', content: 'du texte brut' }, expect: 400, says: /illisible/ },
  { name: 'a body that is not JSON', path: '/api/news', method: 'POST', as: 'admin', body: Buffer.from('{"title": '), expect: 400, says: /JSON valide/ },
  { name: 'a JSON body that is a string', path: '/api/news', method: 'POST', as: 'admin', body: '{"title": ', expect: 400, says: /objet JSON/ },
  { name: 'a JSON body that is a list', path: '/api/careers', method: 'POST', as: 'admin', body: [{ title: 'Liste' }], expect: 400, says: /objet JSON/ },
  { name: 'an .exe renamed .jpg', path: '/api/media', method: 'POST', as: 'admin', multipart: { file: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: fakeExe }, _payload: JSON.stringify({ alt: 'Faux' }) }, expect: 400 },
  { name: 'an SVG with a script', path: '/api/media', method: 'POST', as: 'admin', multipart: { file: { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svgWithScript }, _payload: JSON.stringify({ alt: 'Logo' }) }, expect: 400 },
  { name: 'a 50 MB upload', path: '/api/media', method: 'POST', as: 'admin', multipart: { file: { name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(50 * 1024 * 1024, 0xff) }, _payload: JSON.stringify({ alt: 'Énorme' }) }, expect: [400, 413] },
]

const counts = async (request: APIRequestContext, token: string) => {
  const total = async (collection: string) =>
    (await (await request.get(`/api/${collection}?limit=1&depth=0&draft=true`, { headers: { Authorization: `JWT ${token}` } })).json()).totalDocs as number
  return { news: await total('news'), careers: await total('careers'), media: await total('media') }
}


/**
 * POSTs a JSON body that never ends, in chunks without a Content-Length, until the server answers
 * or 200 MB went out. Resolves with the answer and the bytes sent before it.
 */
const endlessJson = (url: string) =>
  new Promise<{ status: number; body: string; sentBytes: number }>((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } })
    const piece = Buffer.alloc(64 * 1024, 'a')
    let sentBytes = 0
    let answered = false
    const pump = () => {
      while (!answered) {
        if (sentBytes > 200 * 1024 * 1024) {
          request.destroy()
          return reject(new Error(`no answer after ${sentBytes} bytes: the server keeps reading`))
        }
        sentBytes += piece.length
        if (!request.write(piece)) return void request.once('drain', pump)
      }
    }
    request.on('response', (response) => {
      answered = true
      let body = ''
      response.on('data', (data: Buffer) => (body += data))
      response.on('end', () => {
        request.destroy()
        resolve({ status: response.statusCode ?? 0, body, sentBytes })
      })
    })
    request.on('error', (error) => answered || reject(error))
    request.write('{"title":"')
    pump()
  })

test.describe('hostile input', () => {
  test('every row gets its 4xx or a safe page, never a 5xx, and nothing is written', async ({ request }) => {
    test.setTimeout(120_000)
    const token = await adminToken(request)
    const before = await counts(request, token)
    const outcomes: string[] = []
    for (const row of ROWS) {
      const headers: Record<string, string> = row.as ? { Authorization: `JWT ${token}` } : {}
      if (typeof row.body === 'string' || Buffer.isBuffer(row.body)) headers['content-type'] = row.contentType ?? 'application/json'
      const response = await request.fetch(row.path, {
        method: row.method ?? 'GET',
        headers,
        ...(row.multipart ? { multipart: row.multipart as never } : row.body !== undefined ? { data: row.body } : {}),
        maxRedirects: 0,
      })
      const status = response.status()
      const text = await response.text()
      const allowed = [row.expect].flat()
      if (!allowed.includes(status)) outcomes.push(`${row.name}: HTTP ${status} (expected ${allowed.join(' or ')}) ${text.slice(0, 160)}`)
      else if (row.says && !row.says.test(text)) outcomes.push(`${row.name}: the answer does not say ${row.says}`)
      else if (status >= 400 && row.path.startsWith('/api/') && !/"(errors|message)"/.test(text)) outcomes.push(`${row.name}: a ${status} without a message`)
    }
    expect(outcomes).toEqual([])
    expect(await counts(request, token)).toEqual(before)
  })

  test('a JSON body sent in chunks without a length gets a French 413 once it passes 2 MB, before its end', async ({ baseURL }) => {
    const answer = await endlessJson(`${baseURL}/api/news`)
    expect(answer.status, answer.body).toBe(413)
    expect(answer.body).toMatch(/trop volumineuse/)
    // The socket buffers some of what was sent on top of the 2 MB read.
    expect(answer.sentBytes).toBeLessThan(64 * 1024 * 1024)
  })

  test('an article of 1.5 MB saved as the admin sends it (a multipart form’s _payload) is stored', async ({ request }) => {
    const token = await adminToken(request)
    const long = 'Un long paragraphe sur les métiers de la technique. '.repeat(30_000)
    const content = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: long }] }] } }
    const payload = JSON.stringify({ title: `Très long ${Date.now()}`, excerpt: 'x', _status: 'draft', content })
    expect(Buffer.byteLength(payload)).toBeGreaterThan(1.5 * 1024 * 1024)
    const created = await request.post('/api/news?draft=true', { headers: { Authorization: `JWT ${token}` }, multipart: { _payload: payload } })
    expect(created.status(), (await created.text()).slice(0, 200)).toBe(201)
    const { doc } = await created.json()
    expect(doc.content.root.children[0].children[0].text).toHaveLength(long.length)
    expect((await request.delete(`/api/news/${doc.id}`, { headers: { Authorization: `JWT ${token}` } })).status()).toBe(200)
  })

  test('markup in a post’s text is shown as text on its page, in the feeds, in JSON-LD and in search', async ({ page, request }) => {
    const token = await adminToken(request)
    const attack = `<img src=x onerror="window.pwned=1"></script><script>window.pwned=2</script>`
    const created = await request.post('/api/news', {
      headers: { Authorization: `JWT ${token}` },
      data: { title: `Titre ${attack}`, excerpt: `Chapô ${attack}`, _status: 'published' },
    })
    expect(created.status()).toBe(201)
    const { doc } = await created.json()
    try {
      await page.goto(`/actualites/${doc.slug}`)
      await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.pwned=2</script>')
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
      const html = await (await request.get(`/actualites/${doc.slug}`)).text()
      expect(html).not.toContain('<script>window.pwned')
      expect(html).not.toContain('<img src=x')
      // JSON-LD keeps the title as data: parsed, it is the text; raw, it cannot close its script.
      const article = (await jsonLdBlocks(page)).find((block) => block['@type'] === 'NewsArticle' || block['@type'] === 'Article')
      expect(String(article?.headline)).toContain('<script>window.pwned=2</script>')
      // RSS: the title is text inside CDATA; the description, which readers render as HTML, is escaped.
      const rss = await (await request.get('/rss.xml')).text()
      expect(XMLValidator.validate(rss)).toBe(true)
      expect(rss).toContain(`<![CDATA[Chapô &lt;img src=x onerror="window.pwned=1"&gt;&lt;/script&gt;&lt;script&gt;window.pwned=2&lt;/script&gt;]]>`)
      // Atom: title and summary are text constructs (no type="html"): readers show them as text.
      const atom = await (await request.get('/atom.xml')).text()
      expect(XMLValidator.validate(atom)).toBe(true)
      expect(atom).not.toMatch(/<(title|summary) type="(html|xhtml)"/)
      const json = await (await request.get('/feed.json')).json()
      expect(json.items[0].title).toContain('<script>window.pwned=2</script>') // JSON: a string, escaped by the format
      await page.goto(`/recherche?q=${encodeURIComponent('pwned')}`)
      // The post is found, its title shown as the text it is, and nothing of it ran.
      const result = page.locator('.search-result', { has: page.locator(`a[href="/actualites/${doc.slug}"]`) })
      await expect(result).toHaveCount(1)
      await expect(result.getByRole('heading', { level: 2 })).toHaveText(`Titre ${attack}`)
      await expect(page.locator('.search-results img, .search-results script')).toHaveCount(0)
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    } finally {
      await request.delete(`/api/news/${doc.id}`, { headers: { Authorization: `JWT ${token}` } })
    }
  })
})
