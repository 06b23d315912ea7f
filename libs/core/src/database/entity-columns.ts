import { applyDecorators } from '@nestjs/common';
import { Check, Column, Exclusion, JoinColumn, ManyToOne, type ObjectType } from 'typeorm';
import type { OnDeleteType } from 'typeorm/metadata/types/OnDeleteType';

export interface Reference {
  /** The foreign key column (snake_case), declared beside the relation as its own column. */
  column: string;
  /** The constraint name the migration gave the foreign key, so the entities and the schema agree. */
  foreignKey: string;
  onDelete: OnDeleteType;
}

/** A many-to-one relation joined on `reference.column`, in the one line most foreign keys of the schema need. */
export function References<T>(target: () => ObjectType<T>, reference: Reference): PropertyDecorator {
  return applyDecorators(
    ManyToOne(target, { onDelete: reference.onDelete }),
    JoinColumn({ name: reference.column, foreignKeyConstraintName: reference.foreignKey }),
  );
}

/**
 * The constraints of a table of periods [valid_from, valid_to) (see effective-dating.ts): valid_to after valid_from,
 * and, given the key column, no two versions of one key overlapping. Named `<table>_period_check` and
 * `<table>_no_overlap`, as the migrations name them.
 */
export function EffectiveDated(table: string, keyColumn?: string): ClassDecorator {
  const period = Check(`${table}_period_check`, `"valid_to" IS NULL OR "valid_to" > "valid_from"`);
  if (!keyColumn) return period;
  return applyDecorators(Exclusion(`${table}_no_overlap`, `USING gist ("${keyColumn}" WITH =, daterange("valid_from", "valid_to") WITH &&)`), period);
}

/**
 * The columns every version of an effective-dated fact ends with. The key column and valid_from stay in the entity:
 * together they are its primary key, and TypeORM would put an inherited valid_from first in that key.
 */
export abstract class VersionColumns {
  /** First day no longer in force (exclusive end); null = open-ended. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}

/** The columns of a place that operates over [opened_on, closed_on): a facility, a bed. */
export abstract class OpenPeriodColumns {
  @Column({ type: 'date' })
  openedOn: string;

  /** First day closed (exclusive end). */
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', nullable: true })
  closeReason: string | null;
}
