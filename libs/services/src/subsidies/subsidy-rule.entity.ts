import { EffectiveDated, References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import type { EligibilityCondition } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who is eligible for a service subsidy, and what they get (see domain/subsidy.ts). Money in cents. */
@Entity({ name: 'subsidy_rule' })
@Check('subsidy_rule_amounts_check', `("monthly_cap_cents" IS NULL OR "monthly_cap_cents" >= 0) AND ("per_order_cap_cents" IS NULL OR "per_order_cap_cents" >= 0) AND ("orders_per_month" IS NULL OR "orders_per_month" >= 0) AND "rate_percent" BETWEEN 0 AND 100`)
@EffectiveDated('subsidy_rule')
@Index('subsidy_rule_region_idx', ['regionCode'])
export class SubsidyRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** People whose 户籍 lies in this region's subtree. */
  @Column({ type: 'text' })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'subsidy_rule_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'text' })
  name: string;

  /** Eligible when any of these holds (categories, assessed level, age). */
  @Column({ type: 'jsonb' })
  conditions: EligibilityCondition[];

  @Column({ type: 'int', nullable: true })
  monthlyCapCents: number | null;

  @Column({ type: 'int', nullable: true })
  perOrderCapCents: number | null;

  @Column({ type: 'int', nullable: true })
  ordersPerMonth: number | null;

  @Column({ type: 'int', default: 100 })
  ratePercent: number;

  /** Service types covered; empty: all. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  serviceTypes: string[];

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
