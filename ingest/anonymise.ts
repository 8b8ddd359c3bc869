import { createHmac } from 'node:crypto';
import { escapeRegex } from '../src/text/regex.js';
import type { PageText } from './text.js';

/**
 * Complainants' real names never leave this stage. A pseudonym is an HMAC of the normalised name
 * under a secret key: stable for the same person across documents (so repeat patterns show) and
 * not reversible without the key (a plain hash of a name could be reversed by guessing names).
 */
export const PSEUDONYM_PREFIX = 'Complainant';
/** Pseudonyms look like "Complainant K7QX2M": the prefix and six base-32 characters. */
export const PSEUDONYM_PATTERN = /\bComplainant [A-Z2-7]{6}\b/;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(mr|mrs|ms|miss|dr|mx)\b\.?/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

export function pseudonymFor(key: string, realName: string): string {
  const mac = createHmac('sha256', key).update(normaliseName(realName)).digest();
  let code = '';
  for (let i = 0; i < 6; i++) code += BASE32[(mac[i] ?? 0) % 32];
  return `${PSEUDONYM_PREFIX} ${code}`;
}

/** A rank (and collar number) right before a bare surname makes it an officer's. */
const RANK_BEFORE = /\b(?:PC|PS|DC|DS|DI|DCI|PCSO|Sgt|Insp|Supt|Constable|Sergeant|Inspector|Superintendent|Officer)\.?\s+(?:\d{2,6}\s+)?$/;

/**
 * Replaces each real name, and its surname on its own, with the person's pseudonym in every page.
 * Longest forms first, so "Jane Smith" becomes one pseudonym rather than "Jane <pseudonym>".
 */
export function redactPages(pages: readonly PageText[], realNames: readonly string[], key: string): PageText[] {
  const forms: { form: string; pseudonym: string }[] = [];
  for (const name of realNames) {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    const pseudonym = pseudonymFor(key, clean);
    forms.push({ form: clean, pseudonym });
    const words = clean.split(' ').filter((w) => !/^(mr|mrs|ms|miss|dr|mx)\.?$/i.test(w));
    const surname = words[words.length - 1];
    if (words.length > 1 && surname && surname.length >= 3) forms.push({ form: surname, pseudonym });
    if (words.length > 1) forms.push({ form: words.join(' '), pseudonym });
  }
  if (forms.length === 0) return [...pages];
  forms.sort((a, b) => b.form.length - a.form.length);
  const byForm = new Map(forms.map((f) => [f.form.toLowerCase(), f.pseudonym]));
  // An honorific before the name goes too: "Ms Smith" -> "Complainant X", not "Ms Complainant X".
  const re = new RegExp(
    `(?:\\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\\.?\\s+)?\\b(${forms.map((f) => escapeRegex(f.form).replace(/ /g, '\\s+')).join('|')})\\b`,
    'gi',
  );
  const surnames = new Set(forms.filter((f) => !f.form.includes(' ')).map((f) => f.form.toLowerCase()));
  return pages.map((p) => ({
    ...p,
    text: p.text.replace(re, (whole: string, name: string, offset: number) => {
      const form = name.replace(/\s+/g, ' ').toLowerCase();
      // "PC Smith" is an officer who shares the complainant's surname, not the complainant.
      if (surnames.has(form) && whole === name && RANK_BEFORE.test(p.text.slice(Math.max(0, offset - 30), offset))) return whole;
      return byForm.get(form) ?? PSEUDONYM_PREFIX;
    }),
  }));
}
