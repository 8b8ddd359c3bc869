import { parentPort } from 'node:worker_threads';
import { processFile, type ProcessOptions } from './process.js';

/** A pool thread: parses and extracts one document per message, so both cores work at once. */
interface Job {
  id: number;
  file: string;
  options: ProcessOptions;
}

parentPort?.on('message', (job: Job) => {
  void processFile(job.file, job.options).then((result) => parentPort?.postMessage({ id: job.id, result }));
});
