import { Role } from '@yiyang/auth';
import { addMonths, today } from '@yiyang/core';
import { circleRadiusMetres, EARTH_RADIUS_M } from '@yiyang/places';
import { adminToken, createFacility, createTestApp, createUser, HAISHU, importTestRegions, YUBEI, type TestApp } from '@yiyang/testing';

/**
 * 选址建议 over a hand-built town, 统景镇, on 渝北区's 15-minute circle: radius 15 × 60 ÷ 1.3 = 692.31 m. Seven
 * villages on an east–west line from O, a community station S standing at O (V1) and a canteen C at V7:
 *
 *   V1 村一  1,000 people at O            covered by S (station)
 *   V2 村二    600 people 2.0 km east     ┐ V3 reaches V2 and V4 (500 m each way); V2 and V4 are 1 km apart
 *   V3 村三    500 people 2.5 km east     │ so V3's point brings 600 + 500 + 400 = 1,500 in, V2's 1,100, V4's 900
 *   V4 村四    400 people 3.0 km east     ┘
 *   V5 村五    700 people 6.0 km east     alone
 *   V6 村六    200 people 12 km east      alone
 *   V7 村七    300 people 8.0 km west     at the canteen C (covered for canteens, not for stations)
 *
 * Stations, K = 2: V3 (+1,500 → 1,500), V5 (+700 → 2,200); left out V7 (300), V6 (200). Before 1,000 of 3,700
 * (27.03 %), after 3,200 (86.49 %). K = 20 stops after four sites: V1's point brings no one in.
 * Canteens, K = 1: the demand is V1–V6; V3 brings 1,500, V1 only 1,000.
 */
const TONGJING = '500112100000';
const village = (n: number) => `5001121002${String(n).padStart(2, '0')}`;
const O = { lat: 29.9, lng: 106.8 };
/** A point `metres` due east (negative: west) of O, to 8 decimals as the API takes it. */
const east = (metres: number) => ({ lat: O.lat, lng: Number((O.lng + (metres / (EARTH_RADIUS_M * Math.cos((O.lat * Math.PI) / 180))) * (180 / Math.PI)).toFixed(8)) });
const VILLAGES: [n: number, name: string, metresEast: number, olderPopulation: number][] = [
  [1, '村一', 0, 1000],
  [2, '村二', 2000, 600],
  [3, '村三', 2500, 500],
  [4, '村四', 3000, 400],
  [5, '村五', 6000, 700],
  [6, '村六', 12000, 200],
  [7, '村七', -8000, 300],
];
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
    for (const [n, name] of VILLAGES) {
      await t.http.post('/api/v1/regions').set(auth(admin)).send({ code: village(n), name, level: 'village', parentCode: TONGJING, kind: 'village' }).expect(201);
    }
    await t.http.put(`/api/v1/regions/${YUBEI}/service-circle-minutes`).set(auth(admin)).send({ minutes: 15 }).expect(200);
    for (const [n, , metres, olderPopulation] of VILLAGES) {
      await t.http.put(`/api/v1/regions/${village(n)}/place`).set(auth(admin)).send({ ...east(metres), crs: 'wgs84', olderPopulation }).expect(200);
    }
    const s = await createFacility(t, admin, { name: '统景村一养老服务站', regionCode: village(1), kind: 'community_station', operation: 'social' });
    const c = await createFacility(t, admin, { name: '统景村七老年食堂', regionCode: village(7), kind: 'canteen', operation: 'social' });
    await t.http.put(`/api/v1/facilities/${s}/location`).set(auth(admin)).send({ ...east(0), crs: 'wgs84' }).expect(200);
    await t.http.put(`/api/v1/facilities/${c}/location`).set(auth(admin)).send({ ...east(-8000), crs: 'wgs84' }).expect(200);
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
