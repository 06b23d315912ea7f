import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type StayFunding, stayColumns } from './stay.entity';

/**
 * 作废的入住 a voided admission: a stay recorded by mistake and voided by the facility on the day of admission, moved
 * here out of `stay` in the transaction that voids it. Nothing that reads stays — occupancy, the board, indicators,
 * reports, a person's stays — ever sees it, and the exclusion constraints no longer count it; the row keeps what was
 * recorded, who voided it, when and why (the audit log has the same, entry by entry).
 */
@Entity({ name: 'voided_stay' })
@Index('voided_stay_facility_idx', ['facilityId', 'voidedAt'])
export class VoidedStay extends stayColumns('voided_stay') {
  /** The stay's own id: the audit entries of its admission and its void name it. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  funding: StayFunding;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  voidedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  voidedAt: Date;

  @Column({ type: 'text' })
  voidReason: string;
}
