import { SAFETY_RISKS } from '@yiyang/assessments';
import { today } from '@yiyang/core';
import { makeIdNumber } from '@yiyang/residents';
import { TEST_ADMIN, type TestApp } from './test-app';

/** Tests build their people's 身份证 numbers with the app's own check digit. */
export { makeIdNumber };

/**
 * A small real region tree: Chongqing → 市辖区 → 渝北区 with three 街道/镇 and a community, and Zhejiang → Ningbo →
 * 海曙区 with two 街道. Codes from the 2023 statistical division list.
 */
export const REGIONS_CSV = [
  'code,name,level,parent_code,kind',
  '500000000000,重庆市,province,,',
  '500100000000,市辖区,city,500000000000,',
  '500112000000,渝北区,county,500100000000,',
  '500112002000,双龙湖街道,township,500112000000,street',
  '500112004000,回兴街道,township,500112000000,street',
  '500112100000,统景镇,township,500112000000,town',
  '500112002001,双龙湖社区,village,500112002000,community',
  '330000000000,浙江省,province,,',
  '330200000000,宁波市,city,330000000000,',
  '330203000000,海曙区,county,330200000000,',
  '330203001000,南门街道,township,330203000000,street',
  '330203002000,江厦街道,township,330203000000,street',
].join('\n');

export const YUBEI = '500112000000';
export const YUBEI_TOWNSHIP = '500112002000';
export const YUBEI_OTHER_TOWNSHIP = '500112004000';
export const HAISHU = '330203000000';
export const HAISHU_TOWNSHIP = '330203001000';

export async function adminToken(t: TestApp): Promise<string> {
  return t.login(TEST_ADMIN.username, TEST_ADMIN.password);
}

/** Imports the region tree through the API, as an office would. */
export async function importTestRegions(t: TestApp, token?: string): Promise<void> {
  const response = await t.http
    .post('/api/v1/regions/import')
    .set('Authorization', `Bearer ${token ?? (await adminToken(t))}`)
    .attach('file', Buffer.from(REGIONS_CSV), { filename: 'regions.csv', contentType: 'text/csv' });
  if (response.status !== 201) throw new Error(`region import failed: ${response.status} ${JSON.stringify(response.body)}`);
}

export interface FacilityInput {
  name?: string;
  regionCode?: string;
  kind?: string;
  ownership?: string;
  operation?: string;
  openedOn?: string;
  [field: string]: unknown;
}

/** Registers a facility through the API and returns its id. */
export async function createFacility(t: TestApp, token: string, input: FacilityInput = {}): Promise<string> {
  const response = await t.http
    .post('/api/v1/facilities')
    .set('Authorization', `Bearer ${token}`)
    .send({
      name: `养老院 ${Math.random().toString(36).slice(2, 8)}`,
      regionCode: YUBEI_TOWNSHIP,
      kind: 'institution',
      ownership: 'public',
      operation: 'government',
      openedOn: '2020-01-01',
      ...input,
    });
  if (response.status !== 201) throw new Error(`creating a facility failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/** `count` beds over rooms of `perRoom`, floors of ten rooms; the first `careType` of them care-type. */
export function bedsLayout(count: number, options: { perRoom?: number; careType?: number; prefix?: string } = {}) {
  const perRoom = options.perRoom ?? 2;
  return Array.from({ length: count }, (_, index) => {
    const room = Math.floor(index / perRoom);
    const floor = Math.floor(room / 10) + 1;
    return {
      code: `${options.prefix ?? ''}${floor}-${floor}${String((room % 10) + 1).padStart(2, '0')}-${(index % perRoom) + 1}`,
      room: `${floor}${String((room % 10) + 1).padStart(2, '0')}`,
      floor,
      careType: index < (options.careType ?? 0),
    };
  });
}

let residentSequence = 0;

/**
 * Registers an older person through the API and returns the response body. Each gets the next 身份证 sequence number
 * (unique for 899 people per birth date and test file), so many may be registered at once.
 */
export async function createResident(t: TestApp, token: string, input: Record<string, unknown> = {}): Promise<{ id: string; [key: string]: unknown }> {
  const sequence = String(100 + (residentSequence++ % 899));
  const male = Number(sequence[2]) % 2 === 1;
  const birthDate = (input.birthDate as string | undefined) ?? '1945-03-08';
  const response = await t.http
    .post('/api/v1/residents')
    .set('Authorization', `Bearer ${token}`)
    .send({
      name: '测试老人',
      idNumber: makeIdNumber('500112', birthDate, sequence),
      sex: male ? 'male' : 'female',
      birthDate,
      hukouRegionCode: YUBEI_TOWNSHIP,
      residenceRegionCode: '500112002001',
      livingArrangement: 'alone',
      ...input,
    });
  if (response.status !== 201) throw new Error(`registering a resident failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const GBT_42195_ITEMS: Record<string, number> = {
  eating: 4, grooming: 4, bathing: 4, dressing_upper: 4, dressing_lower: 4, urinary_control: 4, bowel_control: 4, toileting: 4,
  bed_mobility: 4, bed_chair_transfer: 4, walking: 4, stairs: 3, time_orientation: 4, place_orientation: 4, person_orientation: 4,
  memory: 4, comprehension: 4, expression: 4, aggression: 1, depression: 1, consciousness: 2, vision: 2, hearing: 2, daily_affairs: 4,
  transport: 3, social_interaction: 4,
};

/** GB/T 42195-2022 items, every one at its maximum (90 points, 能力完好), then `overrides`. */
export function fullMarks(overrides: Record<string, number> = {}): Record<string, number> {
  return { ...GBT_42195_ITEMS, ...overrides };
}

/** A total inside each level's band of GB/T 42195-2022 (90 | 66–89 | 46–65 | 30–45 | 0–29). */
const LEVEL_TOTALS = [90, 80, 60, 40, 20];

/**
 * Records a GB/T 42195-2022 assessment through the API whose final level is `level`: items lowered from full marks,
 * self-care first, until the total falls in the level's band (consciousness untouched, so no adjustment applies).
 */
export async function assessAtLevel(
  t: TestApp,
  token: string,
  residentId: string,
  level: number,
  options: { assessedOn?: string } = {},
): Promise<{ id: string; finalLevel: number }> {
  let excess = 90 - LEVEL_TOTALS[level];
  const items = fullMarks();
  for (const code of Object.keys(items)) {
    if (code === 'consciousness' || excess === 0) continue;
    const lowered = Math.min(items[code], excess);
    items[code] -= lowered;
    excess -= lowered;
  }
  const response = await t.http
    .post('/api/v1/assessments')
    .set('Authorization', `Bearer ${token}`)
    .send({
      residentId,
      instrument: 'gbt-42195-2022',
      reason: 'first',
      assessedOn: options.assessedOn ?? today(),
      items,
      conditions: { coma: false, dementiaDiagnosis: false, psychiatricDiagnosis: false, riskEvents30d: 0 },
    });
  if (response.status !== 201) throw new Error(`assessing failed: ${response.status} ${JSON.stringify(response.body)}`);
  if (response.body.finalLevel !== level) throw new Error(`assessed at level ${response.body.finalLevel}, not ${level}`);
  return response.body;
}

/** The nine risks of GB 38600, each assessed `low`: what an admission records, or finds recorded before. */
export const NINE_RISKS = Object.fromEntries(SAFETY_RISKS.map((risk) => [risk, { level: 'low' }]));

/** Records the nine risks through the API, as a facility does before admitting (GB 38600). */
export async function assessSafetyRisks(t: TestApp, token: string, residentId: string, assessedOn = today()): Promise<void> {
  const response = await t.http
    .post(`/api/v1/residents/${residentId}/safety-risks`)
    .set('Authorization', `Bearer ${token}`)
    .send({ assessedOn, reason: 'admission', risks: NINE_RISKS });
  if (response.status !== 201) throw new Error(`assessing safety risks failed: ${response.status} ${JSON.stringify(response.body)}`);
}

/** IMPORT_JOB_THRESHOLD_ROWS for test apps that need an import running as a job (createImportJob). */
export const TEST_IMPORT_JOB_THRESHOLD_ROWS = 40;

/**
 * An import long enough to run as a job in an app started with IMPORT_JOB_THRESHOLD_ROWS =
 * TEST_IMPORT_JOB_THRESHOLD_ROWS: the 60+ population of one region, once per row. Returns the import's id.
 */
export async function createImportJob(t: TestApp, token: string, regionCode: string): Promise<string> {
  const rows = Array.from({ length: TEST_IMPORT_JOB_THRESHOLD_ROWS + 1 }, () => `${regionCode},1000`);
  const response = await t.http
    .post('/api/v1/regions/population/import')
    .query({ year: '2024', basis: 'registered' })
    .set('Authorization', `Bearer ${token}`)
    .attach('file', Buffer.from(['code,age60_plus', ...rows].join('\n')), { filename: 'population.csv', contentType: 'text/csv' });
  if (response.status !== 202) throw new Error(`import job not started: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}
