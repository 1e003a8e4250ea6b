/** The href of every link of an HTML part, in order, entities decoded. */
export const linksIn = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'))
