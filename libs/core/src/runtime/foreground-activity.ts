import type { NextFunction, Request, Response } from 'express';

/**
 * Lets background work give way to people. Embedded PGlite runs one statement at a time in this very process, so a
 * background step (the demo months' rollups) holds every request behind it: background loops ask `whenQuiet()`
 * between steps and continue once no request has been in flight for a moment — or after `maxWaitMs`, so a steady
 * trickle of requests slows the background down but never stops it.
 */
export class ForegroundActivity {
  private inFlight = 0;
  private lastEndedAt = 0;

  constructor(
    private readonly quietMs = 500,
    private readonly maxWaitMs = 5_000,
  ) {}

  /** Counts the HTTP requests in flight (configureHttpApp mounts it first). */
  middleware() {
    return (_request: Request, response: Response, next: NextFunction): void => {
      this.inFlight += 1;
      let done = false;
      const end = () => {
        if (done) return;
        done = true;
        this.inFlight -= 1;
        this.lastEndedAt = Date.now();
      };
      response.once('finish', end);
      response.once('close', end);
      next();
    };
  }

  get busy(): boolean {
    return this.inFlight > 0 || Date.now() - this.lastEndedAt < this.quietMs;
  }

  /** Resolves once no request has been in flight for quietMs, or after maxWaitMs at most. */
  async whenQuiet(): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    while (this.busy && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
