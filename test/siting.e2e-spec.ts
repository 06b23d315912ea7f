import { Role } from '@yiyang/auth';
import { addMonths, today } from '@yiyang/core';
import { circleRadiusMetres } from '@yiyang/places';
import { adminToken, createTestApp, createUser, HAISHU, importTestRegions, YUBEI, type TestApp } from '@yiyang/testing';
import { buildSitingTown, east, TONGJING, village } from './siting-town';

/**
 * 选址建议 over the hand-built 统景镇 of siting-town.ts (seven villages on a line, a station at V1, a canteen at V7);
 * K = 20 stops after four sites, V1's point bringing no one in; for canteens the demand is V1–V6 and V3 brings
 * 1,500, V1 only 1,000.
 */
const MONTH = addMonths(today(), -1).slice(0, 7);
const NEXT_MONTH_FIRST = `${today().slice(0, 7)}-01`;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('siting (选址建议) over a hand-built town', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    await buildSitingTown(t, admin);
  }, 120_000);

  afterAll(() => t?.close());

  const siting = (query: Record<string, string | number>, token = admin) => t.http.get('/api/v1/kpi/siting').query(query).set(auth(token));

  it('proposes the heavier centre first, then the next heaviest, with what each adds and who is left out', async () => {
    const { body } = await siting({ regionCode: TONGJING, facilityKind: 'community_station', k: 2, month: MONTH }).expect(200);
    expect(body).toMatchObject({ regionCode: TONGJING, facilityKind: 'community_station', k: 2, minutes: 15, walkingMetresPerMinute: 60, detourFactor: 1.3, olderPopulation: 3700 });
    expect(body.radiusMetres).toBeCloseTo(circleRadiusMetres(15, 60, 1.3), 1);
    expect(body.sites.map((s: Record<string, unknown>) => [s.rank, s.regionCode, s.name, s.townshipCode, s.addedOlderPopulation, s.cumulativeOlderPopulation])).toEqual([
      [1, village(3), '村三', TONGJING, 1500, 1500],
      [2, village(5), '村五', TONGJING, 700, 2200],
    ]);
    expect(body.sites.map((s: { shareAfter: number }) => s.shareAfter)).toEqual([67.57, 86.49]);
    expect(body.sites[0]).toMatchObject({ townshipName: '统景镇', brings: [village(2), village(3), village(4)], ...east(2500) });
    expect(body.leftOut.map((c: Record<string, unknown>) => [c.regionCode, c.olderPopulation])).toEqual([
      [village(7), 300],
      [village(6), 200],
    ]);
    expect(body.leftOut[0]).toMatchObject({ name: '村七', ...east(-8000), radiusMetres: 692.3 });
    expect(body.before).toEqual({ coveredOlderPopulation: 1000, share: 27.03 });
    expect(body.after).toEqual({ coveredOlderPopulation: 3200, share: 86.49 });
    // The canteen draws no circle for stations.
    expect(body.facilities.map((f: { name: string; kind: string }) => [f.name, f.kind])).toEqual([['统景村一养老服务站', 'community_station']]);
    expect(body.changes).toEqual([
      { kind: 'open_facility', townshipCode: TONGJING, facilityKind: 'community_station', beds: 0, careBeds: 0, from: NEXT_MONTH_FIRST, name: '村三社区养老服务站' },
      { kind: 'open_facility', townshipCode: TONGJING, facilityKind: 'community_station', beds: 0, careBeds: 0, from: NEXT_MONTH_FIRST, name: '村五社区养老服务站' },
    ]);
  });

  it('stops when no site brings anyone more in, and proposes the same over the county', async () => {
    const { body } = await siting({ regionCode: TONGJING, facilityKind: 'community_station', k: 20, month: MONTH }).expect(200);
    expect(body.sites.map((s: { regionCode: string; addedOlderPopulation: number }) => [s.regionCode, s.addedOlderPopulation])).toEqual([
      [village(3), 1500],
      [village(5), 700],
      [village(7), 300],
      [village(6), 200],
    ]);
    expect(body.leftOut).toEqual([]);
    expect(body.after).toEqual({ coveredOlderPopulation: 3700, share: 100 });
    const county = await siting({ regionCode: YUBEI, facilityKind: 'community_station', k: 2, month: MONTH }).expect(200);
    expect(county.body.sites.map((s: { regionCode: string }) => s.regionCode)).toEqual([village(3), village(5)]);
  });

  it('counts only the facilities of the kind asked for', async () => {
    const { body } = await siting({ regionCode: TONGJING, facilityKind: 'canteen', k: 1, month: MONTH }).expect(200);
    expect(body.before).toEqual({ coveredOlderPopulation: 300, share: 8.11 });
    expect(body.sites.map((s: { regionCode: string; addedOlderPopulation: number }) => [s.regionCode, s.addedOlderPopulation])).toEqual([[village(3), 1500]]);
    expect(body.leftOut.map((c: { regionCode: string }) => c.regionCode)).toEqual([village(1), village(5), village(6)]);
    expect(body.changes).toEqual([{ kind: 'open_facility', townshipCode: TONGJING, facilityKind: 'canteen', beds: 0, careBeds: 0, from: NEXT_MONTH_FIRST, name: '村三老年食堂' }]);
    const centres = await siting({ regionCode: TONGJING, facilityKind: 'township_centre', k: 1, month: MONTH }).expect(200);
    expect(centres.body.facilities).toEqual([]);
    expect(centres.body.changes).toEqual([{ kind: 'add_centre', townshipCode: TONGJING, from: NEXT_MONTH_FIRST }]);
  });

  it('refuses bad input with the field named', async () => {
    const field = async (query: Record<string, string | number>, name: string) => {
      const { body } = await siting(query).expect(400);
      expect(body.details.map((detail: { field: string }) => detail.field)).toEqual([name]);
    };
    const good = { regionCode: TONGJING, facilityKind: 'community_station', k: 2, month: MONTH };
    await field({ ...good, k: 0 }, 'k');
    await field({ ...good, k: 21 }, 'k');
    await field({ ...good, k: 'two' }, 'k');
    await field({ ...good, facilityKind: 'institution' }, 'facilityKind');
    await field({ ...good, regionCode: village(3) }, 'regionCode');
    await field({ ...good, regionCode: '500100000000' }, 'regionCode');
    await field({ ...good, month: addMonths(today(), 2).slice(0, 7) }, 'month');
  });

  it('keeps to the caller\'s scope', async () => {
    const haishu = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
    await siting({ regionCode: TONGJING, facilityKind: 'community_station', k: 2, month: MONTH }, haishu.token).expect(404);
    const assessor = await createUser(t, { role: Role.Assessor, regionCode: YUBEI });
    await siting({ regionCode: TONGJING, facilityKind: 'community_station', k: 2, month: MONTH }, assessor.token).expect(403);
  });
});
