import { escapeRegex } from '../text/regex.js';

/**
 * Highlighting done in the API rather than by Lucene: Neo4j's full-text procedures return nodes
 * and scores only. Terms are read back out of the user's Lucene query and matched as whole words
 * (a trailing * matches any ending), which covers the standard analyser's behaviour closely enough
 * to show a reader why a page matched.
 */

const OPERATORS = new Set(['and', 'or', 'not', 'to']);
const WORD = /[\p{L}\p{N}]+\*?/gu;

export interface Snippet {
  text: string;
  start: number;
  end: number;
  highlights: { start: number; end: number }[];
  highlighted: string;
}

export function queryTerms(query: string): { word: string; prefix: boolean }[] {
  const terms = new Map<string, boolean>();
  // Field names ("text:") and boosts/fuzziness ("^2", "~1") are syntax, not words to find.
  const cleaned = query.replace(/[\p{L}\p{N}_]+:/gu, ' ').replace(/[\^~][\d.]*/g, ' ');
  for (const [raw] of cleaned.matchAll(WORD)) {
    const prefix = raw.endsWith('*');
    const word = (prefix ? raw.slice(0, -1) : raw).toLowerCase();
    if (!word || (OPERATORS.has(word) && raw === raw.toUpperCase())) continue;
    terms.set(word, (terms.get(word) ?? false) || prefix);
  }
  return [...terms].map(([word, prefix]) => ({ word, prefix }));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function matcher(terms: { word: string; prefix: boolean }[]): RegExp | null {
  if (!terms.length) return null;
  const alternatives = terms.sort((a, b) => b.word.length - a.word.length).map((t) => escapeRegex(t.word) + (t.prefix ? '[\\p{L}\\p{N}]*' : ''));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Moves an offset outwards to the nearest whitespace so the excerpt does not cut words. */
function widen(text: string, at: number, direction: -1 | 1, slack: number): number {
  for (let i = 0; i < slack; i++) {
    const j = at + i * direction;
    if (j <= 0) return 0;
    if (j >= text.length) return text.length;
    if (/\s/.test(text[j] ?? '')) return direction === -1 ? j + 1 : j;
  }
  return at;
}

export function snippet(text: string, query: string, width = 240): Snippet {
  const re = matcher(queryTerms(query));
  const all = re ? [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
  const first = all[0];
  let start = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  let end = Math.min(text.length, start + width);
  if (start > 0) start = widen(text, start, -1, 20);
  if (end < text.length) end = widen(text, end, 1, 20);
  const excerpt = text.slice(start, end);
  const highlights = all.filter((h) => h.start >= start && h.end <= end).map((h) => ({ start: h.start - start, end: h.end - start }));
  let highlighted = '';
  let at = 0;
  for (const h of highlights) {
    highlighted += escapeHtml(excerpt.slice(at, h.start)) + '<mark>' + escapeHtml(excerpt.slice(h.start, h.end)) + '</mark>';
    at = h.end;
  }
  highlighted += escapeHtml(excerpt.slice(at));
  return { text: excerpt, start, end, highlights, highlighted };
}
