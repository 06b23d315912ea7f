import { EARTH_RADIUS_M } from '@yiyang/places';
import { createFacility, YUBEI, type TestApp } from '@yiyang/testing';

/**
 * 统景镇 built by hand for siting (选址建议), on 渝北区's 15-minute circle: radius 15 × 60 ÷ 1.3 = 692.31 m. Seven
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
 * (27.03 %), after 3,200 (86.49 %).
 */
export const TONGJING = '500112100000';
export const village = (n: number) => `5001121002${String(n).padStart(2, '0')}`;
const O = { lat: 29.9, lng: 106.8 };

/** A point `metres` due east (negative: west) of O, to 8 decimals as the API takes it. */
export const east = (metres: number) => ({ lat: O.lat, lng: Number((O.lng + (metres / (EARTH_RADIUS_M * Math.cos((O.lat * Math.PI) / 180))) * (180 / Math.PI)).toFixed(8)) });

const VILLAGES: [n: number, name: string, metresEast: number, olderPopulation: number][] = [
  [1, '村一', 0, 1000],
  [2, '村二', 2000, 600],
  [3, '村三', 2500, 500],
  [4, '村四', 3000, 400],
  [5, '村五', 6000, 700],
  [6, '村六', 12000, 200],
  [7, '村七', -8000, 300],
];

/** Builds the town over the test regions (importTestRegions first), as an administrator. */
export async function buildSitingTown(t: TestApp, admin: string): Promise<void> {
  const auth = { Authorization: `Bearer ${admin}` };
  for (const [n, name] of VILLAGES) {
    await t.http.post('/api/v1/regions').set(auth).send({ code: village(n), name, level: 'village', parentCode: TONGJING, kind: 'village' }).expect(201);
  }
  await t.http.put(`/api/v1/regions/${YUBEI}/service-circle-minutes`).set(auth).send({ minutes: 15 }).expect(200);
  for (const [n, , metres, olderPopulation] of VILLAGES) {
    await t.http.put(`/api/v1/regions/${village(n)}/place`).set(auth).send({ ...east(metres), crs: 'wgs84', olderPopulation }).expect(200);
  }
  const s = await createFacility(t, admin, { name: '统景村一养老服务站', regionCode: village(1), kind: 'community_station', operation: 'social' });
  const c = await createFacility(t, admin, { name: '统景村七老年食堂', regionCode: village(7), kind: 'canteen', operation: 'social' });
  await t.http.put(`/api/v1/facilities/${s}/location`).set(auth).send({ ...east(0), crs: 'wgs84' }).expect(200);
  await t.http.put(`/api/v1/facilities/${c}/location`).set(auth).send({ ...east(-8000), crs: 'wgs84' }).expect(200);
}
