/**
 * Every queue and job of Yiyang, with its payload type. A job name belongs to exactly one queue and has exactly
 * one handler; the worker refuses to start otherwise.
 */
export enum QueueName {
  System = 'system',
  Services = 'services',
  Kpi = 'kpi',
  /** Large file imports, apart from the system queue so that a long import does not hold up the heartbeat. */
  Imports = 'imports',
}

export enum JobName {
  /** Proves that a queue is being consumed: the handler stamps queue_heartbeat. */
  QueueHeartbeat = 'system.queue-heartbeat',
  /** Finds due reminders and no-shows and enqueues one job each, with deterministic ids. */
  ServicesSweep = 'services.sweep',
  /** The day-before reminder of one booking (job id remind-<order>). */
  ServicesRemind = 'services.remind',
  /** Marks a finished slot's bookings nobody checked in as no-shows (job id no-show-<slot>). */
  ServicesNoShow = 'services.no-show',
  /** Parent of a month's rollup flow: sums the county rows up the tree and writes the snapshot (job id rollup-<month>-<region|all>). */
  KpiRollup = 'kpi.rollup',
  /** One county of a rollup: computes and stages its township rows in one transaction (job id <parent>-<county>). */
  KpiRollupCounty = 'kpi.rollup-county',
  /** 02:00 on the 1st (Asia/Shanghai): starts the rollup of the month just ended for every region. */
  KpiMonthlyRollup = 'kpi.monthly-rollup',
  /** A region or population file too long to import within its request (job id import-<import_job id>). */
  RegionsImport = 'regions.import',
  /** A bed file too long to import within its request (job id import-<import_job id>). */
  BedsImport = 'beds.import',
  /** Every 5 minutes: marks `lost` the rollup runs whose job Redis no longer has, so their month can run again. */
  KpiLostRollupSweep = 'kpi.lost-rollup-sweep',
  /** A correction run: re-rolls the counties marked stale (kpi_stale) and their ancestors (job id correction-<region|all>). */
  KpiCorrection = 'kpi.correction',
  /** 03:00 every night (Asia/Shanghai): starts a correction run of every region when some county is marked stale. */
  KpiNightlyCorrection = 'kpi.nightly-correction',
}

export interface JobPayloads {
  [JobName.QueueHeartbeat]: { queue: QueueName };
  [JobName.ServicesSweep]: Record<string, never>;
  [JobName.ServicesRemind]: { orderId: string };
  [JobName.ServicesNoShow]: { slotId: string };
  [JobName.KpiRollup]: { rollupId: string };
  [JobName.KpiRollupCounty]: { rollupId: string; countyCode: string };
  [JobName.KpiMonthlyRollup]: Record<string, never>;
  [JobName.RegionsImport]: { importId: string };
  [JobName.BedsImport]: { importId: string };
  [JobName.KpiLostRollupSweep]: Record<string, never>;
  [JobName.KpiCorrection]: { rollupId: string };
  [JobName.KpiNightlyCorrection]: Record<string, never>;
}

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.QueueHeartbeat]: QueueName.System,
  [JobName.ServicesSweep]: QueueName.Services,
  [JobName.ServicesRemind]: QueueName.Services,
  [JobName.ServicesNoShow]: QueueName.Services,
  [JobName.KpiRollup]: QueueName.Kpi,
  [JobName.KpiRollupCounty]: QueueName.Kpi,
  [JobName.KpiMonthlyRollup]: QueueName.Kpi,
  [JobName.RegionsImport]: QueueName.Imports,
  [JobName.BedsImport]: QueueName.Imports,
  [JobName.KpiLostRollupSweep]: QueueName.Kpi,
  [JobName.KpiCorrection]: QueueName.Kpi,
  [JobName.KpiNightlyCorrection]: QueueName.Kpi,
};

/** Recurring jobs, upserted by whichever process consumes the queues (the worker, or the API in embedded mode). */
export interface RecurringJob<N extends JobName = JobName> {
  /** Stable id of the schedule; BullMQ keeps one scheduler per id however many workers start. */
  id: string;
  name: N;
  payload: JobPayloads[N];
  /** Every n milliseconds, or a cron pattern in `timeZone`. */
  every?: number;
  cron?: string;
  timeZone?: string;
}

export const RECURRING_JOBS: RecurringJob[] = [
  { id: 'queue-heartbeat-system', name: JobName.QueueHeartbeat, payload: { queue: QueueName.System }, every: 30_000 },
  { id: 'services-sweep', name: JobName.ServicesSweep, payload: {}, every: 10 * 60_000 },
  { id: 'kpi-monthly-rollup', name: JobName.KpiMonthlyRollup, payload: {}, cron: '0 2 1 * *', timeZone: 'Asia/Shanghai' },
  { id: 'kpi-lost-rollup-sweep', name: JobName.KpiLostRollupSweep, payload: {}, every: 5 * 60_000 },
  { id: 'kpi-nightly-correction', name: JobName.KpiNightlyCorrection, payload: {}, cron: '0 3 * * *', timeZone: 'Asia/Shanghai' },
];

/** BullMQ job ids may not contain ':'; ours are readable and deterministic, e.g. rollup-2025-06-500112. */
export function assertJobId(jobId: string): string {
  if (!/^[\w.-]{1,200}$/.test(jobId)) throw new Error(`Invalid job id "${jobId}": use letters, digits, '.', '_' and '-'`);
  return jobId;
}
