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

export interface PdfContent {
  sha256: string;
  bytes: number;
  pages: PageText[];
  title: string | null;
}

/** Every PDF starts with this within its first KiB (the spec allows leading junk). */
const PDF_MAGIC = Buffer.from('%PDF-');
/** Pages are parsed in slices so pdf.js never holds a 900-page document's operator lists at once. */
const PAGES_PER_SLICE = 64;
/** Below this many letters on average per page the PDF is taken to be a scan with no text layer. */
const MIN_LETTERS_PER_PAGE = 20;

function fail(code: ErrorCode, file: string, reason: string): never {
  throw new AppError(code, `${basename(file)}: ${reason}`);
}

/** pdf.js reports a missing text layer as silence, and damage as one of a few exception names. */
function classifyParseError(file: string, err: unknown): never {
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException' || /password/i.test(message)) fail(ErrorCode.PDF_ENCRYPTED, file, 'the PDF is encrypted (password protected)');
  fail(ErrorCode.PDF_CORRUPT, file, `the PDF is damaged or truncated (${message.split('\n')[0]})`);
}

export async function readPdf(file: string, limits: ReadLimits): Promise<PdfContent> {
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
  const sha256 = createHash('sha256').update(data).digest('hex');

  const parser = new PDFParse({ data: new Uint8Array(data), verbosity: 0 });
  try {
    let total: number;
    let title: string | null = null;
    try {
      const info = await parser.getInfo();
      total = info.total;
      const t = (info.info as { Title?: unknown } | undefined)?.Title;
      title = typeof t === 'string' && t.trim() ? t.trim() : null;
    } catch (err) {
      classifyParseError(file, err);
    }
    if (total > limits.maxPages) fail(ErrorCode.PDF_TOO_MANY_PAGES, file, `${total} pages, over the limit of ${limits.maxPages}`);
    const pages: PageText[] = [];
    for (let first = 1; first <= total; first += PAGES_PER_SLICE) {
      const last = Math.min(total, first + PAGES_PER_SLICE - 1);
      try {
        const result = await parser.getText({ first, last, pageJoiner: '' });
        for (const p of result.pages) pages.push({ num: p.num, text: p.text });
      } catch (err) {
        classifyParseError(file, err);
      }
    }
    const letters = pages.reduce((n, p) => n + (p.text.match(/\p{L}/gu)?.length ?? 0), 0);
    if (pages.length === 0 || letters < MIN_LETTERS_PER_PAGE * pages.length) {
      fail(ErrorCode.PDF_NO_TEXT, file, 'no text layer (image-only or scanned PDF): needs OCR');
    }
    return { sha256, bytes: size, pages, title };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
