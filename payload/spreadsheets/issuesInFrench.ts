/**
 * The import/export plugin (3.90.1) reports a refused row with the error's message: Payload's
 * own are in the editor's French, the plugin's and the database's are English, and the
 * database's is the SQL itself. Each known one, said in French (the original kept after it
 * when it carries the detail).
 */
const RULES: [RegExp, (...groups: string[]) => string][] = [
  [/^Failed query:[\s\S]*$/, () => 'La base de données a refusé cette ligne : une valeur ne convient pas à sa colonne (un nombre attendu, un choix hors de la liste, une adresse déjà prise…).'],
  [/^Match field "(.+)" not found in document$/, (column) => `La colonne « ${column} » est vide sur cette ligne : impossible de retrouver l’élément à mettre à jour.`],
  [/^Document with (.+)="(.*)" not found$/, (column, value) => `Aucun élément dont « ${column} » vaut « ${value} » : rien à mettre à jour (« Mettre à jour, ou créer » l’aurait créé en brouillon).`],
  [/^Document not found$/, () => 'Élément introuvable : rien à mettre à jour.'],
  [/^Invalid ID format for update: (.*)$/, (value) => `« ${value} » n’est pas un numéro d’élément.`],
  [/^Invalid JSON format$/, () => 'Le fichier n’est pas du JSON lisible.'],
  [/^JSON import data must be an array of documents$/, () => 'Le fichier JSON doit contenir une liste d’éléments, entre [ et ].'],
  [/^Import file contains (\d+) documents but limit is (\d+)$/, (count, limit) => `Le fichier contient ${count} lignes ; la limite est de ${limit}.`],
  [/^No file data provided for import$/, () => 'Aucun fichier reçu.'],
]

export const issueInFrench = (message: string): string => {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message)
    if (match) return say(...match.slice(1))
  }
  return message
}

type Summary = { issueDetails?: unknown } | null | undefined
type Issue = { error?: unknown; row?: unknown }

/**
 * The summary with each refused row's reason in French (see RULES) and, for a CSV file, the
 * `line` a spreadsheet shows it on (`rowNumber`, from the plugin's row: it counts rows from 1
 * after the header, and knows neither the header nor the empty rows left out).
 */
export const summaryInFrench = <T extends Summary>(summary: T, rowNumber?: (row: number) => number | undefined): T => {
  if (!summary || !Array.isArray(summary.issueDetails)) return summary
  return {
    ...summary,
    issueDetails: summary.issueDetails.map((issue: Issue) => {
      const line = rowNumber && typeof issue?.row === 'number' && issue.row > 0 ? rowNumber(issue.row) : undefined
      return { ...issue, ...(typeof issue?.error === 'string' ? { error: issueInFrench(issue.error) } : {}), ...(line ? { line } : {}) }
    }),
  }
}
