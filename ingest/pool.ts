import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../src/errors.js';
import type { Job, JobReply } from './jobs.js';
import { failure, processFile, type FailedDocument, type ProcessOptions, type ProcessResult } from './process.js';
import type { PdfInfo } from './readPdf.js';
import type { PageText } from './text.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/**
 * Pages per job: each job reloads the document in pdf.js, so slices are as large as they can be
 * while still giving every thread two of them; bounded above so one slice's text stays small.
 */
function sliceSize(pageCount: number, threads: number): number {
  return Math.min(256, Math.max(32, Math.ceil(pageCount / (threads * 2))));
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
  private nextId = 0;

  constructor(readonly size: number) {
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
      const reply = await new Promise<JobReply>((resolve) => {
        const timer = setTimeout(() => {
          w.removeAllListeners('message');
          w.removeAllListeners('error');
          w = this.replace(w);
          resolve({ ok: false, failure: failure(job.file, new AppError(ErrorCode.PROCESSING_TIMEOUT, `${basenameOf(job.file)}: processing took too long and was stopped`)) });
        }, Math.max(0, deadline - Date.now()));
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
          resolve({ ok: false, failure: failure(job.file, new AppError(ErrorCode.INTERNAL, `${basenameOf(job.file)}: worker crashed (${err.message})`)) });
        };
        w.on('message', onMessage);
        w.once('error', onError);
        w.postMessage({ id, job });
      });
      if (!reply.ok) throw new JobFailed(reply.failure);
      return reply.value as T;
    } finally {
      this.release(w);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

function basenameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

async function processOne(pool: ThreadPool, file: string, options: ProcessOptions, timeoutMs: number): Promise<ProcessResult> {
  const deadline = Date.now() + timeoutMs;
  let info: PdfInfo | null = null;
  try {
    info = await pool.run<PdfInfo>({ kind: 'inspect', file, options }, deadline);
    const slices: Promise<PageText[]>[] = [];
    const step = sliceSize(info.pageCount, pool.size);
    for (let first = 1; first <= info.pageCount; first += step) {
      const last = Math.min(info.pageCount, first + step - 1);
      slices.push(pool.run<PageText[]>({ kind: 'pages', file, first, last, options }, deadline));
    }
    const pages = (await Promise.all(slices)).flat();
    return await pool.run<ProcessResult>({ kind: 'analyse', file, info, pages, options }, deadline);
  } catch (err) {
    if (err instanceof JobFailed) return { ...err.failed, sha256: info?.sha256 ?? null };
    return failure(file, err, info?.sha256 ?? null);
  }
}

/**
 * Processes files on `size` threads and yields results in input order. Each document is split
 * into page slices read in parallel; at most `size * 2` documents are in flight, so memory stays
 * bounded whatever the folder's size.
 */
export async function* processAll(files: readonly string[], options: ProcessOptions, size: number, timeoutMs: number): AsyncGenerator<ProcessResult> {
  if (size <= 0) {
    for (const file of files) yield await processFile(file, options);
    return;
  }
  const pool = new ThreadPool(Math.min(size, Math.max(1, files.length * 4)));
  const window = size * 2;
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
