/**
 * The feminine title as it follows " ou " after the masculine one in a heading ("Directeur
 * technique ou directrice technique"), or null when there is none or it is the same word
 * ("Sage-femme"). Its first letter is lowered unless the word is an acronym ("DRH").
 */
export const feminineTitle = ({ title, feminineTitle }: { title?: string | null; feminineTitle?: string | null }): string | null => {
  const feminine = feminineTitle?.trim()
  if (!feminine || feminine.toLocaleLowerCase('fr') === (title ?? '').trim().toLocaleLowerCase('fr')) return null
  const [first = '', second = ''] = feminine
  return second && second === second.toLocaleUpperCase('fr') && second !== second.toLocaleLowerCase('fr') ? feminine : first.toLocaleLowerCase('fr') + feminine.slice(1)
}

/** Every title a career is known by, for structured data: the feminine one, then the synonyms. */
export const alternateTitles = ({ title, feminineTitle, synonyms }: { title?: string | null; feminineTitle?: string | null; synonyms?: string | null }): string[] => {
  const seen = new Set([(title ?? '').trim().toLocaleLowerCase('fr')])
  const out: string[] = []
  for (const name of [feminineTitle ?? '', ...(synonyms ?? '').split(',')].map((name) => name.trim())) {
    const key = name.toLocaleLowerCase('fr')
    if (!name || seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}
