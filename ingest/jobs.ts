import type { FailedDocument, ProcessOptions } from './process.js';
import type { PdfInfo } from './readPdf.js';
import type { PageText } from './text.js';

/** Messages between the pool and its threads. */
export type Job =
  | { kind: 'inspect'; file: string; options: ProcessOptions }
  | { kind: 'pages'; file: string; first: number; last: number; options: ProcessOptions }
  | { kind: 'analyse'; file: string; info: PdfInfo; pages: PageText[]; options: ProcessOptions };

export type JobReply = { ok: true; value: unknown } | { ok: false; failure: FailedDocument };
