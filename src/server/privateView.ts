import type { ApolloServerPlugin } from '@apollo/server';
import type { Role } from './auth.js';
import type { Context } from './context.js';

/**
 * What each role sees of a private person. Real names never reach the graph (ingest/redact/); what
 * is stored is a keyed pseudonym, "Complainant K7QX2M" or "Person K7QX2M". Investigators and
 * operators see those pseudonyms (they join a person's documents); readers see only a neutral mark,
 * since a stable pseudonym in public text lets anyone follow one person across documents.
 */
const MARKS = { Complainant: '[complainant]', Person: '[member of the public]' } as const;

/**
 * A stored pseudonym in text, also when a search highlight cut through it
 * ("<mark>Complainant</mark> K7QX2M", "Person <mark>K7QX2M</mark>").
 */
const PSEUDONYM_IN_TEXT = /(?:<mark>)?\b(Complainant|Person)(?:<\/mark>)?( |&#32;|\s)(?:<mark>)?[A-Z2-7]{6}\b(?:<\/mark>)?/g;

export function seesPseudonyms(role: Role): boolean {
  return role !== 'reader';
}

/** Text as `role` may read it: pseudonyms for investigators and operators, neutral marks for readers. */
export function viewText(text: string, role: Role): string {
  if (seesPseudonyms(role)) return text;
  return text.replace(PSEUDONYM_IN_TEXT, (_: string, prefix: keyof typeof MARKS) => MARKS[prefix]);
}

/** Every string in a response, depth first; arrays and objects are rebuilt only when something changed. */
function viewAll(value: unknown, role: Role): unknown {
  if (typeof value === 'string') return viewText(value, role);
  if (Array.isArray(value)) return value.map((v) => viewAll(v, role));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = viewAll(v, role);
    return out;
  }
  return value;
}

/**
 * The one place the API applies the view: every string of a reader's answer (page text, titles,
 * quotes, snippets, highlights, review texts, error messages) goes through viewText before it is sent.
 */
export const privateViewPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (seesPseudonyms(contextValue.role) || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        if (result.data) result.data = viewAll(result.data, contextValue.role) as typeof result.data;
        if (result.errors) result.errors = result.errors.map((e) => ({ ...e, message: viewText(e.message, contextValue.role) }));
      },
    };
  },
};
