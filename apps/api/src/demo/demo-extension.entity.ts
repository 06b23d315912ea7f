import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * How far the embedded demo has extended itself (one row): its stays and service orders are written through
 * `extendedThrough`, its canteens' and services' slots published through `publishedThrough`. The loader writes the
 * row; every start moves it to yesterday and to two weeks ahead (seeds/demo/extend.ts).
 */
@Entity({ name: 'demo_extension' })
@Check('demo_extension_one_row_check', `"id"`)
@Check('demo_extension_dates_check', `"published_through" >= "extended_through"`)
export class DemoExtension {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  @Column({ type: 'date' })
  extendedThrough: string;

  @Column({ type: 'date' })
  publishedThrough: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
