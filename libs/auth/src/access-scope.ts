import { ForbiddenError, isInRegionSubtree, regionSubtreePrefix } from '@yiyang/core';
import { Role, ROLE_GRANTS } from './domain/roles';

/** The authenticated caller, as guards and services see it. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  displayName: string;
  regionCode: string | null;
  facilityIds: string[];
  residentIds: string[];
  /** The account's token version the caller's token carried: tokens issued on its behalf carry it on. */
  tokenVersion: number;
}

/** The columns of a query that a caller's grants can match: the row's region code, facility and older person. */
export interface ScopeColumns {
  /** Column(s) holding the row's region code; several mean the row is in any of them. */
  regionCode?: string | string[];
  facilityId?: string;
  /** A subquery giving the facility ids a row belongs to, for rows linked to several facilities. */
  facilityIdIn?: string;
  residentId?: string;
}

/**
 * Which rows the caller may see, as SQL to put into the query itself, so that no id in a URL reaches another
 * tenant's data and a miss is an honest 404. Administrators see everything; everyone else sees the rows that
 * match any of their grants: their region's subtree, their facilities, their older people.
 */
export class AccessScope {
  constructor(readonly user: AuthUser) {}

  /**
   * The caller acting for one facility, for a step the facility takes at the caller's word: a family member
   * accepting an offered bed is admitted by the facility, into a bed the family cannot otherwise see.
   */
  static actingForFacility(user: AuthUser, facilityId: string): AccessScope {
    return new AccessScope({ ...user, role: Role.Operator, regionCode: null, facilityIds: [facilityId], residentIds: [] });
  }

  get unrestricted(): boolean {
    return this.user.role === Role.Admin;
  }

  /** Predicate with named parameters, for TypeORM's query builder: `qb.andWhere(s.sql, s.params)`. */
  where(columns: ScopeColumns): { sql: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = {};
    const sql = this.predicate(columns, (value) => {
      const name = `scope${Object.keys(params).length}`;
      params[name] = value;
      return `:${name}`;
    });
    return { sql, params };
  }

  /** Predicate with positional parameters appended to `params`, for raw SQL. */
  sql(columns: ScopeColumns, params: unknown[]): string {
    return this.predicate(columns, (value) => {
      params.push(value);
      return `$${params.length}`;
    });
  }

  /**
   * Whether the caller may change a row of this region (and of this facility, when given). Writes name their target
   * up front, so this is checked in code; reads stay in SQL.
   */
  covers(target: { regionCode?: string | null; facilityId?: string | null }): boolean {
    if (this.unrestricted) return true;
    const allowed = ROLE_GRANTS[this.user.role];
    const { regionCode, facilityIds } = this.user;
    if (target.regionCode && regionCode && allowed.includes('regionCode') && isInRegionSubtree(target.regionCode, regionCode)) return true;
    return Boolean(target.facilityId && allowed.includes('facilityIds') && facilityIds.includes(target.facilityId));
  }

  /** A write that names a region outside the caller's: 403, since the caller chose it (docs/architecture.md, Errors). */
  assertCoversRegion(regionCode: string): void {
    if (!this.covers({ regionCode })) throw new ForbiddenError(`Region ${regionCode} lies outside your region`);
  }

  private predicate(columns: ScopeColumns, bind: (value: unknown) => string): string {
    if (this.unrestricted) return 'TRUE';
    const terms: string[] = [];
    // Only the grants the role may hold count, whatever the account row says.
    const allowed = ROLE_GRANTS[this.user.role];
    const regionCode = allowed.includes('regionCode') ? this.user.regionCode : null;
    const facilityIds = allowed.includes('facilityIds') ? this.user.facilityIds : [];
    const residentIds = allowed.includes('residentIds') ? this.user.residentIds : [];
    if (columns.regionCode && regionCode) {
      const prefix = bind(`${regionSubtreePrefix(regionCode)}%`);
      for (const column of [columns.regionCode].flat()) terms.push(`${column} LIKE ${prefix}`);
    }
    if (columns.facilityId && facilityIds.length) terms.push(`${columns.facilityId} = ANY(${bind(facilityIds)}::uuid[])`);
    if (columns.facilityIdIn && facilityIds.length) {
      terms.push(`EXISTS (SELECT 1 FROM (${columns.facilityIdIn}) AS linked(facility_id) WHERE linked.facility_id = ANY(${bind(facilityIds)}::uuid[]))`);
    }
    if (columns.residentId && residentIds.length) terms.push(`${columns.residentId} = ANY(${bind(residentIds)}::uuid[])`);
    return terms.length ? `(${terms.join(' OR ')})` : 'FALSE';
  }
}
