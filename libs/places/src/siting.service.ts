import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { AppConfig, firstDayOf, impliedParentCode, InvalidInputError, nextMonth, NotFoundError, orNotFound, regionSubtreePrefix } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource } from 'typeorm';
import { circleRadiusMetres, DEFAULT_CIRCLE_MINUTES } from './domain/geo';
import { greedySiting, sitingChanges } from './domain/siting';
import type { SitingDto, SitingQuery } from './dto/siting.dto';
import { circleDayOf } from './places.service';
import { PlacesRepository } from './places.repository';

/** Regions a proposal is made for: a township (乡镇/街道) or a county (县/区), its communities the candidate sites. */
const SITING_LEVELS = ['township', 'county'];

const share = (covered: number, total: number) => (total > 0 ? Math.round((covered / total) * 10_000) / 100 : null);
const metres = (radius: number) => Math.round(Number(radius) * 10) / 10;

/**
 * 选址建议 siting: where up to K new facilities of a kind bring the most older people into a service circle. The
 * communities of the region (村/社区 on the map) are the candidate sites; the demand is those no open facility of the
 * kind reaches on the month's day, each weighing its 60+ population. Which candidate lies in which uncovered
 * community's circle is SQL (the circle KPI's own reach rule); the greedy pick is domain/siting.ts.
 */
@Injectable()
export class SitingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlacesRepository,
    private readonly regions: RegionsRepository,
    private readonly config: AppConfig,
  ) {}

  async propose(query: SitingQuery, scope: AccessScope): Promise<SitingDto> {
    const { regionCode: code, facilityKind: kind, k, month } = query;
    const day = circleDayOf(month);
    const manager = this.dataSource.manager;
    if (!scope.covers({ regionCode: code })) throw new NotFoundError('Region', code);
    const region = orNotFound(await this.regions.findByCode(code, manager), 'Region', code);
    if (!SITING_LEVELS.includes(region.level)) {
      throw InvalidInputError.of([{ field: 'regionCode', message: `region ${code} is a ${region.level}; siting takes a township (乡镇/街道) or a county (县/区)` }]);
    }
    const prefix = `${regionSubtreePrefix(code)}%`;
    const circle = { speed: this.config.serviceCircleWalkingSpeed, detour: this.config.serviceCircleDetourFactor, minutes: DEFAULT_CIRCLE_MINUTES };
    const communities = await this.places.circleCommunities(prefix, day, circle, manager, kind);
    const uncovered = communities.filter((community) => !community.covered);
    const reaches = uncovered.length ? await this.places.sitingReaches(prefix, uncovered.map((community) => community.regionCode), circle, manager) : [];
    const proposal = greedySiting({
      candidates: communities.map((community) => community.regionCode),
      demands: uncovered.map((community) => ({ code: community.regionCode, population: Number(community.olderPopulation) })),
      reaches,
      k,
    });
    const facilities = await this.places.circleFacilities(prefix, day, circle, manager, kind);
    const minutes = (await this.places.circleMinutes(code, manager))?.minutes ?? DEFAULT_CIRCLE_MINUTES;
    const total = communities.reduce((sum, community) => sum + Number(community.olderPopulation), 0);
    const coveredBefore = total - uncovered.reduce((sum, community) => sum + Number(community.olderPopulation), 0);
    const byCode = new Map(communities.map((community) => [community.regionCode, community]));
    // A community's parent is its township (乡镇/街道).
    const townshipOf = (village: string) => impliedParentCode(village)!;
    const townships = await this.regions.existing([...new Set(proposal.sites.map((site) => townshipOf(site.code)))], manager);
    const sites = proposal.sites.map((site, index) => {
      const community = byCode.get(site.code)!;
      const townshipCode = townshipOf(site.code);
      return {
        rank: index + 1,
        regionCode: site.code,
        name: community.name,
        townshipCode,
        townshipName: townships.get(townshipCode)?.name ?? townshipCode,
        lat: Number(community.lat),
        lng: Number(community.lng),
        addedOlderPopulation: site.added,
        cumulativeOlderPopulation: site.cumulative,
        shareAfter: share(coveredBefore + site.cumulative, total),
        brings: site.brings,
      };
    });
    return {
      regionCode: code,
      month,
      day,
      facilityKind: kind,
      k,
      walkingMetresPerMinute: circle.speed,
      detourFactor: circle.detour,
      minutes,
      radiusMetres: metres(circleRadiusMetres(minutes, circle.speed, circle.detour)),
      olderPopulation: total,
      before: { coveredOlderPopulation: coveredBefore, share: share(coveredBefore, total) },
      after: { coveredOlderPopulation: coveredBefore + proposal.added, share: share(coveredBefore + proposal.added, total) },
      sites,
      facilities: facilities.map((facility) => ({ ...facility, lat: Number(facility.lat), lng: Number(facility.lng) })),
      leftOut: proposal.leftOut.map(({ code: left }) => {
        const community = byCode.get(left)!;
        return { regionCode: left, name: community.name, lat: Number(community.lat), lng: Number(community.lng), olderPopulation: Number(community.olderPopulation), radiusMetres: metres(community.radius) };
      }),
      changes: sitingChanges(sites, kind, firstDayOf(nextMonth(month))),
    };
  }
}
