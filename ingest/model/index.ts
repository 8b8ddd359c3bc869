import type { DocText } from '../text.js';
import { findBlocks, type Block } from './blocks.js';
import { findFields, type Field } from './fields.js';
import { isHeading } from './headings.js';
import { splitLines, type Line } from './lines.js';
import { findSections, type Section } from './sections.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findTables, type Cell, type Table } from './tables.js';

export type { Block, Cell, Field, Line, Section, Sentence, Table };
export { cellUnder, rowAt } from './tables.js';
export { DATED_CASE_OPENING } from './sections.js';

/**
 * The structure of one document, built once between the page text and the extractors: lines,
 * headings, blocks (paragraphs, numbered paragraphs and list items), tables, fields, sentences and
 * case sections, all as offsets into `doc.text` (so any span maps back to its page). Parts are
 * computed when first asked for: an extractor that needs only fields never pays for sentences.
 */
export class DocModel {
  private _lines?: Line[];
  private _headings?: boolean[];
  private _tables?: Table[];
  private _fields?: Field[];
  private _blocks?: Block[];
  private _sentences?: Sentence[];
  private _sections?: Section[];
  private readonly blockSentences = new Map<Block, Sentence[]>();

  constructor(readonly doc: DocText) {}

  get text(): string {
    return this.doc.text;
  }

  get lines(): Line[] {
    return (this._lines ??= splitLines(this.doc));
  }

  /** Whether each line is a heading. */
  get headings(): boolean[] {
    if (!this._headings) {
      const ls = this.lines;
      const widest = ls.reduce((w, l) => Math.max(w, l.text.length), 0);
      this._headings = ls.map((l, i) => isHeading(l, ls[i + 1], widest));
    }
    return this._headings;
  }

  get tables(): Table[] {
    return (this._tables ??= findTables(this.text, this.lines));
  }

  get fields(): Field[] {
    return (this._fields ??= findFields(this.lines, this.tables));
  }

  get blocks(): Block[] {
    if (!this._blocks) {
      const fieldLines = new Set<number>();
      const byStart = new Map(this.lines.map((l) => [l.start, l.index]));
      for (const f of this.fields) {
        const i = byStart.get(f.start);
        if (i !== undefined) fieldLines.add(i);
      }
      const h = this.headings;
      this._blocks = findBlocks(
        this.lines,
        (i) => h[i] ?? false,
        (i) => this.lines[i]?.text.includes(' | ') ?? false,
        (i) => fieldLines.has(i),
      );
    }
    return this._blocks;
  }

  get sentences(): Sentence[] {
    return (this._sentences ??= this.blocks.flatMap((b) => this.sentencesOf(b)));
  }

  /** One block's sentences, tokenized once: most extractors ask about a few blocks, not all. */
  sentencesOf(block: Block): Sentence[] {
    let s = this.blockSentences.get(block);
    if (!s) {
      s = splitSentences(this.text, block.start, block.end);
      this.blockSentences.set(block, s);
    }
    return s;
  }

  get sections(): Section[] {
    return (this._sections ??= findSections(this.lines, this.blocks, this.text.length));
  }

  /** The sentence holding offset `at`, or null outside every block. */
  sentenceAt(at: number): Sentence | null {
    const b = this.blockAt(at);
    return b ? containing(this.sentencesOf(b), at) : null;
  }

  blockAt(at: number): Block | null {
    return containing(this.blocks, at);
  }

  sectionAt(at: number): Section {
    return containing(this.sections, at) ?? this.sections[this.sections.length - 1]!;
  }

  /** Fields whose label matches, in text order. */
  fieldsLabelled(label: RegExp): Field[] {
    return this.fields.filter((f) => label.test(f.label));
  }
}

/** The span in a sorted, non-overlapping list that holds `at`. */
function containing<T extends { start: number; end: number }>(spans: readonly T[], at: number): T | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

const models = new WeakMap<DocText, DocModel>();

/** The document's model, built once per DocText however many extractors ask. */
export function modelOf(doc: DocText): DocModel {
  let m = models.get(doc);
  if (!m) {
    m = new DocModel(doc);
    models.set(doc, m);
  }
  return m;
}
