import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import type { ExecutionArgs, GraphQLError, ValidationContext, ValidationRule } from 'graphql'

/**
 * How deep a GraphQL query may nest fields, and how many aliases it may use. A visitor's query
 * nesting `relatedCareers` twenty levels deep grew its answer 2.7 times every two levels until
 * the server ran out of memory; 499 aliases of one document held every API read for 15 s.
 * Payload's complexity limit counts neither. The site's own pages use no GraphQL; 10 levels
 * reach any field of a document and of the documents it links to.
 */
export const MAX_QUERY_DEPTH = 10
export const MAX_ALIASES = 15

/** graphql-armor's rules, worded in the request's language (Payload's `graphQL.validationRules`). */
export const graphqlLimits = (args: ExecutionArgs): ValidationRule[] => {
  const english = (args.contextValue as { req?: { i18n?: { language?: string } } } | undefined)?.req?.i18n?.language === 'en'
  // Reported as validation errors (a 400 listing them); by default the rules throw, which is
  // how graphql-armor's server plugins want them, and graphql-http answered that with a 500.
  const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] }
  return [
    maxDepthRule({
      ...report,
      n: MAX_QUERY_DEPTH,
      exposeLimits: false,
      errorMessage: english
        ? `The query nests fields more than ${MAX_QUERY_DEPTH} levels deep.`
        : `La requête imbrique des champs sur plus de ${MAX_QUERY_DEPTH} niveaux.`,
    }),
    maxAliasesRule({
      ...report,
      n: MAX_ALIASES,
      exposeLimits: false,
      errorMessage: english ? `The query uses more than ${MAX_ALIASES} aliases.` : `La requête utilise plus de ${MAX_ALIASES} alias.`,
    }),
  ]
}
