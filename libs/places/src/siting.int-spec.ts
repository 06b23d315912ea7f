import { randomBytes, randomUUID } from 'node:crypto';
import { AccessScope, Role } from '@yiyang/auth';
import { AppConfig, createDataSourceOptions, PersonalDataCipher } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../../../seeds/demo';
import { circleFacilities, circleOf, reaches } from './circle.sql';
import { circleRadiusMetres, withinCircle } from './domain/geo';
import { coveredBy } from './domain/siting';
import { PlacesRepository } from './places.repository';
import { SitingService } from './siting.service';

const TODAY = '2026-12-02';
const YUBEI = '500112000000';
const MONTH = '2026-11';

/**
 * Siting on the demo's 渝北区 (communities and facilities placed around the county seat): the pairs the SQL finds
 * (candidate within an uncovered community's circle) are exactly those the reference distance of domain/geo.ts
 * finds, and each site adds what the pairs say it adds.
 */
describe('SitingService on the demo data', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let siting: SitingService;
  const scope = new AccessScope({ id: randomUUID(), username: 'admin', role: Role.Admin, displayName: 'admin', regionCode: null, facilityIds: [], residentIds: [], tokenVersion: 0 });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(createDataSourceOptions({ url: db.url, poolSize: 2, applicationName: 'yiyang-siting-test' }));
    await dataSource.initialize();
    const cipher = new PersonalDataCipher(`k1:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64'));
    await loadDemoData(dataSource, cipher, { bookedBy: randomUUID(), log: () => undefined, today: TODAY });
    siting = new SitingService(dataSource, new PlacesRepository(), new RegionsRepository(), new AppConfig());
  }, 300_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('finds in SQL exactly the pairs the reference distance finds, and adds what they say', async () => {
    const config = new AppConfig();
    const circle = { speed: config.serviceCircleWalkingSpeed, detour: config.serviceCircleDetourFactor, minutes: 15 };
    const communities = await new PlacesRepository().circleCommunities('500112%', '2026-11-30', circle, dataSource.manager, 'community_station');
    const uncovered = communities.filter((c) => !c.covered);
    expect(uncovered.length).toBeGreaterThan(10);
    const pairs = await new PlacesRepository().sitingReaches('500112%', uncovered.map((c) => c.regionCode), circle, dataSource.manager);
    const expected = communities.flatMap((site) =>
      uncovered
        .filter((d) => withinCircle({ lat: Number(d.lat), lng: Number(d.lng) }, { lat: Number(site.lat), lng: Number(site.lng) }, circleRadiusMetres(Number(d.minutes), circle.speed, circle.detour)))
        .map((d) => ({ site: site.regionCode, demand: d.regionCode })),
    );
    const key = (pair: { site: string; demand: string }) => `${pair.site}>${pair.demand}`;
    expect(pairs.map(key).sort()).toEqual(expected.map(key).sort());

    // The facilities drawing a circle here, boxed first: the same as measuring every facility against every circle.
    for (const kind of [undefined, 'community_station', 'canteen']) {
      const boxed = await new PlacesRepository().circleFacilities('500112%', '2026-11-30', circle, dataSource.manager, kind);
      const everyOne: { id: string }[] = await dataSource.query(
        `SELECT f.id FROM ${circleFacilities("'2026-11-30'::date")} AND ($1::text IS NULL OR p.kind = $1)
            AND (f.region_code LIKE '500112%' OR EXISTS (SELECT 1 FROM community_place c CROSS JOIN LATERAL ${circleOf('c', { speed: '60', detour: '1.3', minutes: '15' })} r
                                                          WHERE c.region_code LIKE '500112%' AND ${reaches('c', 'r', 'f')}))
          ORDER BY f.region_code, f.name, f.id`,
        [kind ?? null],
      );
      expect(boxed.map((f) => f.id)).toEqual(everyOne.map((f) => f.id));
    }

    await siting.propose({ regionCode: YUBEI, facilityKind: 'community_station', k: 10, month: MONTH }, scope);
    const started = performance.now();
    const proposal = await siting.propose({ regionCode: YUBEI, facilityKind: 'community_station', k: 10, month: MONTH }, scope);
    const elapsed = performance.now() - started;
    expect(proposal.sites.length).toBeGreaterThan(0);
    const input = { candidates: communities.map((c) => c.regionCode), demands: uncovered.map((c) => ({ code: c.regionCode, population: Number(c.olderPopulation) })), reaches: expected };
    for (const [i, site] of proposal.sites.entries()) {
      expect(site.cumulativeOlderPopulation).toBe(coveredBy(proposal.sites.slice(0, i + 1).map((s) => s.regionCode), input));
    }
    expect(proposal.after.coveredOlderPopulation - proposal.before.coveredOlderPopulation).toBe(proposal.sites.at(-1)!.cumulativeOlderPopulation);
    // What one proposal for a district costs here (reported, not asserted: the machine is shared).
    process.stdout.write(`siting 渝北区 k=10: ${communities.length} communities, ${uncovered.length} uncovered, ${pairs.length} pairs, ${elapsed.toFixed(0)} ms\n`);
  });
});
