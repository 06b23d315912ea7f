import gcoord from 'gcoord';
import { circleRadiusMetres, EARTH_RADIUS_M, haversineMetres } from '@yiyang/places';
import { adminToken, createFacility, createTestApp, importTestRegions, YUBEI, YUBEI_OTHER_TOWNSHIP, type TestApp } from '@yiyang/testing';

/**
 * The service circle's coverage over a hand-built town, 统景镇, with five villages on the map and three facilities,
 * population-weighted, with the 15 minutes of 渝北区: radius = 15 min × 60 m/min ÷ 1.3 = 692.31 m.
 *
 *   V1 村一  1,000 people, 100 m north of station S                     covered
 *   V2 村二    800 people, exactly one radius north of S                 covered (on the edge)
 *   V3 村三    600 people, one radius + 1 m south of S                   not covered
 *   V4 村四    500 people, at canteen C, which closes on 20 June 2025    covered in May, not in June
 *   V5 村五    300 people, at institution I (an institution draws no circle)  not covered
 *
 * June 2025: numerator 1,000 + 800 = 1,800, denominator 3,200 → 56.25 %. May: 1,800 + 500 = 2,300 → 71.875 %.
 */
const TONGJING = '500112100000';
const village = (n: number) => `5001121002${String(n).padStart(2, '0')}`;
const S_POINT = { lat: 29.9, lng: 106.8 };
const RADIUS = circleRadiusMetres(15, 60, 1.3);
/** A point `metres` due north (negative: south) of `from`, to 8 decimals as the API takes it. */
const north = (from: { lat: number; lng: number }, metres: number) => ({ lat: Number((from.lat + (metres / EARTH_RADIUS_M) * (180 / Math.PI)).toFixed(8)), lng: from.lng });

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('service circle coverage over a hand-built town', () => {
  let t: TestApp;
  let admin: string;
  let gcjFacility: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    for (let n = 1; n <= 5; n++) {
      await t.http.post('/api/v1/regions').set(auth(admin)).send({ code: village(n), name: `村${'一二三四五'[n - 1]}`, level: 'village', parentCode: TONGJING, kind: 'village' }).expect(201);
    }
    await t.http.put(`/api/v1/regions/${YUBEI}/service-circle-minutes`).set(auth(admin)).send({ minutes: 15 }).expect(200);

    const s = await createFacility(t, admin, { name: '统景村一互助养老服务站', regionCode: village(1), kind: 'community_station', operation: 'social' });
    const c = await createFacility(t, admin, { name: '统景村四老年食堂', regionCode: village(4), kind: 'canteen', operation: 'social' });
    const i = await createFacility(t, admin, { name: '统景颐养院', regionCode: village(5), kind: 'institution', ownership: 'private', operation: 'social' });
    await t.http.post(`/api/v1/facilities/${c}/close`).set(auth(admin)).send({ on: '2025-06-20', reason: '停办' }).expect(200);
    const c4 = { lat: 29.95, lng: 106.85 };
    const i5 = { lat: 29.85, lng: 106.75 };
    await t.http.put(`/api/v1/facilities/${s}/location`).set(auth(admin)).send({ ...S_POINT, crs: 'wgs84' }).expect(200);
    await t.http.put(`/api/v1/facilities/${c}/location`).set(auth(admin)).send({ ...c4, crs: 'wgs84' }).expect(200);
    await t.http.put(`/api/v1/facilities/${i}/location`).set(auth(admin)).send({ ...i5, crs: 'wgs84' }).expect(200);
    const places: [number, { lat: number; lng: number }, number][] = [
      [1, north(S_POINT, 100), 1000],
      [2, north(S_POINT, RADIUS), 800],
      [3, north(S_POINT, -(RADIUS + 1)), 600],
      [4, c4, 500],
      [5, i5, 300],
    ];
    for (const [n, point, olderPopulation] of places) {
      await t.http.put(`/api/v1/regions/${village(n)}/place`).set(auth(admin)).send({ ...point, crs: 'wgs84', olderPopulation, populationYear: 2025 }).expect(200);
    }
    // A township centre far off in 回兴街道, its point read off a Chinese map (GCJ-02).
    gcjFacility = await createFacility(t, admin, { name: '回兴街道养老服务中心', regionCode: YUBEI_OTHER_TOWNSHIP, kind: 'township_centre' });
    await t.http.put('/api/v1/kpi/targets').set(auth(admin)).send({ regionCode: YUBEI, indicator: 'service_circle_coverage', year: 2025, comparator: '>=', value: 100, binding: 'not_stated' }).expect(200);
  }, 120_000);

  afterAll(() => t?.close());

  const item = (body: { items: { indicator: string }[] }) => body.items.find((entry) => entry.indicator === 'service_circle_coverage') as Record<string, any>;

  it('puts the edge community inside and the one a metre beyond outside', () => {
    expect(haversineMetres(S_POINT, north(S_POINT, RADIUS))).toBeCloseTo(RADIUS, 2);
    expect(RADIUS).toBeCloseTo(692.31, 2);
  });

  it('weights coverage by older people: June 2025 counts neither the closed canteen nor the institution', async () => {
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${TONGJING}&month=2025-06`).set(auth(admin)).expect(200);
    expect(item(body)).toMatchObject({ numerator: 1800, denominator: 3200, value: 56.25 });
    const may = await t.http.get(`/api/v1/kpi?regionCode=${TONGJING}&month=2025-05`).set(auth(admin)).expect(200);
    expect(item(may.body)).toMatchObject({ numerator: 2300, denominator: 3200, value: 71.875 });
  });

  it('names the communities outside every circle, with their older people, in the gap', async () => {
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    const coverage = item(body);
    expect(coverage).toMatchObject({ numerator: 1800, denominator: 3200 });
    // 100 % of 3,200 is 3,200: 1,400 more people, the three uncovered villages, heaviest first.
    expect(coverage.gap.units).toBe(1400);
    expect(coverage.gap.regions).toEqual([
      { code: village(3), name: '村三', units: 600 },
      { code: village(4), name: '村四', units: 500 },
      { code: village(5), name: '村五', units: 300 },
    ]);
    expect(coverage.gap.zh).toContain('这 3 个社区（1,400 名老年人）不在任何服务圈内：村三、村四、村五');
    expect(coverage.gap.en).toContain('these 3 communities (1,400 older people) are outside every circle');
  });

  it('shows the circle: communities with their cover and the facilities drawing circles', async () => {
    const { body } = await t.http.get(`/api/v1/kpi/service-circle?regionCode=${TONGJING}&month=2025-06`).set(auth(admin)).expect(200);
    expect(body).toMatchObject({ day: '2025-06-30', walkingMetresPerMinute: 60, detourFactor: 1.3, coveredOlderPopulation: 1800, olderPopulation: 3200 });
    expect(body.communities.map((c: { regionCode: string; covered: boolean; minutes: number }) => [c.regionCode, c.covered, c.minutes])).toEqual([
      [village(1), true, 15],
      [village(2), true, 15],
      [village(3), false, 15],
      [village(4), false, 15],
      [village(5), false, 15],
    ]);
    expect(body.communities[0].radiusMetres).toBe(692.3);
    expect(body.facilities.map((f: { name: string }) => f.name)).toEqual(['统景村一互助养老服务站']);
  });

  it('stores GCJ-02 input as WGS-84', async () => {
    const wgs = { lat: 29.6712, lng: 106.5601 };
    const [gcjLng, gcjLat] = gcoord.transform([wgs.lng, wgs.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const given = { lat: Number(gcjLat.toFixed(7)), lng: Number(gcjLng.toFixed(7)) };
    const { body } = await t.http.put(`/api/v1/facilities/${gcjFacility}/location`).set(auth(admin)).send({ ...given, crs: 'gcj02' }).expect(200);
    expect(haversineMetres(body, wgs)).toBeLessThan(1);
    expect(haversineMetres(body, given)).toBeGreaterThan(200);
    const read = await t.http.get(`/api/v1/facilities/${gcjFacility}/location`).set(auth(admin)).expect(200);
    expect(read.body).toMatchObject({ lat: body.lat, lng: body.lng });
  });

  it('refuses a point outside China, a township as a community, and minutes out of range', async () => {
    await t.http.put(`/api/v1/regions/${village(1)}/place`).set(auth(admin)).send({ lat: 51.5, lng: -0.12, crs: 'wgs84', olderPopulation: 10 }).expect(400);
    await t.http.put(`/api/v1/regions/${TONGJING}/place`).set(auth(admin)).send({ lat: 29.9, lng: 106.8, crs: 'wgs84', olderPopulation: 10 }).expect(400);
    await t.http.put(`/api/v1/regions/${YUBEI}/service-circle-minutes`).set(auth(admin)).send({ minutes: 90 }).expect(400);
  });

  it('imports community points with their older population, GCJ-02 rows stored as WGS-84, all or nothing', async () => {
    await t.http.post('/api/v1/regions').set(auth(admin)).send({ code: village(6), name: '村六', level: 'village', parentCode: TONGJING, kind: 'village' }).expect(201);
    const wgs = { lat: 29.93, lng: 106.83 };
    const [gcjLng, gcjLat] = gcoord.transform([wgs.lng, wgs.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const upload = (lines: string[]) =>
      t.http.post('/api/v1/regions/places/import').set(auth(admin)).attach('file', Buffer.from(lines.join('\n')), { filename: 'places.csv', contentType: 'text/csv' });
    // A township row and a longitude outside China: the file is refused and nothing changes.
    const refused = await upload(['区划代码,纬度,经度,坐标系,60岁以上人口,年份', `${village(6)},29.93,106.83,WGS84,70,2025`, `${TONGJING},29.9,106.8,WGS84,10,2025`, `${village(1)},51.5,0.1,WGS84,5,2025`]);
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([
      [3, 'region_code'],
      [4, 'lng'],
    ]);
    await t.http.get(`/api/v1/regions/${TONGJING}/places`).set(auth(admin)).expect(200).expect((res) => expect(res.body.total).toBe(5));
    const { body } = await upload(['区划代码,纬度,经度,坐标系,60岁以上人口,年份', `${village(6)},${gcjLat.toFixed(7)},${gcjLng.toFixed(7)},高德,240,2025`]).expect(201);
    expect(body).toEqual({ rows: 1, inserted: 1 });
    const places = await t.http.get(`/api/v1/regions/${TONGJING}/places`).set(auth(admin)).expect(200);
    const six = places.body.items.find((p: { regionCode: string }) => p.regionCode === village(6));
    expect(six).toMatchObject({ olderPopulation: 240, populationYear: 2025 });
    expect(haversineMetres(six, wgs)).toBeLessThan(1);
  });

  it('lists the community points of a region, paged, and the minutes that apply', async () => {
    const { body } = await t.http.get(`/api/v1/regions/${TONGJING}/places?limit=2`).set(auth(admin)).expect(200);
    expect(body).toMatchObject({ total: 6, limit: 2 });
    expect(body.items[0]).toMatchObject({ regionCode: village(1), name: '村一', olderPopulation: 1000, populationYear: 2025 });
    const minutes = await t.http.get(`/api/v1/regions/${TONGJING}/service-circle-minutes`).set(auth(admin)).expect(200);
    expect(minutes.body).toEqual({ regionCode: TONGJING, minutes: 15, setAt: YUBEI });
  });
});
