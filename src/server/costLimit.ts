import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from '../errors.js';
import { DEFAULT_PAGE_SIZE } from './cursor.js';

/**
 * What an operation may cost, estimated before anything runs. Each object the response can hold
 * costs 1 (scalars are free: they come with their object); a list multiplies what is under it by its
 * `first` argument, or by DEFAULT_LIST_SIZE when it takes none. A connection's `first` multiplies its
 * `edges`. Introspection costs nothing, as in depthLimit.
 *
 * The check runs once the operation and its variables are known (an Apollo plugin, not a validation
 * rule: validation sees only the text, and a variable's default says nothing about the value sent).
 * A `first` given by a variable counts as the value sent, else the variable's default, else the
 * field's default; without variables at hand (estimating text alone) it counts as the largest page
 * the server allows, an upper bound no value can beat.
 */
export const DEFAULT_LIST_SIZE = 10;

export interface CostOptions {
  /** Largest `first` the server accepts (API_MAX_PAGE_SIZE). */
  maxPageSize: number;
  /** Items assumed for a list with no `first` argument. */
  defaultListSize?: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  operation: OperationDefinitionNode;
  options: Required<CostOptions>;
  /** The variables sent with the request; undefined when estimating from the text alone. */
  variables: Record<string, unknown> | undefined;
  seen: Set<string>;
}

function intValue(node: ValueNode | undefined | null, walk: Walk): number | undefined {
  if (!node || node.kind === Kind.NULL) return undefined;
  if (node.kind === Kind.INT) return Math.max(0, Number.parseInt(node.value, 10));
  if (node.kind === Kind.VARIABLE) {
    if (!walk.variables) return walk.options.maxPageSize;
    const sent = walk.variables[node.name.value];
    // A non-integer value is refused by graphql's own variable coercion; count it as the worst case meanwhile.
    if (sent !== undefined && sent !== null) return Number.isInteger(sent) ? Math.max(0, sent as number) : walk.options.maxPageSize;
    const definition = walk.operation.variableDefinitions?.find((v) => v.variable.name.value === node.name.value);
    return intValue(definition?.defaultValue, walk);
  }
  // Anything else is not an Int; graphql's own rules reject it.
  return undefined;
}

/** Items a `first`-taking field asks for: its argument, else the schema default, else the server's default page. */
function pageOf(field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[], walk: Walk): number {
  const given = intValue(args.find((a) => a.name.value === 'first')?.value, walk);
  if (given !== undefined) return given;
  const fallback = field.args.find((a) => a.name === 'first')?.defaultValue;
  return typeof fallback === 'number' ? fallback : Math.min(DEFAULT_PAGE_SIZE, walk.options.maxPageSize);
}

function fieldsOf(type: GraphQLNamedType | null | undefined) {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;
}

/** `page` is the pending `first` of a connection, applied to the list directly under it (its edges). */
function costOf(set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, walk: Walk, page?: number): number {
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const field = fieldsOf(parent)?.[sel.name.value];
      // An unknown field is reported by graphql's own FieldsOnCorrectType rule.
      if (!field || !sel.selectionSet || !isCompositeType(getNamedType(field.type))) continue;
      const list = isListType(getNullableType(field.type));
      const takesFirst = field.args.some((a) => a.name === 'first');
      const first = takesFirst ? pageOf(field, sel.arguments ?? [], walk) : undefined;
      const multiplier = list ? (first ?? page ?? walk.options.defaultListSize) : 1;
      const below = costOf(sel.selectionSet, getNamedType(field.type), walk, list ? undefined : first);
      total += multiplier * (1 + below);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? walk.schema.getType(sel.typeCondition.name.value) : parent;
      total += costOf(sel.selectionSet, type, walk, page);
    } else {
      const fragment = walk.fragments.get(sel.name.value);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; do not recurse forever.
      if (!fragment || walk.seen.has(fragment.name.value)) continue;
      walk.seen.add(fragment.name.value);
      total += costOf(fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value), walk, page);
      walk.seen.delete(fragment.name.value);
    }
  }
  return total;
}

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  options: CostOptions,
  variables?: Record<string, unknown>,
): number {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const walk: Walk = {
    schema,
    fragments,
    operation,
    options: { maxPageSize: options.maxPageSize, defaultListSize: options.defaultListSize ?? DEFAULT_LIST_SIZE },
    variables,
    seen: new Set(),
  };
  return costOf(operation.selectionSet, root, walk);
}

/** The refusal for an operation over `max`, or null when it may run. */
export function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  max: number,
  options: CostOptions,
): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const cost = operationCost(schema, operation, fragments, options, variables);
  if (cost <= max) return null;
  return new GraphQLError(`Query cost ${cost} exceeds the maximum of ${max}: ask for fewer items (\`first\`) or fewer nested lists`, {
    nodes: [operation],
    extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost, maxCost: max, http: { status: 400 } },
  });
}

/** Refuses an operation over the cost limit once its variables are known, before any resolver runs. */
export function costLimitPlugin(max: number, options: CostOptions): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = costError(schema, document, operation, request.variables, max, options);
          if (error) throw error;
        },
      };
    },
  };
}
