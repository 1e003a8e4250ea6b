/** "A", "A et B", "A, B et C": items as a French sentence lists them (no Oxford comma). */
export const frenchList = (items: string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} et ${items.at(-1)}` : (items[0] ?? '')

/** "bureau" for "Bureau": a label continuing a sentence or a list after its first item. */
export const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1)
