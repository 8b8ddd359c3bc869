import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { AppError, ErrorCode } from '../src/errors.js';
import type { PageText } from './text.js';

export interface ReadLimits {
  maxPages: number;
  maxFileBytes: number;
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

function fail(code: ErrorCode, file: string, reason: string): never {
  throw new AppError(code, `${basename(file)}: ${reason}`);
}

/** pdf.js reports damage as one of a few exception names; the message alone is enough to tell encryption. */
function classifyParseError(file: string, err: unknown): never {
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

async function withParser<T>(file: string, data: Buffer, work: (p: PDFParse) => Promise<T>): Promise<T> {
  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  try {
    return await work(parser);
  } catch (err) {
    if (err instanceof AppError) throw err;
    classifyParseError(file, err);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Checks the file and reads what splitting it needs: hash, size, page count, title. */
export async function inspectPdf(file: string, limits: ReadLimits): Promise<PdfInfo> {
  const data = await load(file, limits);
  const sha256 = createHash('sha256').update(data).digest('hex');
  return withParser(file, data, async (parser) => {
    const info = await parser.getInfo();
    if (info.total > limits.maxPages) fail(ErrorCode.PDF_TOO_MANY_PAGES, file, `${info.total} pages, over the limit of ${limits.maxPages}`);
    const t = (info.info as { Title?: unknown } | undefined)?.Title;
    return { sha256, bytes: data.length, pageCount: info.total, title: typeof t === 'string' && t.trim() ? t.trim() : null };
  });
}

/** Text of pages first..last (1-based, inclusive). Workers call this on slices of one document. */
export async function readPages(file: string, first: number, last: number, limits: ReadLimits): Promise<PageText[]> {
  const data = await load(file, limits);
  return withParser(file, data, async (parser) => {
    const result = await parser.getText({ first, last, pageJoiner: '' });
    return result.pages.map((p) => ({ num: p.num, text: p.text }));
  });
}

/** A scan has pages but (almost) no letters: it needs OCR before anything can be extracted. */
export function assertTextLayer(file: string, pages: readonly PageText[]): void {
  let letters = 0;
  for (const p of pages) letters += p.text.match(/\p{L}/gu)?.length ?? 0;
  if (pages.length === 0 || letters < MIN_LETTERS_PER_PAGE * pages.length) {
    fail(ErrorCode.PDF_NO_TEXT, file, 'no text layer (image-only or scanned PDF): needs OCR');
  }
}
