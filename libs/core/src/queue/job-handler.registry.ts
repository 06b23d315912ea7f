import { Injectable, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { JobContext } from './job-queue';
import { JobName, type JobPayloads } from './jobs';

const JOB_HANDLER = 'yiyang:job-handler';

/** Marks the provider method that runs a job. Keep it thin: call a service. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);

type Handler = (payload: unknown, context: JobContext) => Promise<unknown>;

/** Finds every @JobHandler method and checks that each job name has exactly one. */
@Injectable()
export class JobHandlerRegistry {
  private handlers?: Map<JobName, Handler>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  private scan(): { handlers: Map<JobName, Handler>; problems: string[] } {
    const found = new Map<JobName, string[]>();
    const handlers = new Map<JobName, Handler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = Reflect.getMetadata(JOB_HANDLER, prototype[method]) as JobName | undefined;
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${prototype.constructor.name}.${method}`]);
        handlers.set(name, (prototype[method] as Handler).bind(instance));
      }
    }
    const problems: string[] = [];
    for (const name of Object.values(JobName)) {
      const places = found.get(name) ?? [];
      if (places.length === 0) problems.push(`job "${name}" has no handler`);
      if (places.length > 1) problems.push(`job "${name}" has ${places.length} handlers: ${places.join(', ')}`);
    }
    return { handlers, problems };
  }

  /** Throws unless every job name has exactly one handler: a consumer must not start half-equipped. */
  verify(): void {
    const { handlers, problems } = this.scan();
    if (problems.length) throw new Error(`Job handlers are incomplete:\n  - ${problems.join('\n  - ')}`);
    this.handlers = handlers;
  }

  async dispatch<N extends JobName>(name: N, payload: JobPayloads[N], context: JobContext): Promise<unknown> {
    if (!this.handlers) this.verify();
    const handler = this.handlers!.get(name);
    if (!handler) throw new Error(`No handler for job "${name}"`);
    return handler(payload, context);
  }
}
