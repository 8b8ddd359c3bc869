import type { FailedDocument, ProcessOptions } from './process.js';
import type { PdfInfo } from './readPdf.js';
import type { PageText } from './text.js';

/**
 * Messages between the pool and its threads. A document is one job when it is short enough for
 * one thread (it is opened once, read and analysed where its text already is); a longer one comes
 * back as `split` and its pages are read in slices on every thread, then analysed in one.
 */
export type Job =
  | { kind: 'document'; file: string; splitAbove: number; options: ProcessOptions }
  | { kind: 'pages'; file: string; first: number; last: number; options: ProcessOptions }
  | { kind: 'analyse'; file: string; info: PdfInfo; pages: PageText[]; options: ProcessOptions };

/**
 * A job as posted to a thread. Redacted-name hashes grow with the graph, so a thread is sent only
 * the ones it has not had yet (`known`, in insertion order) rather than the whole map with each job.
 */
export interface JobMessage {
  id: number;
  job: Job;
  known?: [string, string][];
}

/** Milliseconds spent per stage, summed over documents (and over threads, so it can exceed wall time). */
export type StageTimes = Record<string, number>;

export type JobReply = ({ ok: true; value: unknown } | { ok: false; failure: FailedDocument }) & { times: StageTimes };

export function addTimes(into: StageTimes, from: StageTimes): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/** Runs `work`, adding its duration to `times[stage]` even when it throws. */
export async function timed<T>(times: StageTimes | undefined, stage: string, work: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    if (times) times[stage] = (times[stage] ?? 0) + performance.now() - t0;
  }
}

/** The synchronous twin of `timed`, for the analysis stages, which never wait. */
export function timedSync<T>(times: StageTimes | undefined, stage: string, work: () => T): T {
  const t0 = performance.now();
  try {
    return work();
  } finally {
    if (times) times[stage] = (times[stage] ?? 0) + performance.now() - t0;
  }
}
