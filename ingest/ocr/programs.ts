import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppError, ErrorCode } from '../../src/errors.js';

const exec = promisify(execFile);

/** The programs OCR runs, and the Debian packages that bring them (named in the error a missing one causes). */
export const PROGRAMS = {
  pdftoppm: { args: ['-v'], install: 'poppler-utils' },
  tesseract: { args: ['--list-langs'], install: 'tesseract-ocr tesseract-ocr-eng' },
} as const;

export type Program = keyof typeof PROGRAMS;

/** Tesseract's language for every page: the documents are English. */
export const LANGUAGE = 'eng';

/**
 * Tesseract parallelises one page over every core with OpenMP; the pool already runs a page per
 * thread, and both at once oversubscribe the cores (and run slower than one thread each).
 */
export const CHILD_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

/** A program that could not be started: ENOENT is "not installed" whatever the platform says. */
export function notInstalled(program: Program): AppError {
  return new AppError(
    ErrorCode.OCR_UNAVAILABLE,
    `${program} is not installed (Debian: apt-get install ${PROGRAMS[program].install}); install it or ingest with --no-ocr`,
  );
}

async function check(program: Program): Promise<void> {
  let out: string;
  try {
    const r = await exec(program, [...PROGRAMS[program].args], { env: CHILD_ENV, timeout: 10_000 });
    // pdftoppm -v prints its version on stderr; tesseract lists languages on stdout.
    out = r.stdout + r.stderr;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw notInstalled(program);
    throw new AppError(ErrorCode.OCR_UNAVAILABLE, `${program} does not run (${(err as Error).message.split('\n')[0]})`);
  }
  if (program === 'tesseract' && !out.split(/\s+/).includes(LANGUAGE)) {
    throw new AppError(
      ErrorCode.OCR_UNAVAILABLE,
      `tesseract has no "${LANGUAGE}" language data (Debian: apt-get install tesseract-ocr-${LANGUAGE}); install it or ingest with --no-ocr`,
    );
  }
}

let ready: Promise<void> | null = null;

/** Checks once per thread that both programs run, so a missing one fails a document with one clear line. */
export function requirePrograms(): Promise<void> {
  ready ??= Promise.all([check('pdftoppm'), check('tesseract')]).then(() => undefined);
  return ready;
}
