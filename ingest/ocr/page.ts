import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppError, ErrorCode } from '../../src/errors.js';
import { OCR_SETTINGS, type OcrSettings } from './options.js';
import { CHILD_ENV, LANGUAGE, notInstalled, type Program } from './programs.js';
import { ocrPageFromTsv, type OcrPage } from './tsv.js';

const exec = promisify(execFile);

/** Tesseract's automatic page segmentation with orientation and script detection. */
const ORIENTATION_PSM = 1;

/** A page's TSV is a few hundred KB at most; the default 1 MB would cut a dense page short. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Runs a program with what is left of the page's time; the child is killed when it runs out. */
async function runChild(program: Program, args: string[], deadline: number, pageNum: number, limitSeconds: number): Promise<string> {
  const timeout = Math.max(1, deadline - Date.now());
  try {
    const { stdout } = await exec(program, args, { env: CHILD_ENV, timeout, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' });
    return stdout;
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { killed?: boolean; stderr?: string };
    if (e.code === 'ENOENT') throw notInstalled(program);
    if (e.killed) throw new AppError(ErrorCode.OCR_FAILED, `page ${pageNum}: OCR took longer than the limit of ${limitSeconds} s a page (INGEST_OCR_PAGE_SECONDS)`);
    const why = (e.stderr || e.message).trim().split('\n').pop();
    throw new AppError(ErrorCode.OCR_FAILED, `page ${pageNum}: ${program} failed (${why})`);
  }
}

/**
 * Renders one page with poppler and reads it with tesseract. The image is greyscale PGM: PNG
 * compression cost five times the rendering itself, and tesseract reads PGM as it is.
 */
export async function ocrPage(file: string, pageNum: number, limitSeconds: number, settings: OcrSettings = OCR_SETTINGS): Promise<OcrPage> {
  const deadline = Date.now() + limitSeconds * 1000;
  const dir = await mkdtemp(join(tmpdir(), 'ocr-'));
  try {
    const image = join(dir, 'page');
    const p = String(pageNum);
    await runChild('pdftoppm', ['-r', String(settings.dpi), '-gray', '-f', p, '-l', p, '-singlefile', file, image], deadline, pageNum, limitSeconds);
    const read = async (psm: number) => {
      const tsv = await runChild('tesseract', [`${image}.pgm`, 'stdout', '-l', LANGUAGE, '--psm', String(psm), 'tsv'], deadline, pageNum, limitSeconds);
      return ocrPageFromTsv(tsv, { dropSpecks: settings.dropSpecks });
    };
    const first = await read(settings.psm);
    // A blank page (no words, no confidence) has nothing to turn the right way up.
    if (settings.orientationRetryBelow === null || first.confidence === null || first.confidence >= settings.orientationRetryBelow) return first;
    const turned = await read(ORIENTATION_PSM);
    return (turned.confidence ?? 0) > (first.confidence ?? 0) ? turned : first;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
