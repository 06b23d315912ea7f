import { References } from '@yiyang/core';
import { Region } from '@yiyang/regions';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { DeviceKind } from './device-kinds';

/**
 * A smart elderly-care terminal (智慧养老终端) installed in a village or community (a 12-digit village-level region):
 * in place from installed_on until removed_on (the first day gone), counted when linked to the platform.
 */
@Entity({ name: 'smart_terminal' })
@Unique('smart_terminal_device_code_key', ['deviceCode'])
@Check('smart_terminal_kind_check', `"device_kind" IN ('emergency_call', 'smart_watch', 'sensor', 'tv_box', 'kiosk', 'other')`)
@Check('smart_terminal_period_check', `"removed_on" IS NULL OR "removed_on" >= "installed_on"`)
@Index('smart_terminal_region_idx', ['regionCode', 'installedOn'])
export class SmartTerminal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  @References(() => Region, { column: 'region_code', foreignKey: 'smart_terminal_region_code_fkey', onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'text' })
  deviceKind: DeviceKind;

  @Column({ type: 'text' })
  deviceCode: string;

  @Column({ type: 'date' })
  installedOn: string;

  /** First day no longer installed (exclusive end). */
  @Column({ type: 'date', nullable: true })
  removedOn: string | null;

  /** 接入平台 */
  @Column({ type: 'boolean' })
  linked: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
