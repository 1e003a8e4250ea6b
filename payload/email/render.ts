import mjml2html from 'mjml'

import { escapeXml } from '@/payload/feeds/escapeHtml'
import { frenchTypography } from '@/payload/i18n/typography'

/** A post in a digest: title, chapô, absolute link, and an image when it has one. */
export type MailItem = { title: string; summary?: string | null; href: string; image?: { src: string; alt: string } | null }

/**
 * What a mail says, as data: the HTML part (MJML, so that it reads the same in Outlook, Gmail
 * and phone clients) and the plain-text part are both written from it, so neither can say
 * something the other does not.
 */
export type MailContent = {
  /** Subject line, and the heading of both parts unless `heading` says otherwise. */
  subject: string
  /** The heading, when the subject carries more (the site's name, for the inbox). */
  heading?: string
  /** The line mail programs show after the subject in the inbox. */
  preheader: string
  paragraphs: string[]
  /** The one thing to do (confirm, reset): a button in HTML, an address on its own line in text. */
  action?: { label: string; href: string }
  items?: MailItem[]
  /** Lines after the content (why this mail, how to stop it); small print. */
  footer: string[]
  /** A visible "Se désabonner" link, for digests. */
  unsubscribeHref?: string
}

/** The last line of the mails we write. */
export const SIGNATURE = 'L’équipe Repères'

const INK = '#1c2430'
const ACCENT = '#0b5d57'
const MUTED = '#4a5566'

const text = (value: string) => escapeXml(value)

const itemMjml = (item: MailItem) => `
  <mj-section padding="12px 0" border-top="1px solid #d5dae1">
    ${item.image ? `<mj-column width="30%"><mj-image src="${text(item.image.src)}" alt="${text(item.image.alt)}" href="${text(item.href)}" fluid-on-mobile="true" padding="8px 12px 8px 0" border-radius="4px"></mj-image></mj-column>` : ''}
    <mj-column width="${item.image ? '70%' : '100%'}">
      <mj-text font-size="18px" font-weight="700" line-height="1.35" padding="8px 0 4px"><a href="${text(item.href)}" style="color:${ACCENT}">${text(item.title)}</a></mj-text>
      ${item.summary ? `<mj-text padding="0 0 8px">${text(item.summary)}</mj-text>` : ''}
    </mj-column>
  </mj-section>`

const mjmlFor = (mail: MailContent) => `<mjml lang="fr" dir="ltr">
  <mj-head>
    <mj-title>${text(mail.subject)}</mj-title>
    <mj-preview>${text(mail.preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="system-ui, -apple-system, 'Segoe UI', Arial, sans-serif"></mj-all>
      <mj-text color="${INK}" font-size="16px" line-height="1.55" padding="0 0 12px"></mj-text>
      <mj-section padding="0"></mj-section>
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f4f6f8" width="600px">
    <mj-wrapper background-color="#ffffff" padding="24px 20px" border-radius="6px">
      <mj-section><mj-column>
        <mj-text font-size="15px" font-weight="700" color="${ACCENT}" padding="0 0 16px">Repères</mj-text>
        <mj-text font-size="24px" font-weight="700" line-height="1.3" padding="0 0 16px"><h1 style="margin:0;font-size:24px">${text(mail.heading ?? mail.subject)}</h1></mj-text>
        ${mail.paragraphs.map((paragraph) => `<mj-text>${text(paragraph)}</mj-text>`).join('\n')}
        ${mail.action ? `<mj-button href="${text(mail.action.href)}" background-color="${ACCENT}" color="#ffffff" font-size="16px" font-weight="700" inner-padding="14px 22px" border-radius="4px" align="left" padding="8px 0 16px">${text(mail.action.label)}</mj-button>
        <mj-text font-size="14px" color="${MUTED}">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur&nbsp;:<br><a href="${text(mail.action.href)}" style="color:${ACCENT};word-break:break-all">${text(mail.action.href)}</a></mj-text>` : ''}
      </mj-column></mj-section>
      ${(mail.items ?? []).map(itemMjml).join('\n')}
      <mj-section padding="16px 0 0" border-top="1px solid #d5dae1"><mj-column>
        ${mail.footer.map((line) => `<mj-text font-size="14px" color="${MUTED}">${text(line)}</mj-text>`).join('\n')}
        ${mail.unsubscribeHref ? `<mj-text font-size="14px"><a href="${text(mail.unsubscribeHref)}" style="color:${ACCENT}">Se désabonner</a></mj-text>` : ''}
      </mj-column></mj-section>
    </mj-wrapper>
  </mj-body>
</mjml>`

const textFor = (mail: MailContent) =>
  [
    mail.heading ?? mail.subject,
    '',
    ...mail.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(mail.action ? [`${mail.action.label}\u00a0:`, mail.action.href, ''] : []),
    ...(mail.items ?? []).flatMap((item) => ['----', item.title, ...(item.summary ? [item.summary] : []), item.href, '']),
    ...(mail.items?.length ? ['----', ''] : []),
    ...mail.footer.flatMap((line) => [line, '']),
    ...(mail.unsubscribeHref ? [`Se désabonner\u00a0: ${mail.unsubscribeHref}`] : []),
  ]
    .join('\n')
    .trimEnd() + '\n'

/**
 * The HTML and text parts of a mail. Throws when MJML finds the template invalid (strict
 * validation): a broken mail is a bug to fix, not something to send.
 */
export const renderMail = async (content: MailContent): Promise<{ subject: string; html: string; text: string }> => {
  // Our own words get French typography (a non-breaking space before « : ; ? ! »). Paragraphs
  // come typeset by their authors (frenchText), which leaves the values in them as they are: a
  // person's name, the editors' titles.
  const mail: MailContent = {
    ...content,
    subject: frenchTypography(content.subject),
    heading: content.heading && frenchTypography(content.heading),
    preheader: frenchTypography(content.preheader),
    footer: content.footer.map(frenchTypography),
    action: content.action && { ...content.action, label: frenchTypography(content.action.label) },
  }
  // fonts: {}: MJML would otherwise add a stylesheet from Google Fonts for a family it knows,
  // a request to a third party each time a mail is opened.
  const { html } = await mjml2html(mjmlFor(mail), { validationLevel: 'strict', keepComments: false, fonts: {} })
  return { subject: mail.subject, html, text: textFor(mail) }
}
