import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '../errors.js';

/**
 * Limits on the shape of an operation that the cost estimate does not see. Each root field is its
 * own piece of database work, and aliases repeat a field as often as a client likes: 9,000 aliased
 * cheap `search` fields cost little each but ran 9,000 statements. So an operation may have at most
 * `maxRootFields` root fields (aliases and fragments included) and `maxAliases` aliased fields anywhere.
 */
export interface OperationLimitSettings {
  maxRootFields: number;
  maxAliases: number;
}

interface Counted {
  rootFields: number;
  aliases: number;
}

function count(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>, atRoot: boolean, into: Counted): void {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      if (atRoot) into.rootFields++;
      if (sel.alias) into.aliases++;
      if (sel.selectionSet) count(sel.selectionSet, fragments, seen, false, into);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      count(sel.selectionSet, fragments, seen, atRoot, into);
    } else {
      const fragment = fragments.get(sel.name.value);
      // Cycles are graphql's NoFragmentCycles' to report; a fragment spread twice counts twice, as it runs twice.
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      count(fragment.selectionSet, fragments, seen, atRoot, into);
      seen.delete(fragment.name.value);
    }
  }
}

const refuse = (message: string, code: ErrorCode, node: ASTNode) => new GraphQLError(message, { nodes: [node], extensions: { code } });

export function operationLimits(settings: OperationLimitSettings): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    return {
      OperationDefinition(node) {
        // graphql 16 validates a subscription against a schema without one only when it executes, as an internal error.
        if (node.operation === 'subscription' && !context.getSchema().getSubscriptionType()) {
          context.reportError(refuse('This API has no subscriptions: send a query or a mutation', ErrorCode.BAD_USER_INPUT, node));
          return;
        }
        const counted: Counted = { rootFields: 0, aliases: 0 };
        count(node.selectionSet, fragments, new Set(), true, counted);
        if (counted.rootFields > settings.maxRootFields) {
          context.reportError(
            refuse(
              `The operation asks for ${counted.rootFields} root fields; at most ${settings.maxRootFields} are allowed: split it into several requests`,
              ErrorCode.QUERY_TOO_COSTLY,
              node,
            ),
          );
        }
        if (counted.aliases > settings.maxAliases) {
          context.reportError(refuse(`The operation uses ${counted.aliases} aliases; at most ${settings.maxAliases} are allowed`, ErrorCode.QUERY_TOO_COSTLY, node));
        }
      },
    };
  };
}
