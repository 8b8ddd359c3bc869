import { parentPort } from 'node:worker_threads';
import { analyse, failure } from './process.js';
import { inspectPdf, readPages } from './readPdf.js';
import type { Job, JobReply } from './jobs.js';

/**
 * A pool thread. Jobs are slices of work on one document (inspect it, read a range of its pages,
 * analyse its text), so a 900-page judgment keeps both cores busy, not just a folder of many files.
 */
async function perform(job: Job): Promise<JobReply> {
  try {
    switch (job.kind) {
      case 'inspect':
        return { ok: true, value: await inspectPdf(job.file, job.options) };
      case 'pages':
        return { ok: true, value: await readPages(job.file, job.first, job.last, job.options) };
      case 'analyse':
        return { ok: true, value: analyse(job.file, job.info, job.pages, job.options) };
    }
  } catch (err) {
    return { ok: false, failure: failure(job.file, err) };
  }
}

parentPort?.on('message', (msg: { id: number; job: Job }) => {
  void perform(msg.job).then((reply) => parentPort?.postMessage({ id: msg.id, reply }));
});
