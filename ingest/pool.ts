import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../src/errors.js';
import { addTimes, type Job, type JobMessage, type JobReply, type StageTimes } from './jobs.js';
import type { FailedDocument, ProcessOptions, ProcessResult } from './process.js';
import type { PdfInfo } from './readPdf.js';
import type { PageText } from './text.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/**
 * The processing module brings pdf.js and every extractor; with threads, this thread needs it
 * only to describe a job that failed outright, so it is loaded then and not at start-up.
 */
const processing = () => import('./process.js');
/**
 * Documents up to this many pages are one job on one thread: a folder keeps every thread busy
 * with whole documents, and a document's text never crosses threads. Longer ones (a 900-page
 * review) are split, so one document alone still uses every core.
 */
const SPLIT_ABOVE_PAGES = 96;
/**
 * Pages per slice of a split document: each slice reloads the document in pdf.js, so slices are
 * as large as they can be while still giving every thread two of them; bounded above so one
 * slice's text stays small.
 */
function sliceSize(pageCount: number, threads: number): number {
  return Math.min(256, Math.max(32, Math.ceil(pageCount / (threads * 2))));
}

/**
 * Pages per slice of a document split for its OCR (a CPU second a page, not milliseconds): two
 * slices a thread, so a slow page does not hold up the rest.
 */
function ocrSliceSize(pageCount: number, threads: number): number {
  return Math.max(1, Math.ceil(pageCount / (threads * 2)));
}

class JobFailed extends Error {
  constructor(readonly failed: FailedDocument) {
    super(failed.message);
  }
}

/** A fixed set of threads taking jobs first come, first served. A job past its deadline costs its thread, which is replaced. */
class ThreadPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly all = new Set<Worker>();
  /** How many redacted-name hashes each thread already holds (the map only grows, in insertion order). */
  private readonly knownSent = new WeakMap<Worker, number>();
  private nextId = 0;

  constructor(
    readonly size: number,
    private readonly times: StageTimes,
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_URL);
    w.unref();
    this.all.add(w);
    return w;
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  private replace(w: Worker): Worker {
    this.all.delete(w);
    void w.terminate();
    return this.spawn();
  }

  async run<T>(job: Job, deadline: number): Promise<T> {
    let w = await this.acquire();
    const id = this.nextId++;
    try {
      const reply = await new Promise<JobReply | AppError>((resolve) => {
        const timer = setTimeout(
          () => {
            w.removeAllListeners('message');
            w.removeAllListeners('error');
            w = this.replace(w);
            resolve(new AppError(ErrorCode.PROCESSING_TIMEOUT, `${basenameOf(job.file)}: processing took too long and was stopped`));
          },
          Math.max(0, deadline - Date.now()),
        );
        const onMessage = (msg: { id: number; reply: JobReply }) => {
          if (msg.id !== id) return;
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          resolve(msg.reply);
        };
        const onError = (err: Error) => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w = this.replace(w);
          resolve(new AppError(ErrorCode.INTERNAL, `${basenameOf(job.file)}: worker crashed (${err.message})`));
        };
        w.on('message', onMessage);
        w.once('error', onError);
        w.postMessage(this.message(w, id, job));
      });
      if (reply instanceof AppError) throw new JobFailed((await processing()).failure(job.file, reply));
      addTimes(this.times, reply.times);
      if (!reply.ok) throw new JobFailed(reply.failure);
      return reply.value as T;
    } finally {
      this.release(w);
    }
  }

  /** The job without the redacted-name map, and the map's entries this thread has not had yet. */
  private message(w: Worker, id: number, job: Job): JobMessage {
    const known = job.options.knownNames;
    if (!known) return { id, job };
    const sent = this.knownSent.get(w) ?? 0;
    this.knownSent.set(w, known.size);
    const fresh = known.size > sent ? [...known].slice(sent) : undefined;
    return { id, job: { ...job, options: { ...job.options, knownNames: undefined } }, ...(fresh ? { known: fresh } : {}) };
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

function basenameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** `ocr`: split for its pages to OCR rather than its length, so into slices of a few pages. */
type DocumentReply = { done: ProcessResult } | { split: PdfInfo; ocr?: boolean };

async function processOne(pool: ThreadPool, file: string, options: ProcessOptions, timeoutMs: number): Promise<ProcessResult> {
  const deadline = Date.now() + timeoutMs;
  let info: PdfInfo | null = null;
  try {
    const splitAbove = pool.size > 1 ? SPLIT_ABOVE_PAGES : Infinity;
    const first = await pool.run<DocumentReply>({ kind: 'document', file, splitAbove, options }, deadline);
    if ('done' in first) return first.done;
    info = first.split;
    const slices: Promise<PageText[]>[] = [];
    const step = first.ocr ? ocrSliceSize(info.pageCount, pool.size) : sliceSize(info.pageCount, pool.size);
    for (let from = 1; from <= info.pageCount; from += step) {
      const to = Math.min(info.pageCount, from + step - 1);
      slices.push(pool.run<PageText[]>({ kind: 'pages', file, first: from, last: to, options }, deadline));
    }
    const pages = (await Promise.all(slices)).flat();
    return await pool.run<ProcessResult>({ kind: 'analyse', file, info, pages, options }, deadline);
  } catch (err) {
    if (err instanceof JobFailed) return { ...err.failed, sha256: err.failed.sha256 ?? info?.sha256 ?? null };
    return (await processing()).failure(file, err, info?.sha256 ?? null);
  }
}

/**
 * Processes files on `size` threads and yields results in input order. Up to `size * 8`
 * documents are in flight, so threads stay busy while the caller writes a batch of earlier ones
 * (ingest/batch.ts), and memory stays bounded whatever the folder's size. Time spent per stage in the threads is added
 * to `times`.
 */
export async function* processAll(
  files: readonly string[],
  options: ProcessOptions,
  size: number,
  timeoutMs: number,
  times: StageTimes = {},
): AsyncGenerator<ProcessResult> {
  if (size <= 0) {
    const { processFile } = await processing();
    for (const file of files) yield await processFile(file, options, times);
    return;
  }
  const pool = new ThreadPool(Math.min(size, Math.max(1, files.length * 4)), times);
  const window = size * 8;
  const pending: Promise<ProcessResult>[] = [];
  let i = 0;
  try {
    while (i < files.length || pending.length) {
      while (i < files.length && pending.length < window) pending.push(processOne(pool, files[i++] as string, options, timeoutMs));
      yield await (pending.shift() as Promise<ProcessResult>);
    }
  } finally {
    await pool.close();
  }
}
