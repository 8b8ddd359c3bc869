import { stat } from 'node:fs/promises';
import { expandInputs } from './files.js';

/**
 * Polls folders for new or changed PDFs and hands over each one once its size has held still for
 * one interval, so a file still being copied in is not read half-written. Polling rather than
 * fs.watch: it behaves the same on every filesystem, network mounts included.
 */
export async function watchFolders(dirs: readonly string[], intervalMs: number, onReady: (files: string[]) => Promise<void>, signal: AbortSignal): Promise<void> {
  const done = new Map<string, string>();
  const pending = new Map<string, string>();
  while (!signal.aborted) {
    const { files } = await expandInputs(dirs);
    const ready: string[] = [];
    for (const f of files) {
      let sig: string;
      try {
        const st = await stat(f);
        sig = `${st.size}:${st.mtimeMs}`;
      } catch {
        continue;
      }
      if (done.get(f) === sig) continue;
      if (pending.get(f) === sig) {
        ready.push(f);
        pending.delete(f);
        done.set(f, sig);
      } else {
        pending.set(f, sig);
      }
    }
    if (ready.length) await onReady(ready);
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, intervalMs);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(t);
          resolve();
        },
        { once: true },
      );
    });
  }
}
