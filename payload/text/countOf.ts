/** "1 métier", "12 métiers", "1 234 résultats": a count and its noun, agreed, the number in French. */
export const countOf = (count: number, one: string, many: string = `${one}s`): string =>
  `${count.toLocaleString('fr-FR')}\u00a0${count > 1 ? many : one}`
