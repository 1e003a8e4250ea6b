/** Plain text made safe inside HTML (feeds carry HTML in RSS descriptions and content). */
export const escapeHtml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Text made safe in an XML element or attribute (sitemap addresses carry `&` between query parameters). */
export const escapeXml = (value: string): string => escapeHtml(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
