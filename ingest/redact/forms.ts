import { escapeRegex } from '../../src/text/regex.js';
import { titleCase } from '../extract/names.js';
import { RANK_SOURCE } from '../extract/ranks.js';
import { HONORIFICS, JUDGE_TITLES } from './vocabulary.js';

/** A written form of a private person's name and what replaces it. */
export interface Form {
  form: string;
  pseudonym: string;
}

/** Hyphenated parts of a name stand alone too ("Mensah-Boateng" -> "Mensah", "Boateng"). */
const HYPHEN = /[-‐]/;

/**
 * Every form a document may use for a person: the full name, each of its words (surname with or
 * without a title, first name alone, a middle name) and the parts of hyphenated words. Words of one
 * letter are initials and stay.
 */
export function formsOf(words: readonly string[]): string[] {
  const forms = new Set<string>([words.join(' ')]);
  if (words.length > 2) forms.add(`${words[0]} ${words[words.length - 1]}`);
  for (const w of words) {
    forms.add(w);
    if (HYPHEN.test(w)) for (const part of w.split(HYPHEN)) if (part.length >= 3) forms.add(part);
  }
  return [...forms].filter((f) => f.length >= 2);
}

/** The honorific before a form goes with it: "Mrs Wood" becomes "Person X", not "Mrs Person X". */
const HONORIFIC_BEFORE = `(?:(?:${HONORIFICS.join('|')}|${HONORIFICS.map((h) => h.toUpperCase()).join('|')})\\.?[ \\t]+)?`;
/** A rank or judicial title right before a one-word form: that is the officer or judge who shares the word. */
const PUBLIC_TITLE_BEFORE = new RegExp(
  `(?:${RANK_SOURCE}|${JUDGE_TITLES.join('|')}|[Oo]fficer)\\.?\\s+(?:\\d{2,6}\\s+|[A-Z]{1,2}\\d{2,6}\\s+)?(?:[\\p{Lu}][\\p{L}'’-]+\\s+)?$`,
  'u',
);
const NEXT_WORD = /^[ \t]+([\p{Lu}][\p{L}'’-]*)/u;
const PREV_WORD = /([\p{Lu}][\p{L}'’-]*)[ \t]+$/u;

/** A capitals surname after "Mc"/"Mac" ("McGRATH"), whose prose form is "McGrath". */
const MAC_CAPITALS = /(?<!\p{L})(Mc|Mac)(\p{Lu})(\p{Lu}+)(?!\p{L})/gu;

/** The form as written, in capitals (headings), and in title case when only capitals were seen. */
function caseVariants(form: string): string[] {
  const prose = form.replace(MAC_CAPITALS, (_, prefix: string, first: string, rest: string) => prefix + first + rest.toLowerCase());
  return [...new Set([form, form.toUpperCase(), titleCase(prose)])];
}

/**
 * A function replacing every form in a text, its pattern compiled once per document. Longest forms first, so "Amara Okafor" becomes one pseudonym rather
 * than "Amara <pseudonym>"; case as written (Title or CAPITALS), so the word "rose" in a sentence
 * stays while "Rose" and "ROSE" go. A one-word form keeps its place when a rank or judicial title
 * stands before it ("PC Wood" is the officer), or when it is half of a public person's full name
 * ("Tom" in "PC Tom Ashdown").
 */
export function formReplacer(forms: readonly Form[], publicNames: ReadonlySet<string>): (text: string) => string {
  if (!forms.length) return (text) => text;
  const byForm = new Map<string, string>();
  for (const f of forms) for (const v of caseVariants(f.form)) if (!byForm.has(v)) byForm.set(v, f.pseudonym);
  const alternatives = [...byForm.keys()].sort((a, b) => b.length - a.length).map((f) => escapeRegex(f).replace(/ /g, '\\s+'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${HONORIFIC_BEFORE}(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) =>
    text.replace(re, (whole: string, name: string, offset: number) => {
      const pseudonym = byForm.get(name.replace(/\s+/g, ' ')) ?? 'Person';
      if (!name.includes(' ') && whole === name) {
        const before = text.slice(Math.max(0, offset - 50), offset);
        if (PUBLIC_TITLE_BEFORE.test(before)) return whole;
        const next = NEXT_WORD.exec(text.slice(offset + name.length, offset + name.length + 40))?.[1];
        const prev = PREV_WORD.exec(before)?.[1];
        if ((next && publicNames.has(`${name} ${next}`.toLowerCase())) || (prev && publicNames.has(`${prev} ${name}`.toLowerCase()))) return whole;
      }
      return pseudonym;
    });
}
