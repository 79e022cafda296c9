import { getNullableType, GraphQLError, isListType, ValidationRule } from 'graphql';
import {
  ComplexityEstimator,
  ComplexityEstimatorArgs,
  createComplexityRule,
  fieldExtensionsEstimator,
  simpleEstimator,
} from 'graphql-query-complexity';

/** How many items a list field without a `limit` argument is assumed to return (revisions, locales, children...). */
export const ASSUMED_LIST_SIZE = 10;

/** Lists cost their items times the page size asked for (`limit`), or an assumed size when there is none. */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!isListType(getNullableType(field.type))) return undefined;
  return 1 + childComplexity * (typeof args.limit === 'number' ? args.limit : ASSUMED_LIST_SIZE);
};

/**
 * Complexity of a paged query (`{ items, nextCursor }`): its items are counted once per item asked for. Page
 * types mark `items` with complexity 0 so that the list is not multiplied twice.
 */
export const pageComplexity =
  (defaultLimit: number) =>
  ({ args, childComplexity }: Pick<ComplexityEstimatorArgs, 'args' | 'childComplexity'>): number =>
    1 + childComplexity * (typeof args.limit === 'number' ? args.limit : defaultLimit);

/** What graphql-query-complexity throws (without a code) when a document has more nodes than it will estimate. */
export const NODE_LIMIT_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

/** Rejects documents whose estimated cost exceeds `maximum`, before anything runs. */
export function complexityLimit(
  maximum: number,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): ValidationRule {
  return createComplexityRule({
    maximumComplexity: maximum,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), listEstimator, simpleEstimator({ defaultComplexity: 1 })],
    createError: (max, actual) =>
      new GraphQLError(
        `The query is too complex: its estimated cost is ${actual}, the limit is ${max}. Ask for fewer items (limit) or fewer nested fields, or split it.`,
        {
          extensions: { code: 'QUERY_TOO_COMPLEX', complexity: actual, maxComplexity: max },
        },
      ),
  });
}
