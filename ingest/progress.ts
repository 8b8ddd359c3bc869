/**
 * Progress for an ingest run. On a terminal: one bar redrawn in place, with errors printed above
 * it. Elsewhere (CI, log files): one plain line per document, which greps and tails well.
 */
export interface Progress {
  document(line: string, ok: boolean): void;
  done(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    let n = 0;
    return {
      document: (line) => stream.write(`[${++n}/${total}] ${line}\n`),
      done: () => undefined,
    };
  }
  let n = 0;
  let failed = 0;
  const started = Date.now();
  const draw = () => {
    const width = 30;
    const filled = total ? Math.round((n / total) * width) : width;
    const elapsed = (Date.now() - started) / 1000;
    const eta = n ? Math.round((elapsed / n) * (total - n)) : 0;
    stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${n}/${total} documents, ${failed} failed, eta ${eta}s\x1b[K`);
  };
  draw();
  return {
    document: (line, ok) => {
      n++;
      if (!ok) {
        failed++;
        stream.write(`\r\x1b[K${line}\n`);
      }
      draw();
    },
    done: () => stream.write('\n'),
  };
}
