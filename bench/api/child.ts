import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type Command = { id: number; cmd: 'record' | 'collect' | 'memory' | 'stop' };

/** The bench's entry script, which serves as the child when given --serve or --serve-peer. */
const ENTRY = fileURLToPath(new URL('../api-bench.js', import.meta.url));

/** The parent's handle on a server child (ours or the peer). */
export class ServerProcess {
  private next = 0;
  private readonly waiting = new Map<number, (m: Record<string, unknown>) => void>();
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (m: Record<string, unknown>) => {
      const resolve = this.waiting.get(m.id as number);
      this.waiting.delete(m.id as number);
      resolve?.(m);
    });
  }

  static async start(mode: '--serve' | '--serve-peer' = '--serve'): Promise<ServerProcess> {
    // NODE_ENV=production as the image runs (Dockerfile): graphql-js checks every instanceof twice in development.
    const child = fork(ENTRY, [mode], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, NODE_ENV: 'production' } });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`API process exited (${code}) before it was ready`)));
      child.once('message', (m: { ready?: string }) => (m.ready ? resolve(m.ready) : reject(new Error('unexpected message'))));
    });
    child.removeAllListeners('exit');
    return new ServerProcess(child, url);
  }

  /** Rejects after 30 s, so a dead child cannot hang the benchmark's clean-up. */
  ask(cmd: Command['cmd']): Promise<Record<string, unknown>> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`API process did not answer "${cmd}"`)), 30_000);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.child.send({ id, cmd }, (err) => {
        if (err) {
          clearTimeout(timer);
          reject(err);
        }
      });
    });
  }
}
