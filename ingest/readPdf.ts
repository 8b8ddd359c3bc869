import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PDFParse as Parser } from 'pdf-parse';
import { AppError, ErrorCode } from '../src/errors.js';
import { timed, type StageTimes } from './jobs.js';
import type { OcrOptions } from './ocr/options.js';
import { readScannedPages } from './ocr/scannedPages.js';
import type { PageText } from './text.js';

export interface ReadLimits {
  maxPages: number;
  maxFileBytes: number;
  /** OCR of pages without a text layer; on with defaults when absent. */
  ocr?: OcrOptions;
}

export interface PdfInfo {
  sha256: string;
  bytes: number;
  pageCount: number;
  title: string | null;
}

/** Every PDF starts with this within its first KiB (the spec allows leading junk). */
const PDF_MAGIC = Buffer.from('%PDF-');
/** Below this many letters on average per page the PDF is taken to be a scan with no text layer. */
const MIN_LETTERS_PER_PAGE = 20;

/** The smallest valid PDF: one empty page, with a correct cross-reference table. */
function tinyPdf(): Uint8Array {
  const objects = ['<</Type/Catalog/Pages 2 0 R>>', '<</Type/Pages/Kids[3 0 R]/Count 1>>', '<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj${o}endobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/**
 * pdf-parse's pdf.js is its "legacy" build, which installs core-js polyfills. On Node 20 one of
 * them replaces Array.prototype.push with a JavaScript version (V8 before 12.2 does not throw when
 * push() adds nothing to an array whose length is frozen, a case pdf.js never meets), and pdf.js's
 * text extraction pushes constantly: the replacement costs 10-15% of parse time. The engine's own
 * push is put back once pdf.js has loaded both halves (the worker half loads with the first
 * document, hence the tiny one). On engines that pass core-js's check nothing is replaced.
 */
async function loadPdfParse(): Promise<typeof Parser> {
  const enginePush = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  const { PDFParse } = await import('pdf-parse');
  const warm = new PDFParse({ data: tinyPdf(), verbosity: 0 });
  try {
    await warm.getText();
  } catch {
    // Only a speed-up is at stake: a pdf.js that cannot read this would say so on a real document.
  } finally {
    await warm.destroy().catch(() => undefined);
  }
  if (enginePush && Array.prototype.push !== enginePush.value) Object.defineProperty(Array.prototype, 'push', enginePush);
  return PDFParse;
}

const PDFParse = await loadPdfParse();

function fail(code: ErrorCode, file: string, reason: string): never {
  throw new AppError(code, `${basename(file)}: ${reason}`);
}

/** pdf.js reports damage as one of a few exception names; the message alone is enough to tell encryption. */
function classifyParseError(file: string, err: unknown): never {
  if (err instanceof AppError) throw err;
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException' || /password/i.test(message)) fail(ErrorCode.PDF_ENCRYPTED, file, 'the PDF is encrypted (password protected)');
  fail(ErrorCode.PDF_CORRUPT, file, `the PDF is damaged or truncated (${message.split('\n')[0]})`);
}

async function load(file: string, limits: ReadLimits): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    fail(ErrorCode.FILE_UNREADABLE, file, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size === 0) fail(ErrorCode.NOT_A_PDF, file, 'the file is empty');
  if (size > limits.maxFileBytes) fail(ErrorCode.PDF_TOO_LARGE, file, `the file is ${size} bytes, over the limit of ${limits.maxFileBytes}`);
  const data = await readFile(file);
  if (data.subarray(0, 1024).indexOf(PDF_MAGIC) < 0) fail(ErrorCode.NOT_A_PDF, file, 'not a PDF (no %PDF- header)');
  return data;
}

/** A document opened once in pdf.js, so its info and any range of its pages are read without parsing it again. */
export interface OpenPdf {
  info: PdfInfo;
  /** Text of pages first..last (1-based, inclusive). */
  pages(first: number, last: number): Promise<PageText[]>;
  close(): Promise<void>;
}

/** Checks the file, hashes it and opens it: size and page limits, magic bytes, encryption, damage. */
export async function openPdf(file: string, limits: ReadLimits, times?: StageTimes): Promise<OpenPdf> {
  const { data, sha256 } = await timed(times, 'read file', async () => {
    const data = await load(file, limits);
    return { data, sha256: createHash('sha256').update(data).digest('hex') };
  });
  // pdf.js may take ownership of (detach) the bytes it is given, so it gets its own copy.
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  const close = () => parser.destroy().catch(() => undefined);
  try {
    const meta = await timed(times, 'pdf open', () => parser.getInfo());
    if (meta.total > limits.maxPages) fail(ErrorCode.PDF_TOO_MANY_PAGES, file, `${meta.total} pages, over the limit of ${limits.maxPages}`);
    const t = (meta.info as { Title?: unknown } | undefined)?.Title;
    const info = { sha256, bytes: data.length, pageCount: meta.total, title: typeof t === 'string' && t.trim() ? t.trim() : null };
    return {
      info,
      async pages(first, last) {
        let pages: PageText[];
        try {
          const result = await timed(times, 'pdf text', () => parser.getText({ first, last, pageJoiner: '' }));
          pages = result.pages.map((p) => ({ num: p.num, text: p.text }));
        } catch (err) {
          classifyParseError(file, err);
        }
        return readScannedPages(file, pages, limits.ocr, times);
      },
      close,
    };
  } catch (err) {
    await close();
    classifyParseError(file, err);
  }
}

async function withPdf<T>(file: string, limits: ReadLimits, times: StageTimes | undefined, work: (pdf: OpenPdf) => Promise<T>): Promise<T> {
  const pdf = await openPdf(file, limits, times);
  try {
    return await work(pdf);
  } finally {
    await pdf.close();
  }
}

/** Text of pages first..last (1-based, inclusive). Workers call this on slices of one document. */
export function readPages(file: string, first: number, last: number, limits: ReadLimits, times?: StageTimes): Promise<PageText[]> {
  return withPdf(file, limits, times, (pdf) => pdf.pages(first, last));
}

/** Info and every page's text, parsing the file once. */
export function readPdf(file: string, limits: ReadLimits, times?: StageTimes): Promise<{ info: PdfInfo; pages: PageText[] }> {
  return withPdf(file, limits, times, async (pdf) => ({ info: pdf.info, pages: pdf.info.pageCount ? await pdf.pages(1, pdf.info.pageCount) : [] }));
}

/**
 * A scan has pages but (almost) no letters: it needs OCR before anything can be extracted.
 * Counting stops once there are enough, so a text PDF costs a few letters per page, not all of them.
 */
export function assertTextLayer(file: string, pages: readonly PageText[], ocr: boolean): void {
  const needed = MIN_LETTERS_PER_PAGE * pages.length;
  const letter = /\p{L}/gu;
  let letters = 0;
  for (const p of pages) {
    letter.lastIndex = 0;
    while (letters < needed && letter.test(p.text)) letters++;
    if (letters >= needed && pages.length > 0) return;
  }
  fail(
    ErrorCode.PDF_NO_TEXT,
    file,
    ocr ? 'no text layer (image-only or scanned PDF), and OCR read no text from it' : 'no text layer (image-only or scanned PDF): needs OCR, which is off (--no-ocr)',
  );
}
