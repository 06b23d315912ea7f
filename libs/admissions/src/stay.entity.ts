import { Bed } from '@yiyang/beds';
import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DISCHARGE_REASONS = ['home', 'hospital', 'death', 'transfer_out', 'other'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];
export const STAY_FUNDING = ['self_pay', 'tekun_centralized', 'government_purchased'] as const;
export type StayFunding = (typeof STAY_FUNDING)[number];

/**
 * The columns of a stay that place a person in a bed over [admitted_on, discharged_on): voided_stay keeps a voided
 * stay's row with the same columns, so both tables declare them here, with foreign keys named after the table.
 */
export function stayColumns(table: 'stay' | 'voided_stay') {
  abstract class StayColumns {
    @Column({ type: 'uuid' })
    residentId: string;

    @References(() => Resident, { column: 'resident_id', foreignKey: `${table}_resident_id_fkey`, onDelete: 'RESTRICT' })
    resident?: Resident;

    @Column({ type: 'uuid' })
    bedId: string;

    @References(() => Bed, { column: 'bed_id', foreignKey: `${table}_bed_id_fkey`, onDelete: 'RESTRICT' })
    bed?: Bed;

    /** The bed's facility, kept on the stay for scope and reports (beds never change facility). */
    @Column({ type: 'uuid' })
    facilityId: string;

    @References(() => Facility, { column: 'facility_id', foreignKey: `${table}_facility_id_fkey`, onDelete: 'RESTRICT' })
    facility?: Facility;

    @Column({ type: 'date' })
    admittedOn: string;

    /** First day no longer in the bed (exclusive end). */
    @Column({ type: 'date', nullable: true })
    dischargedOn: string | null;

    /** home, hospital, death, transfer_out, other; transfer when the stay ended by moving to another bed. */
    @Column({ type: 'text', nullable: true })
    dischargeReason: string | null;
  }
  return StayColumns;
}

/**
 * A stay: a person in a bed over [admitted_on, discharged_on). Two exclusion constraints make overlapping stays on
 * one bed, and overlapping stays of one person, impossible whatever the code does. A transfer ends one stay and
 * starts the next on the same day (reason 'transfer'). A person who leaves the day they came has discharged_on =
 * admitted_on; an admission made by mistake is voided on its day into voided_stay (voided-stay.entity.ts).
 */
@Entity({ name: 'stay' })
@Exclusion('stay_bed_no_overlap', `USING gist ("bed_id" WITH =, daterange("admitted_on", "discharged_on") WITH &&)`)
@Exclusion('stay_resident_no_overlap', `USING gist ("resident_id" WITH =, daterange("admitted_on", "discharged_on") WITH &&)`)
// Discharged the day of admission is an empty range: the bed is free again that day and the person in residence at
// no day's end; the exclusion constraints and every reader of ranges leave it out by themselves.
@Check('stay_period_check', `"discharged_on" IS NULL OR "discharged_on" >= "admitted_on"`)
@Check(
  'stay_discharge_reason_check',
  `("discharged_on" IS NULL) = ("discharge_reason" IS NULL) AND ("discharge_reason" IS NULL OR "discharge_reason" IN ('home', 'hospital', 'death', 'transfer_out', 'other', 'transfer'))`,
)
@Check('stay_funding_check', `"funding" IN ('self_pay', 'tekun_centralized', 'government_purchased')`)
@Index('stay_facility_idx', ['facilityId', 'admittedOn'])
@Index('stay_resident_idx', { synchronize: false })
export class Stay extends stayColumns('stay') {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', default: 'self_pay' })
  funding: StayFunding;

  @Column({ type: 'uuid', nullable: true })
  transferredFromId: string | null;

  @References(() => Stay, { column: 'transferred_from_id', foreignKey: 'stay_transferred_from_id_fkey', onDelete: 'RESTRICT' })
  transferredFrom?: Stay;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
