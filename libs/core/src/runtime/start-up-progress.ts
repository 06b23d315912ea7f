/**
 * What a starting process is doing, in the order it does it. `kpi` is where work that prepares the KPI figures
 * after the demo load (e.g. rolling up its closed months) reports; nothing uses it yet.
 */
export type StartUpPhase = 'database' | 'migrations' | 'application' | 'demo' | 'kpi';

export interface StartUpStatus {
  status: 'starting';
  phase: StartUpPhase;
  /** The part of the phase under way, e.g. the demo table being loaded. */
  step?: string;
  /** Steps of the phase finished, of `total`. */
  done?: number;
  total?: number;
  /** Rows the demo load has written so far. */
  rows?: number;
  elapsedMs: number;
}

/**
 * The start-up's progress, updated by the runtime, the migration runner and the demo loader, and read by the HTTP
 * server that answers while the application is not ready yet (apps/api/src/startup).
 */
export class StartUpProgress {
  private readonly startedAt = Date.now();
  private current: Omit<StartUpStatus, 'status' | 'elapsedMs'> = { phase: 'database' };

  enter(phase: StartUpPhase, step?: string): void {
    this.current = { phase, step };
  }

  /** Starts `step` of the current phase, after `done` of `total` steps and `rows` rows. */
  advance(step: string, done: number, total: number, rows?: number): void {
    this.current = { phase: this.current.phase, step, done, total, rows };
  }

  status(): StartUpStatus {
    return { status: 'starting', ...this.current, elapsedMs: Date.now() - this.startedAt };
  }
}
