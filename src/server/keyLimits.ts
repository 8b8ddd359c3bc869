/**
 * Per API key: how many requests may run at once, and how many may start per minute (a token
 * bucket holding a minute's worth, refilled continuously). A refusal says when to come back, for the
 * 429 answer's Retry-After. Without configured keys (local development) there is nothing to count by,
 * so nothing is limited here; the per-request budget still applies.
 */
export interface KeyLimitSettings {
  concurrency: number;
  /** 0 turns the rate limit off. */
  perMinute: number;
}

export type Admission = { ok: true; release: () => void } | { ok: false; retryAfterSeconds: number; message: string };

interface KeyState {
  running: number;
  tokens: number;
  refilledAt: number;
}

const MINUTE_MS = 60_000;

export class KeyLimiter {
  private readonly keys = new Map<string, KeyState>();

  constructor(
    private readonly settings: KeyLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  private state(key: string): KeyState {
    let s = this.keys.get(key);
    if (!s) {
      s = { running: 0, tokens: this.settings.perMinute, refilledAt: this.now() };
      this.keys.set(key, s);
    }
    const t = this.now();
    s.tokens = Math.min(this.settings.perMinute, s.tokens + ((t - s.refilledAt) * this.settings.perMinute) / MINUTE_MS);
    s.refilledAt = t;
    return s;
  }

  admit(key: string): Admission {
    const s = this.state(key);
    if (s.running >= this.settings.concurrency) {
      return {
        ok: false,
        retryAfterSeconds: 1,
        message: `Too many requests at once for this API key (at most ${this.settings.concurrency}); retry when one has finished`,
      };
    }
    if (this.settings.perMinute > 0) {
      if (s.tokens < 1) {
        const waitMs = ((1 - s.tokens) * MINUTE_MS) / this.settings.perMinute;
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
          message: `Rate limit of ${this.settings.perMinute} requests a minute for this API key reached`,
        };
      }
      s.tokens -= 1;
    }
    s.running++;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        s.running--;
        // Forget idle keys that are back to a full bucket, so the map does not grow with every key ever seen.
        if (s.running === 0 && this.state(key).tokens >= this.settings.perMinute) this.keys.delete(key);
      },
    };
  }
}
