import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { Role } from './domain/roles';

/**
 * An account. `role` decides which endpoints answer; the scope grants (a region subtree, facilities, older
 * people) decide which rows, and each role may hold only its own kinds of grant (ROLE_GRANTS, and the CHECK
 * below). Usernames are stored lower-case, so uniqueness is case-insensitive.
 */
@Entity({ name: 'app_user' })
@Unique('app_user_username_key', ['username'])
@Check('app_user_role_check', `"role" IN ('admin', 'civil_affairs', 'operator', 'assessor', 'family')`)
@Check('app_user_username_check', `"username" ~ '^[a-z0-9._-]{3,64}$'`)
@Check('app_user_region_code_check', `"region_code" ~ '^[0-9]{12}$'`)
@Check(
  'app_user_scope_check',
  `CASE "role"
     WHEN 'admin' THEN "region_code" IS NULL AND cardinality("facility_ids") = 0 AND cardinality("resident_ids") = 0
     WHEN 'civil_affairs' THEN "region_code" IS NOT NULL AND cardinality("facility_ids") = 0 AND cardinality("resident_ids") = 0
     WHEN 'operator' THEN "region_code" IS NULL AND cardinality("facility_ids") > 0 AND cardinality("resident_ids") = 0
     WHEN 'assessor' THEN ("region_code" IS NOT NULL OR cardinality("facility_ids") > 0) AND cardinality("resident_ids") = 0
     WHEN 'family' THEN "region_code" IS NULL AND cardinality("facility_ids") = 0 AND cardinality("resident_ids") > 0
   END`,
)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  username: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  displayName: string;

  /** Region whose whole subtree the user may see (统计用区划代码). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  facilityIds: string[];

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  residentIds: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * Carried in the account's tokens as `ver`; a token whose `ver` differs is refused. Raised by every change that
   * must end the sessions already open (password, role, scope, deactivation).
   */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
