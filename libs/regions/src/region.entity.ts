import { References, type RegionLevel } from '@yiyang/core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RegionKind } from './domain/region-rules';

/**
 * An administrative division 省 → 市 → 县/区 → 乡镇/街道 → 村/社区, keyed by its 12-digit statistical division code.
 * The code is the materialised path: every code in a region's subtree starts with the region's significant digits,
 * so "this region and everything below it" is one prefix predicate (index region_code_prefix_idx). The parent is
 * the code with its own level's digits zeroed; the CHECKs hold level, parent and kind to the code.
 */
@Entity({ name: 'region' })
@Check(
  'region_level_check',
  `CASE "level"
     WHEN 'province' THEN "code" ~ '^[0-9]{2}0{10}$' AND "parent_code" IS NULL
     WHEN 'city' THEN "code" ~ '^[0-9]{4}0{8}$' AND "code" !~ '^[0-9]{2}0{10}$' AND "parent_code" = rpad(left("code", 2), 12, '0')
     WHEN 'county' THEN "code" ~ '^[0-9]{6}0{6}$' AND "code" !~ '^[0-9]{4}0{8}$' AND "parent_code" = rpad(left("code", 4), 12, '0')
     WHEN 'township' THEN "code" ~ '^[0-9]{9}000$' AND "code" !~ '^[0-9]{6}0{6}$' AND "parent_code" = rpad(left("code", 6), 12, '0')
     WHEN 'village' THEN "code" ~ '^[0-9]{12}$' AND "code" !~ '000$' AND "parent_code" = rpad(left("code", 9), 12, '0')
     ELSE false
   END`,
)
@Check(
  'region_kind_check',
  `CASE "level"
     WHEN 'township' THEN "kind" IN ('street', 'town', 'township', 'other')
     WHEN 'village' THEN "kind" IN ('village', 'community', 'other')
     ELSE "kind" IS NULL
   END`,
)
@Index('region_code_prefix_idx', { synchronize: false })
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: RegionLevel;

  /** 街道 street, 镇 town, 乡 township, 村 village, 社区 community, other; none above the township level. */
  @Column({ type: 'text', nullable: true })
  kind: RegionKind | null;

  @Index('region_parent_code_idx')
  @Column({ type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  /**
   * Set on a township that another body administers (e.g. 两江新区 ran 8 streets of 渝北区 in 2020–2021): the
   * county's plan indicators leave it, and what lies in it, out.
   */
  @Column({ type: 'text', nullable: true })
  administeredBy: string | null;

  @References(() => Region, { column: 'parent_code', foreignKey: 'region_parent_code_fkey', onDelete: 'RESTRICT' })
  parent?: Region;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
