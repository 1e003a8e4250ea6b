// NFD folding turns "é" into "e" + a combining accent we can drop, but ligatures have no
// decomposition: without this map "œuvre" would lose its first letter.
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' }

export const SLUG_MAX_LENGTH = 96

/** "Ingénieur d'études" → "ingenieur-d-etudes", "Chef d'œuvre" → "chef-d-oeuvre". */
export const slugify = (input: string): string =>
  input
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? '')
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '')

export const isValidSlug = (value: string): boolean =>
  value.length > 0 && value.length <= SLUG_MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
