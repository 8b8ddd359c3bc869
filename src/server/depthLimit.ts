import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors.js';

export const MAX_QUERY_DEPTH = 10;

/**
 * Depth of the deepest field path, counting through fragments. Introspection (`__schema`,
 * `__type`) is exempt: GraphiQL's own schema query nests type references far deeper than any data
 * query needs, and it costs no database work.
 */
function depthOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + (sel.selectionSet ? depthOf(sel.selectionSet, fragments, seen) : 0));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(sel.name.value);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; do not recurse forever.
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, seen));
      seen.delete(fragment.name.value);
    }
  }
  return deepest;
}

export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`Query depth ${depth} exceeds the maximum of ${max}`, { nodes: [node], extensions: { code: ErrorCode.QUERY_TOO_DEEP } }));
        }
      },
    };
  };
}
