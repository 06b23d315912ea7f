import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { BedsRepository, type NewBed } from '@yiyang/beds';
import { inForceOn, isInRegionSubtree, openOn, regionAncestry, type FieldProblem } from '@yiyang/core';
import { COMPREHENSIVE_CORE, FacilitiesRepository, FACILITY_KIND_LABELS, INSTITUTION_KINDS, type FacilityFunction, type FacilityKind } from '@yiyang/facilities';
import { RegionsRepository } from '@yiyang/regions';
import type { EntityManager } from 'typeorm';
import { countyOf, type ScenarioChange } from './domain/scenario-change';

/** What a new facility of a kind offers in a scenario: institutions full-time care, centres the comprehensive core. */
const DEFAULT_FUNCTIONS: Record<FacilityKind, readonly FacilityFunction[]> = {
  institution: ['full_time_care'],
  tekun_home: ['full_time_care'],
  township_centre: COMPREHENSIVE_CORE,
  community_station: ['day_care', 'home_outreach'],
  mutual_aid: ['day_care'],
  canteen: ['meals'],
};

/** General (non care-type) institution beds of a facility open on $2, each once, by code: the ones a conversion takes. */
const GENERAL_BEDS = `
  SELECT b.id FROM bed b
    JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', '$2::date')} AND NOT c.care_type
   WHERE b.facility_id = $1 AND b.setting = 'institution' AND ${openOn('b', '$2::date')}
   ORDER BY b.code`;

interface Located {
  /** County-level regions whose township parts the change alters. */
  counties: string[];
}

/**
 * Applies a scenario's changes to the registry tables with the registry's own repositories and SQL, inside the
 * caller's transaction (which the caller always rolls back): a facility with its profile and beds, a reclassification
 * from a date, a closing, a centre, a population figure. Every change is checked first against the caller's scope,
 * the scenario's region and the records as the earlier changes left them; problems name the field (`changes[2].beds`).
 */
@Injectable()
export class ScenarioChanges {
  constructor(
    private readonly facilities: FacilitiesRepository,
    private readonly beds: BedsRepository,
    private readonly regions: RegionsRepository,
  ) {}

  /** The counties the changes touch, or the problems of the changes that name something unknown or out of reach. */
  async locate(regionCode: string, changes: readonly ScenarioChange[], scope: AccessScope, manager: EntityManager): Promise<Located & { problems: FieldProblem[] }> {
    const counties = new Set<string>();
    const problems: FieldProblem[] = [];
    for (const [index, change] of changes.entries()) {
      const field = (name: string) => `changes[${index}].${name}`;
      const fail = (name: string, message: string) => problems.push({ field: field(name), messages: [message] });
      switch (change.kind) {
        case 'convert_beds':
        case 'close_facility': {
          const facility = await this.facilities.findInScope(change.facilityId, change.from, scope, manager);
          // Unknown and out of scope read the same: nothing says a facility exists where the caller may not look.
          if (!facility) fail('facilityId', `no facility ${change.facilityId}`);
          else if (!isInRegionSubtree(facility.region_code, regionCode)) fail('facilityId', `the facility is not in region ${regionCode}`);
          else counties.add(countyOf(facility.region_code));
          break;
        }
        case 'open_facility':
        case 'add_centre': {
          const township = await this.regions.findByCode(change.townshipCode, manager);
          if (!township || !scope.covers({ regionCode: change.townshipCode })) fail('townshipCode', `no region ${change.townshipCode}`);
          else if (township.level !== 'township') fail('townshipCode', `${change.townshipCode} is a ${township.level}, not a township (乡镇/街道)`);
          else if (!isInRegionSubtree(change.townshipCode, regionCode)) fail('townshipCode', `the township is not in region ${regionCode}`);
          else counties.add(countyOf(change.townshipCode));
          if (change.kind === 'open_facility' && change.careBeds > change.beds) fail('careBeds', `careBeds (${change.careBeds}) must not exceed beds (${change.beds})`);
          break;
        }
        case 'set_population': {
          const region = await this.regions.findByCode(change.regionCode, manager);
          if (!region || !scope.covers({ regionCode: change.regionCode })) fail('regionCode', `no region ${change.regionCode}`);
          else if (region.level === 'village') fail('regionCode', 'population figures are kept for townships and above');
          else if (!isInRegionSubtree(change.regionCode, regionCode) && !regionAncestry(regionCode).includes(change.regionCode)) {
            fail('regionCode', `the region is neither ${regionCode} nor above or below it`);
          }
          break;
        }
      }
    }
    return { counties: [...counties].sort(), problems };
  }

  /** Applies the changes in order (each sees the ones before it); returns the problems of those that could not apply. */
  async apply(changes: readonly ScenarioChange[], manager: EntityManager): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const [index, change] of changes.entries()) {
      const problem = await this.applyOne(change, manager);
      if (problem) problems.push({ field: `changes[${index}].${problem.field}`, messages: [problem.message] });
    }
    return problems;
  }

  private async applyOne(change: ScenarioChange, manager: EntityManager): Promise<{ field: string; message: string } | null> {
    switch (change.kind) {
      case 'convert_beds': {
        const general: { id: string }[] = await manager.query(GENERAL_BEDS, [change.facilityId, change.from]);
        if (general.length < change.beds) {
          return { field: 'beds', message: `the facility has ${general.length} general institution bed(s) on ${change.from}, fewer than ${change.beds}` };
        }
        await this.beds.changeClassificationsFrom(
          general.slice(0, change.beds).map((bed) => bed.id),
          change.from,
          { care_type: true },
          null,
          manager,
        );
        return null;
      }
      case 'close_facility': {
        const facility = await this.facilities.lockInScope(change.facilityId, null, manager);
        if (!facility) return { field: 'facilityId', message: `no facility ${change.facilityId}` };
        if (change.from <= facility.openedOn) return { field: 'from', message: `a facility closes after it opened (${facility.openedOn})` };
        if (facility.closedOn && facility.closedOn <= change.from) return { field: 'from', message: `the facility is closed from ${facility.closedOn} already` };
        facility.closedOn = change.from;
        facility.closeReason = '情景推演 · what-if';
        await this.facilities.save(facility, manager);
        await this.facilities.endProfilesOn(facility.id, change.from, manager);
        return null;
      }
      case 'open_facility':
        await this.openFacility(change.townshipCode, change.facilityKind, change.from, change.name, change.beds, change.careBeds, manager);
        return null;
      case 'add_centre':
        await this.openFacility(change.townshipCode, 'township_centre', change.from, undefined, 0, 0, manager);
        return null;
      case 'set_population': {
        const year = Number(change.from.slice(0, 4));
        // The basis the region's own figures use (registered 户籍 unless it keeps only resident 常住 ones).
        const [own]: { basis: 'registered' | 'resident' }[] = await manager.query(
          `SELECT basis FROM region_population WHERE region_code = $1 ORDER BY (basis = 'registered') DESC, year DESC LIMIT 1`,
          [change.regionCode],
        );
        await this.regions.upsertPopulation(
          [{ regionCode: change.regionCode, year, basis: own?.basis ?? 'registered', age60Plus: change.age60Plus, age65Plus: null, age80Plus: null, source: '情景推演 · what-if' }],
          manager,
        );
        return null;
      }
    }
  }

  /** A facility with its first profile and its beds (the first `careBeds` care-type), all new from `from`. */
  private async openFacility(townshipCode: string, kind: FacilityKind, from: string, name: string | undefined, beds: number, careBeds: number, manager: EntityManager) {
    const facility = await this.facilities.insert(
      { name: name ?? `${FACILITY_KIND_LABELS[kind].zh}（情景）`, regionCode: townshipCode, address: null, latitude: null, longitude: null, phone: null, openedOn: from },
      // New places are mostly built public and run by social operators (公建民营); the plans count them so.
      { kind, ownership: 'public', operation: 'social', functions: [...DEFAULT_FUNCTIONS[kind]], validFrom: from, validTo: null, changedBy: null },
      manager,
    );
    if (!beds) return;
    const setting = INSTITUTION_KINDS.includes(kind) ? 'institution' : 'community';
    const rows: NewBed[] = Array.from({ length: beds }, (_, index) => ({
      code: `S-${String(index + 1).padStart(4, '0')}`,
      room: 'S',
      floor: null,
      setting,
      homeRegionCode: null,
      openedOn: from,
      careType: index < careBeds,
      dementiaCare: false,
      origin: 'new_build',
      commissionedOn: from,
    }));
    await this.beds.insertBeds(facility.id, rows, null, manager);
  }
}
