import { APIError } from 'payload'

import type { Language, ReadProblem } from './readParameters'

/**
 * A client's mistake in a request's parameters: a 400 with the problem's message in the
 * request's language and `data.parameter` naming the parameter. Named like Payload's own
 * error for a query it cannot run, so that the config logs both as information
 * (`loggingLevels`, which knows Payload's error names only), not as server errors with a stack
 * trace; set here because the production bundle renames classes.
 */
export class ParameterError extends APIError {
  constructor(problem: ReadProblem, language: Language) {
    super(problem.message[language], 400, { parameter: problem.parameter }, true)
    this.name = 'QueryError'
  }
}

/** The language Payload negotiated for this request (French unless the client asked English). */
export const languageOf = (req: { i18n?: { language?: string } }): Language => (req.i18n?.language === 'en' ? 'en' : 'fr')
