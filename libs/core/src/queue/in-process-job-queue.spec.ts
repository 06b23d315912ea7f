import { waitUntil } from '@yiyang/testing';
import { createRootLogger } from '../logging/logger';
import { InProcessJobQueue } from './in-process-job-queue';
import type { JobHandlerRegistry } from './job-handler.registry';
import { RETENTION, type JobContext } from './job-queue';
import { JobName, QueueName, RECURRING_JOBS } from './jobs';

/** The handlers the queue under test dispatches to; each test says what they do. */
function registry(handle: (payload: unknown, context: JobContext) => Promise<unknown>) {
  const calls: { payload: unknown; attempt: number; at: number }[] = [];
  const stand = {
    verify: () => undefined,
    dispatch: async (_name: JobName, payload: unknown, context: JobContext) => {
      calls.push({ payload, attempt: context.attempt, at: Date.now() });
      return handle(payload, context);
    },
  };
  return { registry: stand as unknown as JobHandlerRegistry, calls };
}

const silent = createRootLogger('silent');
const payload = { queue: QueueName.System };

describe('InProcessJobQueue', () => {
  let queue: InProcessJobQueue;
  afterEach(() => queue.stop());

  it('runs a job and reports its result', async () => {
    const { registry: handlers } = registry(async () => ({ ok: true }));
    queue = new InProcessJobQueue(handlers, silent);
    const { id } = await queue.enqueue(JobName.QueueHeartbeat, payload);
    await waitUntil(async () => (await queue.getJob(id))?.state === 'completed');
    expect(await queue.getJob(id)).toMatchObject({ state: 'completed', attemptsMade: 1, result: { ok: true }, queue: QueueName.System });
  });

  it('does the work once for a repeated deterministic id', async () => {
    const { registry: handlers, calls } = registry(async () => undefined);
    queue = new InProcessJobQueue(handlers, silent);
    const first = await queue.enqueue(JobName.QueueHeartbeat, payload, { jobId: 'rollup-2025-06-500112' });
    const second = await queue.enqueue(JobName.QueueHeartbeat, payload, { jobId: 'rollup-2025-06-500112' });
    expect(second.id).toBe(first.id);
    await waitUntil(async () => (await queue.getJob(first.id))?.state === 'completed');
    await queue.enqueue(JobName.QueueHeartbeat, payload, { jobId: 'rollup-2025-06-500112' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toHaveLength(1);
  });

  it('refuses ids BullMQ would refuse', async () => {
    queue = new InProcessJobQueue(registry(async () => undefined).registry, silent);
    await expect(queue.enqueue(JobName.QueueHeartbeat, payload, { jobId: 'rollup:2025-06' })).rejects.toThrow(/Invalid job id/);
  });

  it('retries with doubling backoff and then succeeds', async () => {
    const { registry: handlers, calls } = registry(async (_payload, context) => {
      if (context.attempt < 3) throw new Error(`flaky ${context.attempt}`);
      return 'done';
    });
    queue = new InProcessJobQueue(handlers, silent);
    const { id } = await queue.enqueue(JobName.QueueHeartbeat, payload, { attempts: 3, backoffMs: 20 });
    await waitUntil(async () => (await queue.getJob(id))?.state === 'completed');
    expect(calls.map((c) => c.attempt)).toEqual([1, 2, 3]);
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(18);
    expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(38);
  });

  it('fails for good after the last attempt and keeps the reason', async () => {
    const { registry: handlers } = registry(async () => {
      throw new Error('region 500112 has no population for 2025');
    });
    queue = new InProcessJobQueue(handlers, silent);
    const { id } = await queue.enqueue(JobName.QueueHeartbeat, payload, { attempts: 2, backoffMs: 5 });
    await waitUntil(async () => (await queue.getJob(id))?.state === 'failed');
    expect(await queue.getJob(id)).toMatchObject({ attemptsMade: 2, failedReason: 'region 500112 has no population for 2025' });
    expect((await queue.counts()).find((counts) => counts.queue === QueueName.System)).toEqual({ queue: QueueName.System, waiting: 0, delayed: 0, active: 0, completed: 0, failed: 1 });
  });

  it('runs the jobs of one queue one at a time, in order', async () => {
    let running = 0;
    let overlap = false;
    const order: unknown[] = [];
    const { registry: handlers } = registry(async (job) => {
      running += 1;
      overlap ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(job);
      running -= 1;
    });
    queue = new InProcessJobQueue(handlers, silent);
    const ids = await Promise.all([1, 2, 3].map((n) => queue.enqueue(JobName.QueueHeartbeat, { queue: `${n}` as QueueName })));
    await waitUntil(async () => (await Promise.all(ids.map(({ id }) => queue.getJob(id)))).every((job) => job?.state === 'completed'));
    expect(overlap).toBe(false);
    expect(order).toEqual([{ queue: '1' }, { queue: '2' }, { queue: '3' }]);
  });

  it('keeps a delayed job waiting until its time', async () => {
    const { registry: handlers, calls } = registry(async () => undefined);
    queue = new InProcessJobQueue(handlers, silent);
    const started = Date.now();
    const { id } = await queue.enqueue(JobName.QueueHeartbeat, payload, { delayMs: 60 });
    expect((await queue.getJob(id))?.state).toBe('delayed');
    await waitUntil(async () => (await queue.getJob(id))?.state === 'completed');
    expect(calls[0].at - started).toBeGreaterThanOrEqual(55);
  });

  it('enqueues recurring jobs once per slot, with the slot in the id', async () => {
    const { registry: handlers, calls } = registry(async () => undefined);
    queue = new InProcessJobQueue(handlers, silent);
    const schedule = { id: 'tick', name: JobName.QueueHeartbeat, payload, every: 150 };
    const possibleFirstSlots = [InProcessJobQueue.nextRun(schedule, Date.now())];
    queue.start([schedule]);
    possibleFirstSlots.push(InProcessJobQueue.nextRun(schedule, Date.now()));
    await waitUntil(() => calls.length >= 2, 'two slots', 2_000);
    const firstSlot = (await queue.getJob(`tick-${possibleFirstSlots[0]}`)) ?? (await queue.getJob(`tick-${possibleFirstSlots[1]}`));
    expect(firstSlot).toMatchObject({ state: 'completed' });
    await queue.stop();
    const stoppedAt = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls.length).toBe(stoppedAt);
  });

  it('computes the monthly rollup slot in Shanghai time', () => {
    const monthly = { id: 'rollup', name: JobName.QueueHeartbeat, payload, cron: '0 2 1 * *', timeZone: 'Asia/Shanghai' };
    expect(new Date(InProcessJobQueue.nextRun(monthly, Date.parse('2026-11-03T10:00:00Z'))).toISOString()).toBe('2026-11-30T18:00:00.000Z');
    expect(new Date(InProcessJobQueue.nextRun(monthly, Date.parse('2026-11-30T18:00:00Z'))).toISOString()).toBe('2026-12-31T18:00:00.000Z');
  });

  it('waits for a slot further away than a timer can wait, instead of running at once', async () => {
    const { registry: handlers, calls } = registry(async () => undefined);
    queue = new InProcessJobQueue(handlers, silent);
    // The 1st of a month is usually more than 24.8 days (the longest setTimeout) away.
    queue.start([{ id: 'far', name: JobName.QueueHeartbeat, payload, cron: '0 2 1 1 *', timeZone: 'Asia/Shanghai' }]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).toHaveLength(0);
  });

  it('forgets the oldest finished jobs of a queue beyond the retention count, like BullMQ', async () => {
    const { registry: handlers, calls } = registry(async () => undefined);
    queue = new InProcessJobQueue(handlers, silent);
    for (let n = 0; n <= RETENTION.completed.count; n += 1) await queue.enqueue(JobName.QueueHeartbeat, payload, { jobId: `job-${n}` });
    await waitUntil(async () => (await queue.getJob(`job-${RETENTION.completed.count}`))?.state === 'completed', 'last job');
    expect(await queue.getJob('job-0')).toBeUndefined();
    expect(await queue.getJob('job-1')).toMatchObject({ state: 'completed' });
    await queue.enqueue(JobName.QueueHeartbeat, payload, { jobId: 'job-0' });
    await waitUntil(() => calls.length === RETENTION.completed.count + 2, 'job-0 ran again');
  });

  it('runs the children of a flow before its parent, and the parent once', async () => {
    const order: string[] = [];
    const { registry: handlers } = registry(async (job) => {
      order.push((job as { step: string }).step);
    });
    queue = new InProcessJobQueue(handlers, silent);
    const flow = {
      name: JobName.KpiRollup,
      payload: { step: 'parent' } as never,
      jobId: 'rollup-2025-06-5001',
      children: ['a', 'b'].map((step) => ({ name: JobName.KpiRollupCounty, payload: { step } as never, jobId: `rollup-2025-06-5001-${step}` })),
    };
    await queue.enqueueFlow(flow);
    await queue.enqueueFlow(flow);
    await waitUntil(async () => (await queue.getJob(flow.jobId))?.state === 'completed', 'parent done');
    expect(order).toEqual(['a', 'b', 'parent']);
    // Finished, the id can be run again once it is removed.
    expect(await queue.removeFinished(flow.jobId)).toBe(true);
    expect(await queue.getJob('rollup-2025-06-5001-a')).toBeUndefined();
    await queue.enqueueFlow(flow);
    await waitUntil(async () => (await queue.getJob(flow.jobId))?.state === 'completed', 'parent done again');
    expect(order).toEqual(['a', 'b', 'parent', 'a', 'b', 'parent']);
  });

  it('fails the parent of a flow when a child fails for good, without running it', async () => {
    const ran: string[] = [];
    const { registry: handlers } = registry(async (job) => {
      const step = (job as { step: string }).step;
      ran.push(step);
      if (step === 'bad') throw new Error('no data');
    });
    queue = new InProcessJobQueue(handlers, silent);
    await queue.enqueueFlow({
      name: JobName.KpiRollup,
      payload: { step: 'parent' } as never,
      jobId: 'rollup-2025-07-5001',
      attempts: 2,
      backoffMs: 5,
      children: [{ name: JobName.KpiRollupCounty, payload: { step: 'bad' } as never, jobId: 'rollup-2025-07-5001-bad' }],
    });
    await waitUntil(async () => (await queue.getJob('rollup-2025-07-5001'))?.state === 'failed', 'parent failed');
    expect((await queue.getJob('rollup-2025-07-5001'))?.failedReason).toContain('no data');
    expect(ran).toEqual(['bad', 'bad']);
  });

  it('schedules the monthly rollup at 02:00 China time on the 1st', () => {
    const schedule = RECURRING_JOBS.find((job) => job.id === 'kpi-monthly-rollup')!;
    expect(new Date(InProcessJobQueue.nextRun(schedule, Date.parse('2026-12-02T03:00:00Z'))).toISOString()).toBe('2026-12-31T18:00:00.000Z');
  });

  it('runs as many jobs of a queue at once as its concurrency allows, and the others one at a time', async () => {
    let running = 0;
    let most = 0;
    const { registry: handlers } = registry(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running -= 1;
    });
    queue = new InProcessJobQueue(handlers, silent, { [QueueName.Kpi]: 2 });
    const ids = await Promise.all(
      ['a', 'b', 'c', 'd'].map((county) => queue.enqueue(JobName.KpiRollupCounty, { rollupId: 'r', countyCode: county }).then((job) => job.id)),
    );
    await waitUntil(async () => (await Promise.all(ids.map((id) => queue.getJob(id)))).every((job) => job?.state === 'completed'), 'county jobs done');
    expect(most).toBe(2);
    most = 0;
    const heartbeats = await Promise.all([1, 2, 3].map(() => queue.enqueue(JobName.QueueHeartbeat, payload).then((job) => job.id)));
    await waitUntil(async () => (await Promise.all(heartbeats.map((id) => queue.getJob(id)))).every((job) => job?.state === 'completed'), 'heartbeats done');
    expect(most).toBe(1);
  });
});

