import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ErrorCode } from '../src/errors.js';
import { processFile, type ProcessOptions, type ProcessResult } from './process.js';

interface Slot {
  worker: Worker;
  busy: boolean;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/**
 * Processes files on `size` worker threads and yields results in input order. At most `size * 2`
 * documents are in flight, so memory stays bounded whatever the folder's size. A document that
 * runs past `timeoutMs` has its thread terminated and replaced, and is reported as failed.
 */
export async function* processAll(
  files: readonly string[],
  options: ProcessOptions,
  size: number,
  timeoutMs: number,
): AsyncGenerator<ProcessResult> {
  if (size <= 0) {
    for (const file of files) yield await processFile(file, options);
    return;
  }
  const slots: Slot[] = [];
  const idle: Slot[] = [];
  const waiters: ((s: Slot) => void)[] = [];
  const release = (slot: Slot) => {
    const next = waiters.shift();
    if (next) next(slot);
    else idle.push(slot);
  };
  const acquire = () => new Promise<Slot>((resolve) => {
    const s = idle.pop();
    if (s) resolve(s);
    else waiters.push(resolve);
  });
  const spawn = (): Slot => {
    const slot = { worker: new Worker(WORKER_URL), busy: false };
    slot.worker.unref();
    slots.push(slot);
    return slot;
  };
  for (let i = 0; i < Math.min(size, files.length); i++) idle.push(spawn());

  let nextId = 0;
  const run = async (file: string): Promise<ProcessResult> => {
    let slot = await acquire();
    const id = nextId++;
    try {
      return await new Promise<ProcessResult>((resolve) => {
        const timer = setTimeout(() => {
          slot.worker.removeAllListeners('message');
          void slot.worker.terminate();
          slot = spawn();
          resolve({ ok: false, file, name: basename(file), sha256: null, code: ErrorCode.PROCESSING_TIMEOUT, message: `${basename(file)}: processing took longer than ${timeoutMs} ms` });
        }, timeoutMs);
        const onMessage = (msg: { id: number; result: ProcessResult }) => {
          if (msg.id !== id) return;
          clearTimeout(timer);
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
          resolve(msg.result);
        };
        const onError = (err: Error) => {
          clearTimeout(timer);
          slot = spawn();
          resolve({ ok: false, file, name: basename(file), sha256: null, code: ErrorCode.INTERNAL, message: `${basename(file)}: worker crashed (${err.message})` });
        };
        slot.worker.on('message', onMessage);
        slot.worker.once('error', onError);
        slot.worker.postMessage({ id, file, options });
      });
    } finally {
      release(slot);
    }
  };

  const window = size * 2;
  const pending: Promise<ProcessResult>[] = [];
  let i = 0;
  try {
    while (i < files.length || pending.length) {
      while (i < files.length && pending.length < window) pending.push(run(files[i++] as string));
      yield await (pending.shift() as Promise<ProcessResult>);
    }
  } finally {
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
