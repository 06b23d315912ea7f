import { adminToken, createFacility, createTestApp, importTestRegions, YUBEI, YUBEI_OTHER_TOWNSHIP, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';

/**
 * 医养结合 for May and June 2025 in a hand-built 渝北区: medical institutions in three townships (and a village), their
 * agreements with care facilities, and 康养联合体; every count is worked out in the comments.
 */
const VILLAGE = '500112002001';
const TOWN = '500112100000';
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

type Parts = { numerator: unknown; denominator: unknown; value: unknown };

describe('plan indicators of medical cooperation and consortia', () => {
  let t: TestApp;
  let admin: string;
  const reports: Record<string, { items: (Parts & { indicator: string })[] }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    const post = async (path: string, body: object, status = 201) => (await t.http.post(path).set(auth(admin)).send(body).expect(status)).body;

    // Care facilities: H a 特困 home in 双龙湖街道, I an institution in 回兴街道, C an institution in 统景镇 closed from 1 May.
    const home = await createFacility(t, admin, { name: '双龙湖敬老院', kind: 'tekun_home', regionCode: YUBEI_TOWNSHIP });
    const institution = await createFacility(t, admin, { name: '回兴养老院', regionCode: YUBEI_OTHER_TOWNSHIP, ownership: 'private', operation: 'social' });
    const closed = await createFacility(t, admin, { name: '统景养老院', regionCode: TOWN });
    await post(`/api/v1/facilities/${closed}/close`, { on: '2025-05-01' }, 200);

    const medical = async (name: string, kind: string, regionCode: string) => (await post('/api/v1/medical-institutions', { name, kind, regionCode, openedOn: '2010-01-01' })).id;
    const agree = (facility: string, medicalInstitutionId: string, signedOn: string, validUntil: string | null = null) =>
      post(`/api/v1/facilities/${facility}/medical-agreements`, { medicalInstitutionId, signedOn, validUntil });
    // M1 in 双龙湖: with H since 2024, open-ended.
    const m1 = await medical('双龙湖社区卫生服务中心', 'community_health_centre', YUBEI_TOWNSHIP);
    await agree(home, m1, '2024-01-01');
    // M2 in 回兴: with I from 2023 through 15 June 2025 (expires mid-month), and with H from 1 July (not yet).
    const m2 = await medical('渝北区人民医院', 'general_hospital', YUBEI_OTHER_TOWNSHIP);
    await agree(institution, m2, '2023-01-01', '2025-06-15');
    await agree(home, m2, '2025-07-01');
    // M3 in 统景镇: with C, open-ended, but C closed on 1 May.
    const m3 = await medical('统景镇卫生院', 'township_health_centre', TOWN);
    await agree(closed, m3, '2024-03-01');
    // M4 in the community of 双龙湖 (counts in 双龙湖): with I, signed and valid on 30 June only.
    const m4 = await medical('双龙湖社区卫生室', 'clinic', VILLAGE);
    await agree(institution, m4, '2025-06-30', '2025-06-30');
    // M5 in 双龙湖: with I, open-ended, but the institution closes from 1 June.
    const m5 = await medical('双龙湖康复医院', 'rehabilitation', YUBEI_TOWNSHIP);
    await agree(institution, m5, '2024-01-01');
    await post(`/api/v1/medical-institutions/${m5}/close`, { on: '2025-06-01' }, 200);
    // M6 in 统景镇: no agreement.
    await medical('统景镇中医诊所', 'clinic', TOWN);

    // Consortia: K1 (双龙湖, 2024, 五有), K2 (its community, established 30 June, 五有), K3 (回兴, 2023, 五有, dissolved from
    // 30 June), K4 (统景镇, 2022, not 五有), K5 (双龙湖, established 1 July, 五有).
    const consortium = (name: string, regionCode: string, establishedOn: string, meetsFiveStandards: boolean) =>
      post('/api/v1/kangyang-consortia', { name, regionCode, establishedOn, meetsFiveStandards, facilityIds: [home], medicalInstitutionIds: [m1] });
    await consortium('双龙湖康养联合体', YUBEI_TOWNSHIP, '2024-01-01', true);
    await consortium('双龙湖社区康养联合体', VILLAGE, '2025-06-30', true);
    const k3 = await consortium('回兴康养联合体', YUBEI_OTHER_TOWNSHIP, '2023-01-01', true);
    await post(`/api/v1/kangyang-consortia/${k3.id}/dissolve`, { on: '2025-06-30' }, 200);
    await consortium('统景康养联合体', TOWN, '2022-01-01', false);
    await consortium('双龙湖第二康养联合体', YUBEI_TOWNSHIP, '2025-07-01', true);

    for (const [region, month] of [[YUBEI, '2025-05'], [YUBEI, '2025-06'], [YUBEI_TOWNSHIP, '2025-06'], [YUBEI_OTHER_TOWNSHIP, '2025-05']]) {
      reports[`${region}|${month}`] = (await t.http.get(`/api/v1/kpi?regionCode=${region}&month=${month}`).set(auth(admin)).expect(200)).body;
    }
  }, 120_000);

  afterAll(() => t?.close());

  const parts = (region: string, month: string, id: string): Parts => {
    const item = reports[`${region}|${month}`].items.find((entry) => entry.indicator === id)!;
    return { numerator: item.numerator, denominator: item.denominator, value: item.value };
  };

  it('counts medical institutions with an agreement in force on the month end with a facility open then', () => {
    // 30 June: M1 (with H, open-ended) and M4 (valid on the 30th itself). M2's agreement with I ended on the 15th and its
    // agreement with H starts in July; M3's facility is closed; M5 is closed; M6 has none.
    expect(parts(YUBEI, '2025-06', 'institution_medical_cooperation')).toEqual({ numerator: 2, denominator: null, value: 2 });
    // 31 May: M1, M2 (valid through 15 June) and M5 (still open); M4 had not signed yet.
    expect(parts(YUBEI, '2025-05', 'institution_medical_cooperation')).toEqual({ numerator: 3, denominator: null, value: 3 });
  });

  it('counts an institution where it stands, whatever the facility, so townships add up', () => {
    // 双龙湖 in June: M1 and M4 (in its community); 回兴 in May: M2 alone (I stands in 回兴 too, but M5 counts in 双龙湖).
    expect(parts(YUBEI_TOWNSHIP, '2025-06', 'institution_medical_cooperation').numerator).toBe(2);
    expect(parts(YUBEI_OTHER_TOWNSHIP, '2025-05', 'institution_medical_cooperation').numerator).toBe(1);
  });

  it('counts only agreements with 特困 homes in the tekun_home segment', () => {
    // June: M1 with H. M2's agreement with H starts in July; M4 signed with the institution I.
    expect(parts(YUBEI, '2025-06', 'institution_medical_cooperation.tekun_home')).toEqual({ numerator: 1, denominator: null, value: 1 });
    expect(parts(YUBEI, '2025-05', 'institution_medical_cooperation.tekun_home')).toEqual({ numerator: 1, denominator: null, value: 1 });
  });

  it('counts consortia existing on the month end that meet 五有', () => {
    // 30 June: K1 and K2 (established that day); K3 is dissolved from that day, K4 is not 五有, K5 starts in July.
    expect(parts(YUBEI, '2025-06', 'kangyang_consortium_count')).toEqual({ numerator: 2, denominator: null, value: 2 });
    // 31 May: K1 and K3.
    expect(parts(YUBEI, '2025-05', 'kangyang_consortium_count')).toEqual({ numerator: 2, denominator: null, value: 2 });
    // 双龙湖 in June: K1 and K2 (registered in its community); 回兴 in May: K3.
    expect(parts(YUBEI_TOWNSHIP, '2025-06', 'kangyang_consortium_count').numerator).toBe(2);
    expect(parts(YUBEI_OTHER_TOWNSHIP, '2025-05', 'kangyang_consortium_count').numerator).toBe(1);
  });
});
