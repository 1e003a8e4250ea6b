/** Plain text made safe inside HTML (feeds carry HTML in RSS descriptions and content). */
export const escapeHtml = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
