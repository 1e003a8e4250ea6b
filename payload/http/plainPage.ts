import { escapeHtml } from '@/payload/feeds/escapeHtml'

/**
 * A French page answered outside Next's rendering (a refusal from the proxy or from a form's
 * route handler), with the site's colours and type inline: it needs neither the layout nor the
 * stylesheet. Each paragraph is plain text; each link a [label, href] pair.
 */
export const plainPage = ({ title, paragraphs, links }: { title: string; paragraphs: string[]; links: [string, string][] }): string =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Repères</title><meta name="robots" content="noindex">
<style>body{margin:0;background:#fbfaf7;color:#1c2430;font:1.0625rem/1.6 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}
header,main{max-width:72rem;margin:0 auto;padding:1rem}header{border-bottom:1px solid #dcd8cf}a{color:#0b5d57}
header a{font-weight:700;font-size:1.25rem;text-decoration:none;color:#1c2430}:focus-visible{outline:3px solid #b3400a;outline-offset:2px}</style>
</head><body><header><a href="/">Repères</a></header><main><h1>${escapeHtml(title)}</h1>${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('')}
<p>${links.map(([label, href]) => `<a href="${escapeHtml(href).replace(/"/g, '&quot;')}">${escapeHtml(label)}</a>`).join(' · ')}</p></main></body></html>`

/** That page as a response with its status, never cached. */
export const plainPageResponse = (status: number, page: Parameters<typeof plainPage>[0], headers: Record<string, string> = {}): Response =>
  new Response(plainPage(page), { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } })

/** 303 See Other to a path of this site: what a form's POST answers once done. */
export const seeOther = (path: string): Response => new Response(null, { status: 303, headers: { location: path, 'cache-control': 'no-store' } })
