import { describe, expect, it } from 'vitest'

import { digestMail, type DigestPost } from '@/payload/digest/content'
import { renderMail } from '@/payload/email/render'
import { frenchText } from '@/payload/i18n/typography'

describe('renderMail', () => {
  it('escapes what it is given in the HTML part, keeps it as typed in the text part, and typesets only our words', async () => {
    const mail = await renderMail({
      subject: 'Essai : <b>gras</b>',
      preheader: 'x',
      paragraphs: [frenchText`Bonjour ${'Zoé <script>alert(1)</script> : la vraie'},`],
      action: { label: 'Aller', href: 'https://exemple.fr/a?b=1&c="2"' },
      footer: ['Pied : de page'],
    })
    expect(mail.subject).toBe('Essai\u00a0: <b>gras</b>')
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('Zoé &lt;script&gt;alert(1)&lt;/script&gt; : la vraie')
    expect(mail.html).toContain('href="https://exemple.fr/a?b=1&amp;c=&quot;2&quot;"')
    expect(mail.text).toContain('Bonjour Zoé <script>alert(1)</script> : la vraie,')
    expect(mail.text).toContain('Pied\u00a0: de page')
    expect(mail.text).toContain('Aller\u00a0:\nhttps://exemple.fr/a?b=1&c="2"')
    // No stylesheet from a third party (MJML adds Google Fonts for a family it knows).
    expect(mail.html).not.toMatch(/googleapis|@import/)
  })

  it('builds a digest of title, chapô and link per post, an XML-hostile title included, and no post without an address', async () => {
    const posts = [
      { id: 1, slug: 'a', title: 'Fin de section ]]> & « guillemets »', excerpt: 'Chapô', publishedAt: '2027-01-01T00:00:00Z' },
      { id: 2, slug: null, title: 'Sans adresse', excerpt: null, publishedAt: '2027-01-01T00:00:00Z' },
    ] as unknown as DigestPost[]
    const mail = await renderMail(digestMail(posts, 'daily', new Date('2027-01-01T07:00:00Z'), 'https://exemple.fr/desabonnement'))
    expect(mail.html).toContain('Fin de section ]]&gt; &amp; « guillemets »')
    expect(mail.text).toContain('Fin de section ]]> & « guillemets »\nChapô\n')
    expect(mail.text).not.toContain('Sans adresse')
    expect(mail.subject).toBe('Repères — Une nouvelle actualité — lettre du 1er janvier 2027')
    expect(mail.text).toContain('Se désabonner\u00a0: https://exemple.fr/desabonnement')
  })
})
