import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobHandler } from './job-handler.registry';
import { JobName, type JobPayloads } from './jobs';

@Injectable()
export class QueueHeartbeatService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @JobHandler(JobName.QueueHeartbeat)
  async beat({ queue }: JobPayloads[JobName.QueueHeartbeat]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO queue_heartbeat (queue, processed_by, beat_at) VALUES ($1, $2, now())
       ON CONFLICT (queue) DO UPDATE SET processed_by = EXCLUDED.processed_by, beat_at = EXCLUDED.beat_at`,
      [queue, `${hostname()}-${process.pid}`],
    );
  }

  async lastBeats(): Promise<{ queue: string; processedBy: string; beatAt: Date }[]> {
    return this.dataSource.query(
      `SELECT queue, processed_by AS "processedBy", beat_at AS "beatAt" FROM queue_heartbeat ORDER BY queue`,
    );
  }

  /** The queue's last beat and its age by the database's clock (the API and the workers may run on other hosts). */
  async lastBeatOf(queue: string): Promise<{ processedBy: string; beatAt: Date; ageSeconds: number } | undefined> {
    const [beat] = await this.dataSource.query(
      `SELECT processed_by AS "processedBy", beat_at AS "beatAt", extract(epoch FROM now() - beat_at)::float8 AS "ageSeconds"
         FROM queue_heartbeat WHERE queue = $1`,
      [queue],
    );
    return beat;
  }
}
