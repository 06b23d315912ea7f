import { References } from '@yiyang/core';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Region } from './region.entity';

export const POPULATION_BASES = ['registered', 'resident'] as const;
/** 户籍 registered (household registration) or 常住 resident (census) population. */
export type PopulationBasis = (typeof POPULATION_BASES)[number];

/**
 * Older population of a region in a year, on one basis: the denominator of the per-1,000 and per-10,000
 * indicators. Often entered only at county level; a region without its own figure takes the sum of its children.
 */
@Entity({ name: 'region_population' })
@Check('region_population_basis_check', `"basis" IN ('registered', 'resident')`)
@Check('region_population_year_check', `"year" BETWEEN 1949 AND 2100`)
@Check(
  'region_population_ages_check',
  `"age60_plus" >= 0 AND ("age65_plus" IS NULL OR "age65_plus" BETWEEN 0 AND "age60_plus")
   AND ("age80_plus" IS NULL OR "age80_plus" BETWEEN 0 AND coalesce("age65_plus", "age60_plus"))`,
)
export class RegionPopulation {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  regionCode: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @PrimaryColumn({ type: 'text' })
  basis: PopulationBasis;

  @References(() => Region, { column: 'region_code', foreignKey: 'region_population_region_code_fkey', onDelete: 'CASCADE' })
  region?: Region;

  @Column({ type: 'integer' })
  age60Plus: number;

  @Column({ type: 'integer', nullable: true })
  age65Plus: number | null;

  @Column({ type: 'integer', nullable: true })
  age80Plus: number | null;

  /** Where the figure comes from (census table, 户籍 statistics of the public-security bureau, …). */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
