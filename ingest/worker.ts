import { parentPort } from 'node:worker_threads';
import { analyse, failure } from './process.js';
import { openPdf, readPages, type OpenPdf } from './readPdf.js';
import type { Job, JobMessage, JobReply, StageTimes } from './jobs.js';
import { readScannedPages } from './ocr/scannedPages.js';
import { spreadOcr, textLayerOnly } from './ocr/spread.js';

/**
 * A pool thread. A document short enough for one thread is opened, read and analysed here in one
 * job, so its text never crosses threads; a longer one, or one with more than a few pages to OCR,
 * is only inspected, and the pool spreads slices of its pages over every thread before one of
 * them analyses the whole.
 */
async function perform(job: Job, times: StageTimes): Promise<JobReply> {
  switch (job.kind) {
    case 'document': {
      let pdf: OpenPdf;
      try {
        // The text layer first: how many pages need OCR decides whether the pool spreads them.
        pdf = await openPdf(job.file, textLayerOnly(job.options), times);
      } catch (err) {
        return { ok: false, failure: failure(job.file, err), times };
      }
      try {
        const { info } = pdf;
        if (info.pageCount > job.splitAbove) return { ok: true, value: { split: info }, times };
        const layer = info.pageCount ? await pdf.pages(1, info.pageCount) : [];
        // pdf.js's copy of the document is freed before OCR and analysis (closing twice is harmless).
        await pdf.close();
        if (job.splitAbove !== Infinity && (await spreadOcr(layer, job.options.ocr))) return { ok: true, value: { split: info, ocr: true }, times };
        const pages = await readScannedPages(job.file, layer, job.options.ocr, times);
        return { ok: true, value: { done: analyse(job.file, info, pages, job.options, times) }, times };
      } catch (err) {
        // The file opened, so its hash is known: the failure is recorded against the document.
        return { ok: false, failure: failure(job.file, err, pdf.info.sha256), times };
      } finally {
        await pdf.close();
      }
    }
    case 'pages':
      try {
        return { ok: true, value: await readPages(job.file, job.first, job.last, job.options, times), times };
      } catch (err) {
        return { ok: false, failure: failure(job.file, err), times };
      }
    case 'analyse':
      return { ok: true, value: analyse(job.file, job.info, job.pages, job.options, times), times };
  }
}

/** Redacted-name hashes this thread has been sent so far; each job brings only the new ones. */
const known = new Map<string, string>();

parentPort?.on('message', (msg: JobMessage) => {
  for (const [hash, pseudonym] of msg.known ?? []) known.set(hash, pseudonym);
  const job = { ...msg.job, options: { ...msg.job.options, knownNames: known } };
  void perform(job, {}).then((reply) => parentPort?.postMessage({ id: msg.id, reply }));
});
