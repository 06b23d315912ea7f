import { Role } from '@yiyang/auth';
import { addMonths, maskIdNumber, today } from '@yiyang/core';
import {
  adminToken,
  assessAtLevel,
  assessSafetyRisks,
  bedsLayout,
  createFacility,
  createResident,
  createImportJob,
  createTestApp,
  TEST_IMPORT_JOB_THRESHOLD_ROWS,
  createUser,
  HAISHU,
  HAISHU_TOWNSHIP,
  importTestRegions,
  makeIdNumber,
  NINE_RISKS,
  waitUntil,
  YUBEI,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';
import type { Response } from 'supertest';

/**
 * The access matrix: every operation of the OpenAPI document × every scoped role of tenant A (重庆 渝北) × the ids of
 * tenant B (浙江 海曙). Nothing of B comes back, nothing of B changes. An operation without an entry in ENTRIES fails
 * the test, so a new endpoint must say here how it keeps to its scope.
 */

/** A request of the matrix: the path with B's ids filled in, and what it sends. */
interface Probe {
  path: string;
  query?: Record<string, string | undefined>;
  body?: object;
  headers?: Record<string, string>;
  /** A file upload (multipart field `file`). */
  file?: { name: string; content: string };
}

/**
 * How an operation meets B:
 * - record: names one of B's records in its path → 403 or 404;
 * - body: names B's records or regions in its body or path → refused (400, 403, 404, 422), nothing created;
 * - list: a search or report filtered on B (or unfiltered) → may answer, but with nothing of B;
 * - open: no record of B to aim at, or reference data every role reads by design (`why` says which) → no personal
 *   data of B.
 */
type Entry = { kind: 'record' | 'body' | 'list'; probes: (b: TenantB) => Probe[] } | { kind: 'open'; why: string; probes: (b: TenantB) => Probe[] };

interface TenantB {
  facility: string;
  bed: string;
  resident: string;
  stay: string;
  slot: string;
  order: string;
  entry: string;
  staff: string;
  user: string;
  rollup: string;
  importJob: string;
  communitySocialWorker: string;
  medicalInstitution: string;
  agreement: string;
  consortium: string;
  policy: object;
  month: string;
  project: string;
  hazard: string;
  tekunResident: string;
  careAgreement: string;
  modification: string;
  terminal: string;
  /** Set right after the rest of B (a saved scenario needs B's facility). */
  scenario?: string;
}

const SERVICE_DAY = `${addMonths(today(), 1).slice(0, 7)}-15`;
const LAST_MONTH = addMonths(today(), -1).slice(0, 7);
const NEW_HAISHU_TOWNSHIP = '330203009000';
/** A community of B, for B's smart terminal. */
const HAISHU_VILLAGE = '330203001001';
const B_APPLICANT = '孙海曙改造户';
const B_CAREGIVER = '海曙受托照料人';
const csv = (rows: string[]) => rows.join('\n');

const ENTRIES: Record<string, Entry> = {
  'GET /health/live': { kind: 'open', why: 'liveness, no data', probes: () => [{ path: '/health/live' }] },
  'GET /health/ready': { kind: 'open', why: 'readiness, no data', probes: () => [{ path: '/health/ready' }] },
  'GET /api/v1/system/jobs': { kind: 'open', why: 'administrators only, queue counts', probes: () => [{ path: '/api/v1/system/jobs' }] },
  'POST /api/v1/system/queue-dashboard/session': { kind: 'open', why: 'administrators only', probes: () => [{ path: '/api/v1/system/queue-dashboard/session' }] },
  'GET /api/v1/audit-log': {
    kind: 'open',
    why: 'administrators only, the whole trail',
    probes: (b) => [{ path: '/api/v1/audit-log' }, { path: '/api/v1/audit-log', query: { entity: 'resident', entityId: b.resident } }],
  },
  'GET /api/v1/audit-log.csv': { kind: 'open', why: 'administrators only, the whole trail', probes: (b) => [{ path: '/api/v1/audit-log.csv', query: { entityId: b.resident } }] },
  'POST /api/v1/auth/login': {
    kind: 'open',
    why: "logging in as B's officer without the password",
    probes: () => [{ path: '/api/v1/auth/login', body: { username: 'haishu-officer', password: 'not-the-password' } }],
  },
  'GET /api/v1/auth/me': { kind: 'open', why: "the caller's own account", probes: () => [{ path: '/api/v1/auth/me' }] },
  'POST /api/v1/users': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/users', body: { username: 'matrix-intruder', password: 'matrix-intruder-password', role: 'civil_affairs', regionCode: HAISHU } }],
  },
  'GET /api/v1/users': {
    kind: 'list',
    probes: (b) => [{ path: '/api/v1/users' }, { path: '/api/v1/users', query: { q: 'haishu' } }, { path: '/api/v1/users', query: { facilityId: b.facility } }],
  },
  'GET /api/v1/users/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/users/${b.user}` }] },
  'PATCH /api/v1/users/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/users/${b.user}`, body: { displayName: '改名' } }] },
  'GET /api/v1/reporting/closed-through': { kind: 'open', why: 'one setting for the whole deployment', probes: () => [{ path: '/api/v1/reporting/closed-through' }] },
  'PUT /api/v1/reporting/closed-through': {
    kind: 'open',
    why: 'one setting for the whole deployment, administrators only',
    probes: () => [{ path: '/api/v1/reporting/closed-through', body: { closedThrough: null } }],
  },
  'GET /api/v1/regions': { kind: 'open', why: 'administrative divisions are reference data', probes: () => [{ path: '/api/v1/regions', query: { within: HAISHU } }] },
  'POST /api/v1/regions': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/regions', body: { code: NEW_HAISHU_TOWNSHIP, name: '越权街道', level: 'township', parentCode: HAISHU, kind: 'street' } }],
  },
  'POST /api/v1/regions/import': {
    kind: 'body',
    probes: () => [
      { path: '/api/v1/regions/import', file: { name: 'regions.csv', content: csv(['code,name,level,parent_code,kind', `${NEW_HAISHU_TOWNSHIP},越权街道,township,${HAISHU},street`]) } },
    ],
  },
  'POST /api/v1/regions/population/import': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/regions/population/import', query: { year: '2024', basis: 'registered' }, file: { name: 'population.csv', content: csv(['code,age60_plus', `${HAISHU},1`]) } }],
  },
  'GET /api/v1/regions/{code}': { kind: 'open', why: 'administrative divisions are reference data', probes: () => [{ path: `/api/v1/regions/${HAISHU}` }] },
  'PUT /api/v1/regions/{code}/population/{year}': { kind: 'body', probes: () => [{ path: `/api/v1/regions/${HAISHU}/population/2024`, body: { age60Plus: 1, basis: 'registered' } }] },
  'POST /api/v1/regions/places/import': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/regions/places/import', file: { name: 'places.csv', content: csv(['region_code,lat,lng,crs,older_population', `${HAISHU_TOWNSHIP},29.87,121.55,wgs84,100`]) } }],
  },
  'PUT /api/v1/regions/{code}/place': {
    kind: 'body',
    probes: () => [{ path: `/api/v1/regions/${HAISHU_TOWNSHIP}/place`, body: { lat: 29.87, lng: 121.55, crs: 'wgs84', olderPopulation: 100 } }],
  },
  'GET /api/v1/regions/{code}/places': { kind: 'record', probes: () => [{ path: `/api/v1/regions/${HAISHU}/places` }] },
  'GET /api/v1/regions/{code}/service-circle-minutes': { kind: 'record', probes: () => [{ path: `/api/v1/regions/${HAISHU}/service-circle-minutes` }] },
  'PUT /api/v1/regions/{code}/service-circle-minutes': { kind: 'body', probes: () => [{ path: `/api/v1/regions/${HAISHU}/service-circle-minutes`, body: { minutes: 30 } }] },
  'GET /api/v1/regions/{code}/population/{year}': {
    kind: 'open',
    why: 'published population statistics, the denominators every KPI shows',
    probes: () => [{ path: `/api/v1/regions/${HAISHU}/population/2024` }],
  },
  'POST /api/v1/facilities': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/facilities', body: { name: '越权养老院', regionCode: HAISHU_TOWNSHIP, kind: 'institution', ownership: 'public', operation: 'government', openedOn: '2020-01-01' } }],
  },
  'GET /api/v1/facilities': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/facilities' }, { path: '/api/v1/facilities', query: { regionCode: HAISHU } }, { path: '/api/v1/facilities', query: { q: '海曙' } }],
  },
  'GET /api/v1/facilities/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}` }] },
  'PATCH /api/v1/facilities/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}`, body: { phone: '0574-1234 5678' } }] },
  'POST /api/v1/facilities/{id}/close': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/close`, body: { on: '2030-01-01' } }] },
  'GET /api/v1/facilities/{id}/history': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/history` }] },
  'POST /api/v1/facilities/{id}/inspections': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/inspections`, body: { year: 2023, passed: false, inspectedOn: '2023-06-01' } }] },
  'GET /api/v1/facilities/{id}/inspections': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/inspections` }] },
  'POST /api/v1/trainings': {
    kind: 'body',
    probes: (b) => [
      {
        path: '/api/v1/trainings',
        body: { courseType: 'caregiver', regionCode: HAISHU_TOWNSHIP, traineeName: '越权学员', idNumber: B_PERSON.idNumber, trainedOn: '2024-06-01', hours: 8, staffId: b.staff },
      },
    ],
  },
  'GET /api/v1/trainings': {
    kind: 'list',
    probes: (b) => [
      { path: '/api/v1/trainings' },
      { path: '/api/v1/trainings', query: { regionCode: HAISHU } },
      { path: '/api/v1/trainings', query: { idNumber: B_TRAINEE_ID_NUMBER } },
      { path: '/api/v1/trainings', query: { staffId: b.staff } },
    ],
  },
  'POST /api/v1/trainings/import': {
    kind: 'body',
    probes: () => [
      {
        path: '/api/v1/trainings/import',
        file: { name: 'trainings.csv', content: csv(['course_type,region_code,trainee_name,id_number,trained_on,hours', `caregiver,${HAISHU_TOWNSHIP},越权学员,${B_PERSON.idNumber},2024-06-01,8`]) },
      },
    ],
  },
  'GET /api/v1/trainings/import-template.csv': { kind: 'open', why: 'the columns of an attendance list, no data', probes: () => [{ path: '/api/v1/trainings/import-template.csv' }] },
  'POST /api/v1/community-social-workers': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/community-social-workers', body: { name: '越权社工', regionCode: HAISHU_TOWNSHIP, startedOn: '2024-01-01' } }],
  },
  'GET /api/v1/community-social-workers': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/community-social-workers' }, { path: '/api/v1/community-social-workers', query: { regionCode: HAISHU, includeEnded: 'true' } }],
  },
  'POST /api/v1/community-social-workers/{id}/end': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/community-social-workers/${b.communitySocialWorker}/end`, body: { on: '2030-01-01' } }],
  },
  'POST /api/v1/facilities/{id}/star-ratings': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/star-ratings`, body: { ratedOn: '2024-11-20', scores: { environment: 100, facilities: 110, operations: 125, services: 500 } } }],
  },
  'PUT /api/v1/facilities/{id}/location': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/location`, body: { lat: 29.9, lng: 121.6, crs: 'wgs84' } }] },
  'GET /api/v1/facilities/{id}/location': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/location` }] },
  'GET /api/v1/facilities/{id}/star-ratings': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/star-ratings` }] },
  'POST /api/v1/facilities/{id}/projects': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/projects`, body: { kind: 'upgrade', title: '越权改造', startedOn: '2024-03-01' } }],
  },
  'GET /api/v1/facilities/{id}/projects': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/projects` }] },
  'POST /api/v1/facilities/{id}/projects/{projectId}/complete': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/projects/${b.project}/complete`, body: { completedOn: '2024-10-01' } }],
  },
  'POST /api/v1/facilities/{id}/hazards': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/hazards`, body: { description: '越权隐患', major: true, foundOn: '2024-05-01' } }],
  },
  'GET /api/v1/facilities/{id}/hazards': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/hazards` }] },
  'POST /api/v1/facilities/{id}/hazards/{hazardId}/rectify': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/hazards/${b.hazard}/rectify`, body: { rectifiedOn: '2024-06-01' } }],
  },
  'POST /api/v1/medical-institutions': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/medical-institutions', body: { name: '越权医院', kind: 'clinic', regionCode: HAISHU_TOWNSHIP } }],
  },
  'POST /api/v1/medical-institutions/import': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/medical-institutions/import', file: { name: 'institutions.csv', content: csv(['name,kind,region_code', `越权医院,clinic,${HAISHU_TOWNSHIP}`]) } }],
  },
  'GET /api/v1/medical-institutions': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/medical-institutions' }, { path: '/api/v1/medical-institutions', query: { regionCode: HAISHU } }, { path: '/api/v1/medical-institutions', query: { q: '海曙' } }],
  },
  'GET /api/v1/medical-institutions/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/medical-institutions/${b.medicalInstitution}` }] },
  'PATCH /api/v1/medical-institutions/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/medical-institutions/${b.medicalInstitution}`, body: { level: 'primary' } }] },
  'POST /api/v1/medical-institutions/{id}/close': { kind: 'record', probes: (b) => [{ path: `/api/v1/medical-institutions/${b.medicalInstitution}/close`, body: { on: '2030-01-01' } }] },
  'POST /api/v1/facilities/{id}/medical-agreements': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/medical-agreements`, body: { medicalInstitutionId: b.medicalInstitution, signedOn: '2024-06-01' } }],
  },
  'GET /api/v1/facilities/{id}/medical-agreements': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/medical-agreements` }] },
  'POST /api/v1/medical-agreements/{id}/term': { kind: 'record', probes: (b) => [{ path: `/api/v1/medical-agreements/${b.agreement}/term`, body: { validUntil: '2030-12-31' } }] },
  'POST /api/v1/kangyang-consortia': {
    kind: 'body',
    probes: (b) => [
      { path: '/api/v1/kangyang-consortia', body: { name: '越权联合体', regionCode: HAISHU_TOWNSHIP, establishedOn: '2024-01-01' } },
      { path: '/api/v1/kangyang-consortia', body: { name: '越权联合体', regionCode: YUBEI_TOWNSHIP, establishedOn: '2024-01-01', facilityIds: [b.facility], medicalInstitutionIds: [b.medicalInstitution] } },
    ],
  },
  'GET /api/v1/kangyang-consortia': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/kangyang-consortia' }, { path: '/api/v1/kangyang-consortia', query: { regionCode: HAISHU } }],
  },
  'GET /api/v1/kangyang-consortia/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/kangyang-consortia/${b.consortium}` }] },
  'PATCH /api/v1/kangyang-consortia/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/kangyang-consortia/${b.consortium}`, body: { meetsFiveStandards: false } }] },
  'POST /api/v1/kangyang-consortia/{id}/dissolve': { kind: 'record', probes: (b) => [{ path: `/api/v1/kangyang-consortia/${b.consortium}/dissolve`, body: { on: '2030-01-01' } }] },
  'POST /api/v1/facilities/{id}/staff': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/staff`, body: { name: '越权护理员', role: 'caregiver', hiredOn: '2023-03-01' } }],
  },
  'GET /api/v1/facilities/{id}/staff': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/staff` }] },
  'POST /api/v1/staff/{id}/leave': { kind: 'record', probes: (b) => [{ path: `/api/v1/staff/${b.staff}/leave`, body: { on: '2030-01-01' } }] },
  'POST /api/v1/facilities/{id}/beds': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/beds`, body: { code: 'X-1', room: '999', careType: false, openedOn: '2024-02-01' } }],
  },
  'POST /api/v1/facilities/{id}/beds/bulk': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/beds/bulk`, body: { openedOn: '2024-02-01', beds: bedsLayout(1, { prefix: 'X' }) } }],
  },
  'GET /api/v1/facilities/{id}/bed-board': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/bed-board` }] },
  'GET /api/v1/facilities/{id}/beds': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/beds` }, { path: `/api/v1/facilities/${b.facility}/beds`, query: { status: 'occupied' } }] },
  'POST /api/v1/facilities/{id}/beds/import': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/beds/import`, file: { name: 'beds.csv', content: csv(['code,room,care_type,opened_on', 'X-9,999,否,2024-02-01']) } }],
  },
  'GET /api/v1/facilities/{id}/beds/import-template.csv': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/beds/import-template.csv` }] },
  'GET /api/v1/beds/summary': { kind: 'list', probes: () => [{ path: '/api/v1/beds/summary' }, { path: '/api/v1/beds/summary', query: { regionCode: HAISHU } }] },
  'GET /api/v1/beds/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}` }] },
  'PATCH /api/v1/beds/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}`, body: { careType: true, effectiveFrom: '2030-01-01' } }] },
  'GET /api/v1/beds/{id}/history': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}/history` }] },
  'POST /api/v1/beds/{id}/close': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}/close`, body: { on: '2030-01-01' } }] },
  'POST /api/v1/beds/{id}/rebuild': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}/rebuild`, body: { commissionedOn: '2024-06-01' } }] },
  'POST /api/v1/beds/{id}/out-of-service': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}/out-of-service`, body: { from: '2030-01-01', reason: '越权' } }] },
  'POST /api/v1/beds/{id}/back-in-service': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}/back-in-service`, body: { on: '2030-01-01' } }] },
  'GET /api/v1/beds/{id}/qr.svg': { kind: 'record', probes: (b) => [{ path: `/api/v1/beds/${b.bed}/qr.svg` }] },
  'POST /api/v1/residents': {
    kind: 'body',
    probes: (b) => [
      {
        path: '/api/v1/residents',
        body: {
          name: '越权登记',
          idNumber: makeIdNumber('330203', '1944-01-01', '211'),
          sex: 'male',
          birthDate: '1944-01-01',
          hukouRegionCode: HAISHU_TOWNSHIP,
          residenceRegionCode: HAISHU_TOWNSHIP,
          livingArrangement: 'alone',
          facilityId: b.facility,
        },
      },
    ],
  },
  'GET /api/v1/residents': {
    kind: 'list',
    probes: (b) => [
      { path: '/api/v1/residents' },
      { path: '/api/v1/residents', query: { regionCode: HAISHU } },
      { path: '/api/v1/residents', query: { facilityId: b.facility } },
      { path: '/api/v1/residents', query: { q: B_PERSON.name } },
      { path: '/api/v1/residents', query: { q: B_PERSON.idNumber } },
    ],
  },
  'POST /api/v1/residents/link': {
    kind: 'body',
    probes: (b) => [{ path: '/api/v1/residents/link', body: { idNumber: B_PERSON.idNumber, name: B_PERSON.name, facilityId: b.facility } }],
  },
  'GET /api/v1/residents/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}` }] },
  'PATCH /api/v1/residents/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}`, body: { livingArrangement: 'with_family' } }] },
  'GET /api/v1/assessment-instruments': { kind: 'open', why: 'the instruments, reference data', probes: () => [{ path: '/api/v1/assessment-instruments' }] },
  'POST /api/v1/assessments': {
    kind: 'body',
    probes: (b) => [
      {
        path: '/api/v1/assessments',
        body: {
          residentId: b.resident,
          instrument: 'barthel',
          reason: 'routine',
          assessedOn: today(),
          items: { feeding: 10, bathing: 5, grooming: 5, dressing: 10, bowels: 10, bladder: 10, toilet_use: 10, transfers: 15, mobility: 15, stairs: 10 },
          conditions: { coma: false, dementiaDiagnosis: false, psychiatricDiagnosis: false, riskEvents30d: 0 },
        },
      },
    ],
  },
  'GET /api/v1/residents/{id}/assessments': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/assessments` }] },
  'GET /api/v1/assessments/due': {
    kind: 'list',
    probes: (b) => [{ path: '/api/v1/assessments/due' }, { path: '/api/v1/assessments/due', query: { regionCode: HAISHU } }, { path: '/api/v1/assessments/due', query: { facilityId: b.facility } }],
  },
  'GET /api/v1/safety-risks': { kind: 'open', why: 'the nine risks of GB 38600, reference data', probes: () => [{ path: '/api/v1/safety-risks' }] },
  'POST /api/v1/residents/{id}/safety-risks': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/residents/${b.resident}/safety-risks`, body: { assessedOn: today(), reason: 'routine', risks: NINE_RISKS } }],
  },
  'GET /api/v1/residents/{id}/safety-risks': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/safety-risks` }] },
  'POST /api/v1/residents/{id}/incidents': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/residents/${b.resident}/incidents`, body: { occurredAt: new Date(Date.now() - 60_000).toISOString(), risk: 'fall', description: '越权记录' } }],
  },
  'GET /api/v1/residents/{id}/incidents': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/incidents` }] },
  'POST /api/v1/admissions': {
    kind: 'body',
    probes: (b) => [{ path: '/api/v1/admissions', body: { residentId: b.resident, bedId: b.bed, admittedOn: today(), safetyRisks: NINE_RISKS } }],
  },
  'GET /api/v1/admissions': {
    kind: 'list',
    probes: (b) => [
      { path: '/api/v1/admissions' },
      { path: '/api/v1/admissions', query: { facilityId: b.facility } },
      { path: '/api/v1/admissions', query: { residentId: b.resident } },
    ],
  },
  'GET /api/v1/admissions/care-mismatch': {
    kind: 'list',
    probes: (b) => [
      { path: '/api/v1/admissions/care-mismatch' },
      { path: '/api/v1/admissions/care-mismatch', query: { regionCode: HAISHU } },
      { path: '/api/v1/admissions/care-mismatch', query: { facilityId: b.facility } },
    ],
  },
  'GET /api/v1/admissions/occupancy': {
    kind: 'list',
    probes: (b) => [
      { path: '/api/v1/admissions/occupancy', query: { month: today().slice(0, 7) } },
      { path: '/api/v1/admissions/occupancy', query: { month: today().slice(0, 7), regionCode: HAISHU } },
      { path: '/api/v1/admissions/occupancy', query: { month: today().slice(0, 7), facilityId: b.facility } },
    ],
  },
  'GET /api/v1/admissions/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/admissions/${b.stay}` }] },
  'POST /api/v1/admissions/{id}/transfer': { kind: 'record', probes: (b) => [{ path: `/api/v1/admissions/${b.stay}/transfer`, body: { bedId: b.bed, on: today() } }] },
  'POST /api/v1/admissions/{id}/void': { kind: 'record', probes: (b) => [{ path: `/api/v1/admissions/${b.stay}/void`, body: { reason: '越权' } }] },
  'POST /api/v1/admissions/{id}/discharge': { kind: 'record', probes: (b) => [{ path: `/api/v1/admissions/${b.stay}/discharge`, body: { on: today(), reason: 'home' } }] },
  'GET /api/v1/facilities/{id}/admission-policy': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/admission-policy` }] },
  'PUT /api/v1/facilities/{id}/admission-policy': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/admission-policy`, body: b.policy }] },
  'DELETE /api/v1/facilities/{id}/admission-policy': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/admission-policy` }] },
  'PUT /api/v1/regions/{code}/admission-policy': { kind: 'body', probes: (b) => [{ path: `/api/v1/regions/${HAISHU}/admission-policy`, body: b.policy }] },
  'POST /api/v1/facilities/{id}/waitlist': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/waitlist`, body: { residentId: b.resident } }] },
  'GET /api/v1/facilities/{id}/waitlist': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/waitlist` }] },
  'GET /api/v1/residents/{id}/waitlist-homes': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/waitlist-homes` }] },
  'POST /api/v1/waitlist/{entryId}/offer': { kind: 'record', probes: (b) => [{ path: `/api/v1/waitlist/${b.entry}/offer`, body: { bedId: b.bed } }] },
  'POST /api/v1/waitlist/{entryId}/accept': { kind: 'record', probes: (b) => [{ path: `/api/v1/waitlist/${b.entry}/accept`, body: {} }] },
  'POST /api/v1/waitlist/{entryId}/decline': { kind: 'record', probes: (b) => [{ path: `/api/v1/waitlist/${b.entry}/decline` }] },
  'POST /api/v1/waitlist/{entryId}/withdraw': { kind: 'record', probes: (b) => [{ path: `/api/v1/waitlist/${b.entry}/withdraw`, body: {} }] },
  'GET /api/v1/service-types': { kind: 'open', why: 'the service catalog, reference data', probes: () => [{ path: '/api/v1/service-types' }] },
  'POST /api/v1/facilities/{id}/service-slots': {
    kind: 'record',
    probes: (b) => [
      {
        path: `/api/v1/facilities/${b.facility}/service-slots`,
        body: { serviceType: 'meal', startsAt: `${SERVICE_DAY}T17:00:00+08:00`, endsAt: `${SERVICE_DAY}T18:00:00+08:00`, capacity: 5, priceCents: 1000, area: [HAISHU] },
      },
    ],
  },
  'POST /api/v1/facilities/{id}/service-slots/series': {
    kind: 'record',
    probes: (b) => [
      {
        path: `/api/v1/facilities/${b.facility}/service-slots/series`,
        body: { serviceType: 'meal', rrule: 'FREQ=DAILY', from: SERVICE_DAY, until: SERVICE_DAY, startTime: '17:00', endTime: '18:00', capacity: 5, priceCents: 1000, area: [HAISHU] },
      },
    ],
  },
  'GET /api/v1/service-slots': {
    kind: 'open',
    why: "slots are offers people book across regions; they carry the provider, never who booked",
    probes: (b) => [{ path: '/api/v1/service-slots', query: { facilityId: b.facility } }],
  },
  'GET /api/v1/service-slots/{id}': { kind: 'open', why: 'an offer, as the list shows it', probes: (b) => [{ path: `/api/v1/service-slots/${b.slot}` }] },
  'GET /api/v1/service-slots/{id}/quote': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/service-slots/${b.slot}/quote`, query: { residentId: b.resident } }],
  },
  'POST /api/v1/service-slots/{id}/cancel': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-slots/${b.slot}/cancel`, body: { reason: '越权' } }] },
  'POST /api/v1/service-orders': {
    kind: 'body',
    probes: (b) => [{ path: '/api/v1/service-orders', headers: { 'Idempotency-Key': `matrix-${b.slot}` }, body: { residentId: b.resident, slotId: b.slot } }],
  },
  'GET /api/v1/service-orders': {
    kind: 'list',
    probes: (b) => [
      { path: '/api/v1/service-orders' },
      { path: '/api/v1/service-orders', query: { residentId: b.resident } },
      { path: '/api/v1/service-orders', query: { facilityId: b.facility } },
      { path: '/api/v1/service-orders', query: { slotId: b.slot } },
    ],
  },
  'GET /api/v1/service-orders/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-orders/${b.order}` }] },
  'POST /api/v1/service-orders/{id}/cancel': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-orders/${b.order}/cancel` }] },
  'POST /api/v1/service-orders/{id}/check-in': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-orders/${b.order}/check-in` }] },
  'POST /api/v1/service-orders/{id}/no-show': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-orders/${b.order}/no-show` }] },
  'POST /api/v1/service-orders/{id}/complete': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-orders/${b.order}/complete`, body: {} }] },
  'POST /api/v1/service-orders/{id}/rate': { kind: 'record', probes: (b) => [{ path: `/api/v1/service-orders/${b.order}/rate`, body: { rating: 1 } }] },
  'POST /api/v1/subsidy-rules': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/subsidy-rules', body: { regionCode: HAISHU, name: '越权补贴', conditions: [{ minAge: 60 }], monthlyCapCents: 100, validFrom: '2020-01-01' } }],
  },
  'GET /api/v1/subsidy-rules': { kind: 'list', probes: () => [{ path: '/api/v1/subsidy-rules' }] },
  'GET /api/v1/residents/{id}/service-statement': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/service-statement`, query: { month: b.month } }] },
  'GET /api/v1/facilities/{id}/service-slots': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/service-slots`, query: { from: `${b.month}-01`, to: `${b.month}-28` } }],
  },
  'GET /api/v1/facilities/{id}/service-statement': { kind: 'record', probes: (b) => [{ path: `/api/v1/facilities/${b.facility}/service-statement`, query: { month: b.month } }] },
  'PUT /api/v1/residents/{id}/visit-plan': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/visit-plan`, body: { frequency: 'monthly' } }] },
  'POST /api/v1/residents/{id}/visits': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/residents/${b.resident}/visits`, body: { visitedAt: new Date(Date.now() - 60_000).toISOString(), mode: 'phone', outcome: 'well' } }],
  },
  'GET /api/v1/residents/{id}/visits': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.resident}/visits` }] },
  'POST /api/v1/residents/{id}/care-agreements': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/residents/${b.tekunResident}/care-agreements`, body: { caregiverName: '越权照料人', caregiverPhone: '13900001111', signedOn: '2024-01-01' } }],
  },
  'GET /api/v1/residents/{id}/care-agreements': { kind: 'record', probes: (b) => [{ path: `/api/v1/residents/${b.tekunResident}/care-agreements` }] },
  'POST /api/v1/residents/{id}/care-agreements/{agreementId}/end': {
    kind: 'record',
    probes: (b) => [{ path: `/api/v1/residents/${b.tekunResident}/care-agreements/${b.careAgreement}/end`, body: { on: '2024-06-30' } }],
  },
  'POST /api/v1/home-modifications': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/home-modifications', body: { regionCode: HAISHU_TOWNSHIP, applicantName: '越权申请人', hardship: true, subsidised: false, appliedOn: '2024-01-01' } }],
  },
  'POST /api/v1/home-modifications/import': {
    kind: 'body',
    probes: () => [
      {
        path: '/api/v1/home-modifications/import',
        file: { name: 'modifications.csv', content: csv(['region_code,applicant_name,hardship,subsidised,applied_on', `${HAISHU_TOWNSHIP},越权申请人,是,否,2024-01-01`]) },
      },
    ],
  },
  'GET /api/v1/home-modifications': { kind: 'list', probes: () => [{ path: '/api/v1/home-modifications' }, { path: '/api/v1/home-modifications', query: { regionCode: HAISHU } }] },
  'POST /api/v1/home-modifications/{id}/complete': { kind: 'record', probes: (b) => [{ path: `/api/v1/home-modifications/${b.modification}/complete`, body: { on: '2024-06-30' } }] },
  'POST /api/v1/smart-terminals': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/smart-terminals', body: { regionCode: HAISHU_VILLAGE, deviceKind: 'sensor', deviceCode: 'MATRIX-A-1', installedOn: '2024-01-01', linked: true } }],
  },
  'POST /api/v1/smart-terminals/import': {
    kind: 'body',
    probes: () => [
      {
        path: '/api/v1/smart-terminals/import',
        file: { name: 'terminals.csv', content: csv(['region_code,device_kind,device_code,installed_on,linked', `${HAISHU_VILLAGE},紧急呼叫器,MATRIX-A-2,2024-01-01,是`]) },
      },
    ],
  },
  'GET /api/v1/smart-terminals': { kind: 'list', probes: () => [{ path: '/api/v1/smart-terminals' }, { path: '/api/v1/smart-terminals', query: { regionCode: HAISHU } }] },
  'POST /api/v1/smart-terminals/{id}/remove': { kind: 'record', probes: (b) => [{ path: `/api/v1/smart-terminals/${b.terminal}/remove`, body: { on: '2024-06-30' } }] },
  'GET /api/v1/visits/due': {
    kind: 'list',
    probes: (b) => [{ path: '/api/v1/visits/due' }, { path: '/api/v1/visits/due', query: { regionCode: HAISHU } }, { path: '/api/v1/visits/due', query: { facilityId: b.facility } }],
  },
  'GET /api/v1/visits/rate': { kind: 'list', probes: () => [{ path: '/api/v1/visits/rate', query: { regionCode: HAISHU, period: 'month', on: today() } }] },
  'GET /api/v1/kpi/indicators': { kind: 'open', why: 'the indicator registry, reference data', probes: () => [{ path: '/api/v1/kpi/indicators' }] },
  'GET /api/v1/kpi/targets': { kind: 'list', probes: () => [{ path: '/api/v1/kpi/targets' }, { path: '/api/v1/kpi/targets', query: { regionCode: HAISHU } }] },
  'PUT /api/v1/kpi/targets': {
    kind: 'body',
    probes: () => [{ path: '/api/v1/kpi/targets', body: { regionCode: HAISHU, indicator: 'care_type_bed_share', year: 2025, comparator: '>=', value: 1, binding: 'expected' } }],
  },
  'GET /api/v1/kpi': { kind: 'list', probes: () => [{ path: '/api/v1/kpi', query: { regionCode: HAISHU, month: LAST_MONTH } }] },
  'GET /api/v1/kpi/report.xlsx': { kind: 'list', probes: () => [{ path: '/api/v1/kpi/report.xlsx', query: { regionCode: HAISHU, month: LAST_MONTH } }] },
  'GET /api/v1/kpi/{indicator}/breakdown': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/kpi/care_type_bed_share/breakdown', query: { regionCode: HAISHU, month: LAST_MONTH } }],
  },
  'GET /api/v1/kpi/service-circle': { kind: 'list', probes: () => [{ path: '/api/v1/kpi/service-circle', query: { regionCode: HAISHU, month: LAST_MONTH } }] },
  'GET /api/v1/kpi/siting': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/kpi/siting', query: { regionCode: HAISHU, facilityKind: 'community_station', k: '3', month: LAST_MONTH } }],
  },
  'GET /api/v1/kpi/series': { kind: 'list', probes: () => [{ path: '/api/v1/kpi/series', query: { regionCode: HAISHU, from: LAST_MONTH, to: LAST_MONTH } }] },
  'GET /api/v1/kpi/{indicator}/series': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/kpi/care_type_bed_share/series', query: { regionCode: HAISHU, from: LAST_MONTH, to: LAST_MONTH } }],
  },
  'GET /api/v1/kpi/{indicator}/matrix': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/kpi/care_type_bed_share/matrix', query: { regionCode: HAISHU, from: LAST_MONTH, to: LAST_MONTH } }],
  },
  'GET /api/v1/kpi/{indicator}/forecast': {
    kind: 'list',
    probes: () => [{ path: '/api/v1/kpi/care_type_bed_share/forecast', query: { regionCode: HAISHU, month: LAST_MONTH } }],
  },
  'POST /api/v1/kpi/scenarios/evaluate': {
    kind: 'body',
    probes: (b) => [
      { path: '/api/v1/kpi/scenarios/evaluate', body: { regionCode: HAISHU, month: LAST_MONTH, changes: [{ kind: 'add_centre', townshipCode: HAISHU_TOWNSHIP, from: `${LAST_MONTH}-01` }] } },
      { path: '/api/v1/kpi/scenarios/evaluate', body: { regionCode: YUBEI, month: LAST_MONTH, changes: [{ kind: 'convert_beds', facilityId: b.facility, beds: 1, from: `${LAST_MONTH}-01` }] } },
    ],
  },
  'POST /api/v1/kpi/scenarios': {
    kind: 'body',
    probes: (b) => [
      { path: '/api/v1/kpi/scenarios', body: { name: '越界', regionCode: HAISHU, month: LAST_MONTH, changes: [{ kind: 'add_centre', townshipCode: HAISHU_TOWNSHIP, from: `${LAST_MONTH}-01` }] } },
      { path: '/api/v1/kpi/scenarios', body: { name: '越界', regionCode: YUBEI, month: LAST_MONTH, changes: [{ kind: 'close_facility', facilityId: b.facility, from: `${LAST_MONTH}-01` }] } },
    ],
  },
  'GET /api/v1/kpi/scenarios': { kind: 'list', probes: () => [{ path: '/api/v1/kpi/scenarios' }, { path: '/api/v1/kpi/scenarios', query: { regionCode: HAISHU } }] },
  'GET /api/v1/kpi/scenarios/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/kpi/scenarios/${b.scenario}` }] },
  'PATCH /api/v1/kpi/scenarios/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/kpi/scenarios/${b.scenario}`, body: { name: '改名' } }] },
  'DELETE /api/v1/kpi/scenarios/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/kpi/scenarios/${b.scenario}` }] },
  'POST /api/v1/kpi/scenarios/{id}/evaluate': { kind: 'record', probes: (b) => [{ path: `/api/v1/kpi/scenarios/${b.scenario}/evaluate` }] },
  'GET /api/v1/kpi/{indicator}/inverse': { kind: 'list', probes: () => [{ path: '/api/v1/kpi/care_type_bed_share/inverse', query: { regionCode: HAISHU, month: LAST_MONTH } }] },
  'POST /api/v1/rollups': { kind: 'body', probes: () => [{ path: '/api/v1/rollups', body: { month: LAST_MONTH, regionCode: HAISHU } }] },
  'POST /api/v1/rollups/corrections': { kind: 'body', probes: () => [{ path: '/api/v1/rollups/corrections', body: { regionCode: HAISHU } }] },
  'GET /api/v1/rollups': { kind: 'list', probes: () => [{ path: '/api/v1/rollups' }, { path: '/api/v1/rollups', query: { regionCode: HAISHU } }] },
  'GET /api/v1/rollups/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/rollups/${b.rollup}` }] },
  'GET /api/v1/imports/{id}': { kind: 'record', probes: (b) => [{ path: `/api/v1/imports/${b.importJob}` }] },
};

/** B's person: the data the matrix must never return. */
const B_PERSON = { name: '钱海英', maskedName: '钱*英', idNumber: makeIdNumber('330203', '1940-07-07', '826'), birthDate: '1940-07-07' };
const B_FACILITY_NAME = '海曙区矩阵颐养院';
const B_HOSPITAL = '海曙区矩阵医院';
const B_CONSORTIUM = '海曙矩阵康养联合体';
const B_INCIDENT = '矩阵测试跌倒记录';
const B_STAFF = '矩阵护理员';
const B_RULE = '海曙矩阵补贴';
const B_TARGET_QUOTE = '海曙矩阵目标引文';
const B_TRAINEE = '矩阵学员';
const B_TRAINEE_ID_NUMBER = makeIdNumber('330203', '1975-03-03', '415');
const B_SOCIAL_WORKER = '矩阵社区社工';

const ALLOWED: Record<Exclude<Entry['kind'], 'open'>, (status: number) => boolean> = {
  record: (status) => status === 403 || status === 404,
  body: (status) => [400, 403, 404, 422].includes(status),
  list: (status) => (status >= 200 && status < 300) || [400, 403, 404].includes(status),
};

const SCOPED_ROLES = [Role.CivilAffairs, Role.Operator, Role.Assessor, Role.Family] as const;

describe('access matrix: every operation × every role × the ids of another tenant', () => {
  let t: TestApp;
  let admin: string;
  let b: TenantB;
  let operations: { method: string; path: string }[];
  const users = {} as Record<(typeof SCOPED_ROLES)[number], CreatedUser>;
  /** B's ids and names that may reach nobody of A; the personal ones may not reach them even through open operations. */
  let personalMarkers: string[];
  let allMarkers: string[];
  /** A facility of A that takes on B's person (POST /residents/link), and its operator. */
  let linkingFacility: string;
  let linkedOperator: CreatedUser;
  /** Who B's person is: what a facility that links them may see. */
  let personMarkers: string[];
  /** The account of B's facility that assessed the person's safety risks. */
  let riskAssessor: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { IMPORT_JOB_THRESHOLD_ROWS: String(TEST_IMPORT_JOB_THRESHOLD_ROWS) } });
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    const auth = { Authorization: `Bearer ${admin}` };
    const ok = async (response: Promise<Response>, status: number) => {
      const answered = await response;
      if (answered.status !== status) throw new Error(`setup: a request answered ${answered.status} ${JSON.stringify(answered.body)}`);
      return answered.body;
    };

    // Tenant A: 渝北 — a facility, a person it serves, and one account of each scoped role.
    const facilityA = await createFacility(t, admin, { name: '渝北矩阵养老院', regionCode: YUBEI_TOWNSHIP });
    const residentA = (await createResident(t, admin, { name: '渝北老人', facilityId: facilityA })).id;
    users[Role.CivilAffairs] = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    users[Role.Operator] = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
    users[Role.Assessor] = await createUser(t, { role: Role.Assessor, regionCode: YUBEI, facilityIds: [facilityA] });
    users[Role.Family] = await createUser(t, { role: Role.Family, residentIds: [residentA] });
    linkingFacility = await createFacility(t, admin, { name: '渝北矩阵照料中心', regionCode: YUBEI_TOWNSHIP });
    linkedOperator = await createUser(t, { role: Role.Operator, facilityIds: [linkingFacility] });

    // Tenant B: 海曙 — every kind of record, made by its own officer and operator.
    const facility = await createFacility(t, admin, { name: B_FACILITY_NAME, regionCode: HAISHU_TOWNSHIP });
    const officerB = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU, username: 'haishu-officer' });
    const operatorB = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
    const asB = { Authorization: `Bearer ${operatorB.token}` };
    const beds = await ok(t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth).send({ openedOn: '2024-01-01', beds: bedsLayout(3) }), 201);
    await ok(t.http.put(`/api/v1/facilities/${facility}/location`).set(asB).send({ lat: 29.8712, lng: 121.5553, crs: 'gcj02' }), 200);
    const person = { name: B_PERSON.name, idNumber: B_PERSON.idNumber, birthDate: B_PERSON.birthDate, sex: 'female', hukouRegionCode: HAISHU_TOWNSHIP, residenceRegionCode: HAISHU_TOWNSHIP };
    const resident = (await createResident(t, officerB.token, { ...person, facilityId: facility })).id;
    const applicant = (await createResident(t, officerB.token, { name: '孙海曙', hukouRegionCode: HAISHU_TOWNSHIP, residenceRegionCode: HAISHU_TOWNSHIP, facilityId: facility })).id;
    await assessAtLevel(t, admin, resident, 2);
    await assessAtLevel(t, admin, applicant, 3);
    await assessSafetyRisks(t, operatorB.token, resident);
    const stay = await ok(t.http.post('/api/v1/admissions').set(asB).send({ residentId: resident, bedId: beds.items[0].id, admittedOn: today() }), 201);
    const policy = await ok(t.http.get(`/api/v1/facilities/${facility}/admission-policy`).set(auth), 200);
    const policyBody = { requiresAssessment: false, waitlist: policy.waitlist };
    await ok(t.http.put(`/api/v1/facilities/${facility}/admission-policy`).set(auth).send(policyBody), 200);
    await ok(t.http.put(`/api/v1/regions/${HAISHU}/admission-policy`).set({ Authorization: `Bearer ${officerB.token}` }).send(policyBody), 200);
    const entry = await ok(t.http.post(`/api/v1/facilities/${facility}/waitlist`).set(asB).send({ residentId: applicant }), 201);
    const incident = await ok(t.http.post(`/api/v1/residents/${resident}/incidents`).set(asB).send({ occurredAt: new Date(Date.now() - 3_600_000).toISOString(), risk: 'fall', description: B_INCIDENT }), 201);
    await ok(t.http.put(`/api/v1/residents/${resident}/visit-plan`).set(asB).send({ frequency: 'weekly' }), 200);
    const visit = await ok(t.http.post(`/api/v1/residents/${resident}/visits`).set(asB).send({ visitedAt: new Date(Date.now() - 60_000).toISOString(), mode: 'in_person', outcome: 'well' }), 201);
    const slot = await ok(
      t.http
        .post(`/api/v1/facilities/${facility}/service-slots`)
        .set(asB)
        .send({ serviceType: 'meal', startsAt: `${SERVICE_DAY}T11:30:00+08:00`, endsAt: `${SERVICE_DAY}T12:30:00+08:00`, capacity: 5, priceCents: 1500, area: [HAISHU] }),
      201,
    );
    const order = await ok(t.http.post('/api/v1/service-orders').set(asB).set('Idempotency-Key', 'matrix-b').send({ residentId: resident, slotId: slot.id }), 201);
    const staff = await ok(t.http.post(`/api/v1/facilities/${facility}/staff`).set(asB).send({ name: B_STAFF, role: 'caregiver', hiredOn: '2023-03-01' }), 201);
    await ok(t.http.post(`/api/v1/facilities/${facility}/inspections`).set(auth).send({ year: 2024, passed: true, inspectedOn: '2024-06-01' }), 201);
    const project = await ok(t.http.post(`/api/v1/facilities/${facility}/projects`).set(auth).send({ kind: 'fire_safety', title: '消防改造', startedOn: '2024-03-01' }), 201);
    const hazard = await ok(t.http.post(`/api/v1/facilities/${facility}/hazards`).set(auth).send({ description: '电线老化', major: true, foundOn: '2024-05-01' }), 201);
    await ok(
      t.http.post('/api/v1/subsidy-rules').set(auth).send({ regionCode: HAISHU, name: B_RULE, conditions: [{ minAge: 80 }], monthlyCapCents: 5000, validFrom: '2020-01-01' }),
      201,
    );
    await ok(
      t.http
        .put('/api/v1/kpi/targets')
        .set(auth)
        .send({ regionCode: HAISHU, indicator: 'care_type_bed_share', year: 2025, comparator: '>=', value: 55, binding: 'binding', source: { quote: B_TARGET_QUOTE } }),
      200,
    );
    await ok(t.http.put(`/api/v1/regions/${HAISHU}/population/2024`).set(auth).send({ age60Plus: 120_000, basis: 'registered' }), 200);
    await ok(
      t.http
        .post('/api/v1/trainings')
        .set({ Authorization: `Bearer ${officerB.token}` })
        .send({ courseType: 'manager', regionCode: HAISHU_TOWNSHIP, traineeName: B_TRAINEE, idNumber: B_TRAINEE_ID_NUMBER, trainedOn: '2024-05-01', hours: 16, staffId: staff.id }),
      201,
    );
    const socialWorker = await ok(
      t.http.post('/api/v1/community-social-workers').set({ Authorization: `Bearer ${officerB.token}` }).send({ name: B_SOCIAL_WORKER, regionCode: HAISHU_TOWNSHIP, startedOn: '2023-01-01' }),
      201,
    );
    const rollup = await ok(t.http.post('/api/v1/rollups').set(auth).send({ month: LAST_MONTH, regionCode: HAISHU }), 202);
    await waitUntil(async () => ['complete', 'failed'].includes((await t.http.get(`/api/v1/rollups/${rollup.id}`).set(auth)).body.status), 'the rollup of 海曙');

    const asOfficerB = { Authorization: `Bearer ${officerB.token}` };
    const medicalInstitution = await ok(t.http.post('/api/v1/medical-institutions').set(asOfficerB).send({ name: B_HOSPITAL, kind: 'general_hospital', regionCode: HAISHU_TOWNSHIP }), 201);
    const agreement = await ok(t.http.post(`/api/v1/facilities/${facility}/medical-agreements`).set(asB).send({ medicalInstitutionId: medicalInstitution.id, signedOn: '2024-01-01' }), 201);
    const consortium = await ok(
      t.http
        .post('/api/v1/kangyang-consortia')
        .set(asOfficerB)
        .send({ name: B_CONSORTIUM, regionCode: HAISHU_TOWNSHIP, establishedOn: '2024-01-01', facilityIds: [facility], medicalInstitutionIds: [medicalInstitution.id] }),
      201,
    );
    const importJob = await createImportJob(t, officerB.token, HAISHU);
    await waitUntil(async () => ['completed', 'failed'].includes((await t.http.get(`/api/v1/imports/${importJob}`).set(auth)).body.status), "海曙's import");
    // B's community records: a 特困 person's entrusted-care agreement, a home modification, a smart terminal.
    const tekunResident = (await createResident(t, officerB.token, { name: '周海曙', hukouRegionCode: HAISHU_TOWNSHIP, residenceRegionCode: HAISHU_TOWNSHIP, categories: ['tekun'] })).id;
    const careAgreement = await ok(
      t.http.post(`/api/v1/residents/${tekunResident}/care-agreements`).set(asOfficerB).send({ caregiverName: B_CAREGIVER, caregiverPhone: '13900002222', signedOn: '2024-01-01' }),
      201,
    );
    const modification = await ok(
      t.http.post('/api/v1/home-modifications').set(asOfficerB).send({ regionCode: HAISHU_TOWNSHIP, applicantName: B_APPLICANT, hardship: true, subsidised: false, appliedOn: '2024-01-01' }),
      201,
    );
    await ok(t.http.post('/api/v1/regions').set(auth).send({ code: HAISHU_VILLAGE, name: '南门社区', level: 'village', parentCode: HAISHU_TOWNSHIP, kind: 'community' }), 201);
    const terminal = await ok(
      t.http.post('/api/v1/smart-terminals').set(asOfficerB).send({ regionCode: HAISHU_VILLAGE, deviceKind: 'emergency_call', deviceCode: 'MATRIX-B-1', installedOn: '2024-01-01', linked: true }),
      201,
    );
    const community = { tekunResident, careAgreement: careAgreement.id, modification: modification.id, terminal: terminal.id };
    b = { ...community, project: project.id, hazard: hazard.id, importJob, medicalInstitution: medicalInstitution.id, agreement: agreement.id, consortium: consortium.id, facility, bed: beds.items[1].id, resident, stay: stay.id, slot: slot.id, order: order.id, entry: entry.entryId, staff: staff.id, user: officerB.id, rollup: rollup.id, communitySocialWorker: socialWorker.id, policy: policyBody, month: SERVICE_DAY.slice(0, 7) };
    b.scenario = (
      await ok(
        t.http.post('/api/v1/kpi/scenarios').set(asOfficerB).send({ name: '海曙情景', regionCode: HAISHU, month: LAST_MONTH, changes: [{ kind: 'convert_beds', facilityId: facility, beds: 1, from: `${LAST_MONTH}-01` }] }),
        201,
      )
    ).id;
    personalMarkers = [resident, applicant, stay.id, order.id, incident.id, visit.id, entry.entryId, staff.id, officerB.id, operatorB.id, rollup.id, importJob, B_PERSON.name, B_PERSON.maskedName, maskIdNumber(B_PERSON.idNumber), B_INCIDENT, B_STAFF, 'haishu-officer', B_RULE, B_TARGET_QUOTE,
      B_TRAINEE, maskIdNumber(B_TRAINEE_ID_NUMBER), B_SOCIAL_WORKER, socialWorker.id,
      tekunResident, careAgreement.id, modification.id, terminal.id, B_APPLICANT, B_CAREGIVER];
    riskAssessor = operatorB.id;
    personMarkers = [resident, B_PERSON.name, B_PERSON.maskedName, maskIdNumber(B_PERSON.idNumber)];
    allMarkers = [...personalMarkers, facility, B_FACILITY_NAME, medicalInstitution.id, B_HOSPITAL, agreement.id, consortium.id, B_CONSORTIUM, ...beds.items.map((bed: { id: string }) => bed.id), slot.id];

    const { body: document } = await t.http.get('/api/docs-json').expect(200);
    operations = Object.entries<Record<string, unknown>>(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => ({ method: method.toUpperCase(), path })));
  }, 120_000);
  afterAll(() => t?.close());

  it('has an entry for every operation of the OpenAPI document, and none for operations that are gone', () => {
    const documented = operations.map(({ method, path }) => `${method} ${path}`);
    expect(documented.filter((operation) => !ENTRIES[operation])).toEqual([]);
    expect(Object.keys(ENTRIES).filter((operation) => !documented.includes(operation))).toEqual([]);
  });

  it("reaches B's records when the administrator asks, so the refusals below are about scope", async () => {
    const unreached: string[] = [];
    for (const [operation, entry] of Object.entries(ENTRIES)) {
      if (entry.kind !== 'record' || !operation.startsWith('GET ')) continue;
      for (const probe of entry.probes(b)) {
        const response = await send(t, 'GET', probe, admin);
        if (response.status !== 200) unreached.push(`${operation} → ${response.status}`);
      }
    }
    expect(unreached).toEqual([]);
  });

  it("answers every scoped role of A with a refusal or nothing of B, and changes nothing", async () => {
    const before = await snapshot(t);
    const auditBefore = await lastAuditId(t);
    const breaches: string[] = [];
    for (const role of SCOPED_ROLES) {
      for (const { method, path } of operations) {
        const entry = ENTRIES[`${method} ${path}`];
        for (const probe of entry.probes(b)) {
          const response = await send(t, method, probe, users[role].token);
          const where = `${role} ${method} ${target(probe)}`;
          if (response.status >= 500) breaches.push(`${where} → ${response.status}`);
          else if (entry.kind !== 'open' && !ALLOWED[entry.kind](response.status)) breaches.push(`${where} → ${response.status} (${entry.kind})`);
          const leaked = leakedMarkers(response, entry.kind === 'open' ? personalMarkers : allMarkers, probe);
          if (leaked.length) breaches.push(`${where} → ${response.status} shows ${leaked.join(', ')}`);
        }
      }
    }
    expect(breaches).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
    // Refused reads are not on record as reads of B's people; only refusals (a failed login, a link attempt) may be.
    const written: { action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT action, entity FROM audit_log WHERE id > $1 AND entity_id = ANY($2::text[]) ORDER BY 1, 2`,
      [auditBefore, allMarkers],
    );
    expect(written.filter(({ action }) => action !== 'login_failed' && !action.startsWith('link_'))).toEqual([]);
  }, 120_000);
  it("shows a facility that links B's person who they are, their level and risks, and none of B's facility's records", async () => {
    await t.http
      .post('/api/v1/residents/link')
      .set('Authorization', `Bearer ${admin}`)
      .send({ idNumber: B_PERSON.idNumber, name: B_PERSON.name, facilityId: linkingFacility })
      .expect(200);
    const breaches: string[] = [];
    for (const { method, path } of operations.filter((operation) => operation.method === 'GET')) {
      const operation = `${method} ${path}`;
      const entry = ENTRIES[operation];
      const sees = (LINKED_READS[operation] ?? []).flatMap((what) => ({ person: personMarkers, riskAssessor: [riskAssessor], allowanceRule: [B_RULE] })[what]);
      for (const probe of entry.probes(b)) {
        const response = await send(t, method, probe, linkedOperator.token);
        const where = `${method} ${target(probe)}`;
        if (response.status >= 500) breaches.push(`${where} → ${response.status}`);
        else if (!sees.length && entry.kind !== 'open' && !ALLOWED[entry.kind](response.status)) breaches.push(`${where} → ${response.status} (${entry.kind})`);
        const markers = (entry.kind === 'open' ? personalMarkers : allMarkers).filter((marker) => !sees.includes(marker));
        const leaked = leakedMarkers(response, markers, probe);
        if (leaked.length) breaches.push(`${where} → ${response.status} shows ${leaked.join(', ')}`);
      }
    }
    expect(breaches).toEqual([]);
    const { body: profile } = await t.http.get(`/api/v1/residents/${b.resident}`).set('Authorization', `Bearer ${linkedOperator.token}`).expect(200);
    expect(profile.idNumber).toBe(maskIdNumber(B_PERSON.idNumber));
    // B's facility holds the visit plan: the linking facility may not take it over.
    expect((await send(t, 'PUT', ENTRIES['PUT /api/v1/residents/{id}/visit-plan'].probes(b)[0], linkedOperator.token)).status).toBe(403);
  });
});

/**
 * What a facility that links B's person may read of them (PIPL data minimisation, docs/security.md): who they are, their
 * assessments and safety risks, and — through the person's record lists — only the records it made itself.
 */
const LINKED_READS: Record<string, ('person' | 'riskAssessor' | 'allowanceRule')[]> = {
  'GET /api/v1/residents': ['person'],
  'GET /api/v1/residents/{id}': ['person'],
  'GET /api/v1/residents/{id}/assessments': ['person'],
  // Who assessed the risks is part of the assessment a carer reads.
  'GET /api/v1/residents/{id}/safety-risks': ['person', 'riskAssessor'],
  'GET /api/v1/residents/{id}/incidents': ['person'],
  'GET /api/v1/residents/{id}/visits': ['person'],
  // The allowance (the rule of the person's region, what is left) decides how the facility's own bookings are split.
  'GET /api/v1/residents/{id}/service-statement': ['person', 'allowanceRule'],
  // The same allowance, quoted before the facility books for the person.
  'GET /api/v1/service-slots/{id}/quote': ['person', 'allowanceRule'],
  'GET /api/v1/assessments/due': ['person'],
  'GET /api/v1/visits/due': ['person'],
  'GET /api/v1/service-orders': ['person'],
  'GET /api/v1/admissions': ['person'],
};

async function send(t: TestApp, method: string, probe: Probe, token: string): Promise<Response> {
  let request = t.http[method.toLowerCase() as 'get'](target(probe)).set('Authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(probe.headers ?? {})) request = request.set(name, value);
  if (probe.file) return request.attach('file', Buffer.from(probe.file.content), { filename: probe.file.name, contentType: 'text/csv' });
  return probe.body === undefined ? request : request.send(probe.body);
}

function target(probe: Probe): string {
  const query = Object.entries(probe.query ?? {}).filter((pair): pair is [string, string] => pair[1] !== undefined);
  return query.length ? `${probe.path}?${new URLSearchParams(query)}` : probe.path;
}

/** The markers the response shows that the request did not itself name (a 404 may echo the id it was asked for). */
function leakedMarkers(response: Response, markers: string[], probe: Probe): string[] {
  const asked = JSON.stringify(probe);
  const shown = response.text ?? (Buffer.isBuffer(response.body) ? response.body.toString('utf8') : JSON.stringify(response.body ?? ''));
  return markers.filter((marker) => !asked.includes(marker) && shown.includes(marker));
}

/**
 * Every table as one digest, but the audit log (reads are recorded there) and the job workers' heartbeats (they beat
 * on their own clock).
 */
async function snapshot(t: TestApp): Promise<Record<string, string>> {
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_log', 'migrations', 'queue_heartbeat') ORDER BY 1`,
  );
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const [{ digest }] = await t.dataSource.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM "${name}" x`);
    digests[name] = digest;
  }
  return digests;
}

async function lastAuditId(t: TestApp): Promise<string> {
  const [{ id }] = await t.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`);
  return id;
}
