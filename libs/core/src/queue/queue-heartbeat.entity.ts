import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When each queue last had a job processed, and by which process: the admin's "are the workers alive?". */
@Entity({ name: 'queue_heartbeat' })
export class QueueHeartbeat {
  @PrimaryColumn({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  processedBy: string;

  @Column({ type: 'timestamptz' })
  beatAt: Date;
}
