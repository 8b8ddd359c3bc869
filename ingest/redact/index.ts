import { findComplainantNames } from '../extract/complainants.js';
import { foldName } from '../../src/domain/names.js';
import { DocText, type PageText } from '../text.js';
import { formReplacer, formsOf, type Form } from './forms.js';
import { findKnownMentions, type KnownNames } from './known.js';
import { findNameMentions } from './names.js';
import { judgmentSubjectNames } from './judgmentSubjects.js';
import { groupPeople, type Person } from './people.js';
import { formHash, pseudonymCode, pseudonymWith } from './pseudonyms.js';

export type { KnownNames } from './known.js';

/** A redacted form's keyed hash and the pseudonym that replaced it, for the graph (never the name). */
export interface RedactedForm {
  hash: string;
  pseudonym: string;
}

export interface RedactedDocument {
  pages: PageText[];
  /** The metadata title with the same people redacted; null stays null. */
  title: string | null;
  /** One entry per form replaced, for (:RedactedName) nodes. */
  redacted: RedactedForm[];
  /** How many private people were redacted and public ones kept, for logs (counts only). */
  counts: { private: number; public: number };
}

/**
 * Privacy by default. Every person the document names is redacted unless the document gives them a
 * public role (officer, judge, chair or panel member, counsel, an official speaking for a force or
 * the IOPC): the steps are find names (names.ts) -> decide roles (roles.ts, people.ts) -> key a
 * pseudonym per private person (pseudonyms.ts) -> replace every form of their name (forms.ts) in
 * every page and in the metadata title. Names redacted in earlier documents (known.ts) are private
 * here too.
 */
export function redactDocument(rawPages: readonly PageText[], title: string | null, key: string, known: KnownNames = new Map()): RedactedDocument {
  const titlePage = title ? [{ num: 0, text: title }] : [];
  const doc = new DocText([...titlePage, ...rawPages]);
  const text = doc.text;
  const mentions = findNameMentions(text);
  const triggered = findComplainantNames(doc).map((n) => n.split(' '));
  const knownHits = findKnownMentions(text, known, key);
  const people = groupPeople(text, [...mentions, ...knownHits.map((k) => k.mention)], triggered);
  const knownByFull = new Map(knownHits.map((k) => [k.mention.words.map(foldName).join(' '), k.pseudonym]));

  const subjects = judgmentSubjectNames(titlePage.length ? new DocText(rawPages) : doc);
  for (const p of people) if (!p.role && !p.complainant && subjects.has(foldName(p.words[p.words.length - 1] ?? ''))) p.role = 'officer';
  const publicNames = new Set<string>();
  for (const p of people) if (p.role) publicNames.add(p.words.join(' ').toLowerCase());
  const forms: Form[] = [];
  const redacted: RedactedForm[] = [];
  const privatePeople = people.filter((p) => !p.role);
  // A first name alone says nothing of who the person is beyond this document: its code is scoped to
  // the document, so two documents' "Kyle" never become one person in the graph.
  const scope = formHash(key, text);
  for (const p of privatePeople) {
    const pseudonym = p.firstNameOnly
      ? pseudonymWith(p.complainant ? 'complainant' : 'person', pseudonymCode(key, `${p.words[0]} ${scope}`))
      : pseudonymFor(p, key, known, knownByFull);
    for (const form of formsOf(p.words)) {
      forms.push({ form, pseudonym });
      // A first name alone is too common to redact in other documents; full names and surnames are not.
      // A person named only by a first name ("your son, Kyle") is redacted in this document alone.
      if (form === p.words[0] && (p.words.length > 1 || p.firstNameOnly)) continue;
      redacted.push({ hash: formHash(key, form), pseudonym });
    }
  }
  const redactText = formReplacer(forms, publicNames);
  return {
    pages: rawPages.map((p) => ({ ...p, text: redactText(p.text) })),
    title: title === null ? null : redactText(title),
    redacted: dedupe(redacted),
    counts: { private: privatePeople.length, public: people.length - privatePeople.length },
  };
}

/** The pseudonym an earlier document gave one of this person's forms, else a new keyed one. */
function pseudonymFor(p: Person, key: string, known: KnownNames, knownByFull: Map<string, string>): string {
  const kind = p.complainant ? 'complainant' : 'person';
  const earlier = knownByFull.get(p.words.map(foldName).join(' ')) ?? firstKnown(p, key, known);
  const code = earlier ? earlier.split(' ')[1]! : pseudonymCode(key, p.words.join(' '));
  // A person once a complainant stays one: the prefix of the earlier pseudonym wins over "Person".
  return earlier && kind === 'person' ? earlier : pseudonymWith(kind, code);
}

function firstKnown(p: Person, key: string, known: KnownNames): string | undefined {
  if (!known.size) return undefined;
  for (const form of [p.words.join(' '), p.words[p.words.length - 1] ?? '']) {
    const hit = known.get(formHash(key, form));
    if (hit) return hit;
  }
  return undefined;
}

function dedupe(forms: RedactedForm[]): RedactedForm[] {
  return [...new Map(forms.map((f) => [f.hash, f])).values()];
}
