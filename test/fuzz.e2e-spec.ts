import { Role } from '@yiyang/auth';
import { addMonths, today } from '@yiyang/core';
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
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  YUBEI_TOWNSHIP,
  testEnvironment,
  type TestApp,
} from '@yiyang/testing';
import fc from 'fast-check';

/**
 * Every operation of the OpenAPI document, for every role, with generated bad input in its path, query, headers and
 * body: none may answer 5xx. The inputs are seeded (FUZZ_SEED reproduces a run) and bounded to fit `npm test`.
 * Path parameters name real records of a small world built first, so the input reaches the handler and its queries
 * rather than stopping at the 404 of an unknown id.
 */
const { fuzzSeed: SEED, fuzzRuns: RANDOM_CASES } = testEnvironment();
const CONCURRENCY = 4;

/** What a path parameter names: a record of the fixture world. */
type Fixture = 'facility' | 'bed' | 'resident' | 'user' | 'staff' | 'stay' | 'waitlistEntry' | 'slot' | 'order' | 'rollup' | 'importJob' | 'region' | 'year' | 'indicator'
  | 'communitySocialWorker' | 'tekunResident' | 'careAgreement' | 'modification' | 'terminal' | 'medicalInstitution' | 'agreement' | 'consortium' | 'project' | 'hazard'
  | 'scenario';

/**
 * The operations this test knows, with the record each path parameter names. An operation of the API missing here
 * fails the test: a new endpoint gets an entry, and with it the fuzzing.
 */
const OPERATIONS: Record<string, Record<string, Fixture>> = {
  'GET /health/live': {},
  'GET /health/ready': {},
  'GET /api/v1/system/jobs': {},
  'POST /api/v1/system/queue-dashboard/session': {},
  'GET /api/v1/audit-log': {},
  'GET /api/v1/audit-log.csv': {},
  'POST /api/v1/auth/login': {},
  'GET /api/v1/auth/me': {},
  'POST /api/v1/users': {},
  'GET /api/v1/users': {},
  'GET /api/v1/users/{id}': { id: 'user' },
  'PATCH /api/v1/users/{id}': { id: 'user' },
  'GET /api/v1/reporting/closed-through': {},
  'PUT /api/v1/reporting/closed-through': {},
  'GET /api/v1/regions': {},
  'POST /api/v1/regions': {},
  'POST /api/v1/regions/import': {},
  'POST /api/v1/regions/population/import': {},
  'GET /api/v1/regions/{code}': { code: 'region' },
  'PUT /api/v1/regions/{code}/population/{year}': { code: 'region', year: 'year' },
  'GET /api/v1/regions/{code}/population/{year}': { code: 'region', year: 'year' },
  'POST /api/v1/regions/places/import': {},
  'PUT /api/v1/regions/{code}/place': { code: 'region' },
  'GET /api/v1/regions/{code}/places': { code: 'region' },
  'GET /api/v1/regions/{code}/service-circle-minutes': { code: 'region' },
  'PUT /api/v1/regions/{code}/service-circle-minutes': { code: 'region' },
  'POST /api/v1/facilities': {},
  'GET /api/v1/facilities': {},
  'GET /api/v1/facilities/{id}': { id: 'facility' },
  'PATCH /api/v1/facilities/{id}': { id: 'facility' },
  'POST /api/v1/facilities/{id}/close': { id: 'facility' },
  'GET /api/v1/facilities/{id}/history': { id: 'facility' },
  'POST /api/v1/facilities/{id}/inspections': { id: 'facility' },
  'GET /api/v1/facilities/{id}/inspections': { id: 'facility' },
  'PUT /api/v1/facilities/{id}/location': { id: 'facility' },
  'GET /api/v1/facilities/{id}/location': { id: 'facility' },
  'POST /api/v1/facilities/{id}/star-ratings': { id: 'facility' },
  'GET /api/v1/facilities/{id}/star-ratings': { id: 'facility' },
  'POST /api/v1/facilities/{id}/projects': { id: 'facility' },
  'GET /api/v1/facilities/{id}/projects': { id: 'facility' },
  'POST /api/v1/facilities/{id}/projects/{projectId}/complete': { id: 'facility', projectId: 'project' },
  'POST /api/v1/facilities/{id}/hazards': { id: 'facility' },
  'GET /api/v1/facilities/{id}/hazards': { id: 'facility' },
  'POST /api/v1/facilities/{id}/hazards/{hazardId}/rectify': { id: 'facility', hazardId: 'hazard' },
  'POST /api/v1/medical-institutions': {},
  'POST /api/v1/medical-institutions/import': {},
  'GET /api/v1/medical-institutions': {},
  'GET /api/v1/medical-institutions/{id}': { id: 'medicalInstitution' },
  'PATCH /api/v1/medical-institutions/{id}': { id: 'medicalInstitution' },
  'POST /api/v1/medical-institutions/{id}/close': { id: 'medicalInstitution' },
  'POST /api/v1/facilities/{id}/medical-agreements': { id: 'facility' },
  'GET /api/v1/facilities/{id}/medical-agreements': { id: 'facility' },
  'POST /api/v1/medical-agreements/{id}/term': { id: 'agreement' },
  'POST /api/v1/kangyang-consortia': {},
  'GET /api/v1/kangyang-consortia': {},
  'GET /api/v1/kangyang-consortia/{id}': { id: 'consortium' },
  'PATCH /api/v1/kangyang-consortia/{id}': { id: 'consortium' },
  'POST /api/v1/kangyang-consortia/{id}/dissolve': { id: 'consortium' },
  'POST /api/v1/facilities/{id}/staff': { id: 'facility' },
  'GET /api/v1/facilities/{id}/staff': { id: 'facility' },
  'POST /api/v1/staff/{id}/leave': { id: 'staff' },
  'POST /api/v1/trainings': {},
  'GET /api/v1/trainings': {},
  'POST /api/v1/trainings/import': {},
  'GET /api/v1/trainings/import-template.csv': {},
  'POST /api/v1/community-social-workers': {},
  'GET /api/v1/community-social-workers': {},
  'POST /api/v1/community-social-workers/{id}/end': { id: 'communitySocialWorker' },
  'POST /api/v1/facilities/{id}/beds': { id: 'facility' },
  'POST /api/v1/facilities/{id}/beds/bulk': { id: 'facility' },
  'GET /api/v1/facilities/{id}/bed-board': { id: 'facility' },
  'GET /api/v1/facilities/{id}/beds': { id: 'facility' },
  'POST /api/v1/facilities/{id}/beds/import': { id: 'facility' },
  'GET /api/v1/facilities/{id}/beds/import-template.csv': { id: 'facility' },
  'GET /api/v1/beds/summary': {},
  'GET /api/v1/beds/{id}': { id: 'bed' },
  'PATCH /api/v1/beds/{id}': { id: 'bed' },
  'GET /api/v1/beds/{id}/history': { id: 'bed' },
  'POST /api/v1/beds/{id}/close': { id: 'bed' },
  'POST /api/v1/beds/{id}/rebuild': { id: 'bed' },
  'POST /api/v1/beds/{id}/out-of-service': { id: 'bed' },
  'POST /api/v1/beds/{id}/back-in-service': { id: 'bed' },
  'GET /api/v1/beds/{id}/qr.svg': { id: 'bed' },
  'POST /api/v1/residents': {},
  'GET /api/v1/residents': {},
  'POST /api/v1/residents/link': {},
  'GET /api/v1/residents/{id}': { id: 'resident' },
  'PATCH /api/v1/residents/{id}': { id: 'resident' },
  'GET /api/v1/assessment-instruments': {},
  'POST /api/v1/assessments': {},
  'GET /api/v1/residents/{id}/assessments': { id: 'resident' },
  'GET /api/v1/assessments/due': {},
  'GET /api/v1/safety-risks': {},
  'POST /api/v1/residents/{id}/safety-risks': { id: 'resident' },
  'GET /api/v1/residents/{id}/safety-risks': { id: 'resident' },
  'POST /api/v1/residents/{id}/incidents': { id: 'resident' },
  'GET /api/v1/residents/{id}/incidents': { id: 'resident' },
  'POST /api/v1/admissions': {},
  'GET /api/v1/admissions': {},
  'GET /api/v1/admissions/care-mismatch': {},
  'GET /api/v1/admissions/occupancy': {},
  'GET /api/v1/admissions/{id}': { id: 'stay' },
  'POST /api/v1/admissions/{id}/transfer': { id: 'stay' },
  'POST /api/v1/admissions/{id}/void': { id: 'stay' },
  'POST /api/v1/admissions/{id}/discharge': { id: 'stay' },
  'GET /api/v1/facilities/{id}/admission-policy': { id: 'facility' },
  'PUT /api/v1/facilities/{id}/admission-policy': { id: 'facility' },
  'DELETE /api/v1/facilities/{id}/admission-policy': { id: 'facility' },
  'PUT /api/v1/regions/{code}/admission-policy': { code: 'region' },
  'POST /api/v1/facilities/{id}/waitlist': { id: 'facility' },
  'GET /api/v1/facilities/{id}/waitlist': { id: 'facility' },
  'GET /api/v1/residents/{id}/waitlist-homes': { id: 'resident' },
  'POST /api/v1/waitlist/{entryId}/offer': { entryId: 'waitlistEntry' },
  'POST /api/v1/waitlist/{entryId}/accept': { entryId: 'waitlistEntry' },
  'POST /api/v1/waitlist/{entryId}/decline': { entryId: 'waitlistEntry' },
  'POST /api/v1/waitlist/{entryId}/withdraw': { entryId: 'waitlistEntry' },
  'GET /api/v1/service-types': {},
  'POST /api/v1/facilities/{id}/service-slots': { id: 'facility' },
  'POST /api/v1/facilities/{id}/service-slots/series': { id: 'facility' },
  'GET /api/v1/service-slots': {},
  'GET /api/v1/service-slots/{id}': { id: 'slot' },
  'GET /api/v1/service-slots/{id}/quote': { id: 'slot' },
  'POST /api/v1/service-slots/{id}/cancel': { id: 'slot' },
  'POST /api/v1/service-orders': {},
  'GET /api/v1/service-orders': {},
  'GET /api/v1/service-orders/{id}': { id: 'order' },
  'POST /api/v1/service-orders/{id}/cancel': { id: 'order' },
  'POST /api/v1/service-orders/{id}/check-in': { id: 'order' },
  'POST /api/v1/service-orders/{id}/no-show': { id: 'order' },
  'POST /api/v1/service-orders/{id}/complete': { id: 'order' },
  'POST /api/v1/service-orders/{id}/rate': { id: 'order' },
  'POST /api/v1/subsidy-rules': {},
  'GET /api/v1/subsidy-rules': {},
  'GET /api/v1/residents/{id}/service-statement': { id: 'resident' },
  'GET /api/v1/facilities/{id}/service-slots': { id: 'facility' },
  'GET /api/v1/facilities/{id}/service-statement': { id: 'facility' },
  'PUT /api/v1/residents/{id}/visit-plan': { id: 'resident' },
  'POST /api/v1/residents/{id}/visits': { id: 'resident' },
  'GET /api/v1/residents/{id}/visits': { id: 'resident' },
  'GET /api/v1/visits/due': {},
  'GET /api/v1/visits/rate': {},
  'GET /api/v1/kpi/indicators': {},
  'GET /api/v1/kpi/targets': {},
  'PUT /api/v1/kpi/targets': {},
  'GET /api/v1/kpi': {},
  'GET /api/v1/kpi/service-circle': {},
  'GET /api/v1/kpi/siting': {},
  'GET /api/v1/kpi/report.xlsx': {},
  'GET /api/v1/kpi/{indicator}/breakdown': { indicator: 'indicator' },
  'GET /api/v1/kpi/series': {},
  'GET /api/v1/kpi/{indicator}/series': { indicator: 'indicator' },
  'GET /api/v1/kpi/{indicator}/matrix': { indicator: 'indicator' },
  'GET /api/v1/kpi/{indicator}/forecast': { indicator: 'indicator' },
  'POST /api/v1/kpi/scenarios/evaluate': {},
  'POST /api/v1/kpi/scenarios': {},
  'GET /api/v1/kpi/scenarios': {},
  'GET /api/v1/kpi/scenarios/{id}': { id: 'scenario' },
  'PATCH /api/v1/kpi/scenarios/{id}': { id: 'scenario' },
  'DELETE /api/v1/kpi/scenarios/{id}': { id: 'scenario' },
  'POST /api/v1/kpi/scenarios/{id}/evaluate': { id: 'scenario' },
  'GET /api/v1/kpi/{indicator}/inverse': { indicator: 'indicator' },
  'POST /api/v1/rollups': {},
  'POST /api/v1/rollups/corrections': {},
  'GET /api/v1/rollups': {},
  'GET /api/v1/rollups/{id}': { id: 'rollup' },
  'GET /api/v1/imports/{id}': { id: 'importJob' },
  'POST /api/v1/residents/{id}/care-agreements': { id: 'tekunResident' },
  'GET /api/v1/residents/{id}/care-agreements': { id: 'tekunResident' },
  'POST /api/v1/residents/{id}/care-agreements/{agreementId}/end': { id: 'tekunResident', agreementId: 'careAgreement' },
  'POST /api/v1/home-modifications': {},
  'GET /api/v1/home-modifications': {},
  'POST /api/v1/home-modifications/{id}/complete': { id: 'modification' },
  'POST /api/v1/home-modifications/import': {},
  'POST /api/v1/smart-terminals': {},
  'GET /api/v1/smart-terminals': {},
  'POST /api/v1/smart-terminals/{id}/remove': { id: 'terminal' },
  'POST /api/v1/smart-terminals/import': {},
};

// ---- bad input ------------------------------------------------------------------------------------------------

/** Nesting far past anything the API takes. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return value;
}

const MEGABYTE = 'x'.repeat(1 << 20);

/** The kinds of bad value issue 13 names (and a few more), each sent to some place of every body. */
const NAMED_BAD_VALUES: Record<string, unknown> = {
  null: null,
  array: [],
  'array of objects': [{}, { a: 1 }],
  object: { unexpected: true },
  'empty string': '',
  NUL: 'a\u0000b',
  'lone surrogate': 'a\uD800b',
  emoji: '👵🏻🏠'.repeat(50),
  '1 MB string': MEGABYTE,
  '10 kB string': 'y'.repeat(10_000),
  'deep nesting': nested(200),
  'invalid date': '2025-02-30',
  'invalid month': '2025-13',
  'date and time without offset': '2025-06-03T11:30:00',
  'negative number': -1,
  'huge number': 1e308,
  'beyond int32': 2 ** 31,
  'beyond safe integer': 2 ** 53 + 2,
  fraction: 0.5,
  'number as string': '12',
  'boolean as string': 'true',
  boolean: true,
  'SQL-ish text': "'; SELECT pg_sleep(1); --",
  'LIKE wildcards': '%_\\',
  'regex metacharacters': '(a+)+$[',
};

/** Values a query string or a path can carry: text only, so each kind as text. */
const NAMED_BAD_TEXT: Record<string, string | string[] | Record<string, string>> = {
  'negative page': '-1',
  'huge limit': '100000',
  zero: '0',
  'huge number': '1e308',
  'beyond int32': '2147483648',
  fraction: '0.5',
  'invalid date': '2025-02-30',
  'invalid month': '2025-13',
  NUL: 'a\u0000b',
  emoji: '👵🏻🏠',
  '10 kB string': 'y'.repeat(10_000),
  'empty string': '',
  'repeated parameter': ['1', '2'],
  'nested parameter': { a: '1' },
  'SQL-ish text': "' OR 1=1 --",
  'LIKE wildcards': '%_\\',
  'uuid of nothing': '00000000-0000-4000-8000-000000000000',
  'not a uuid': 'not-a-uuid',
  'region code of nothing': '999999999999',
};

const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...Object.values(NAMED_BAD_VALUES)),
  fc.anything({ maxDepth: 3, withNullPrototype: false }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  fc.double(),
);
const badText: fc.Arbitrary<unknown> = fc.oneof(fc.constantFrom(...Object.values(NAMED_BAD_TEXT)), fc.string({ maxLength: 30 }), fc.integer().map(String));

// ---- the OpenAPI document -------------------------------------------------------------------------------------

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  minLength?: number;
  required?: string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  nullable?: boolean;
}

interface Operation {
  method: string;
  path: string;
  key: string;
  query: string[];
  headers: string[];
  /** Required query parameters, with plausible values. */
  requiredQuery: Record<string, unknown>;
  /** The media type the operation takes and a plausible body of it, when it takes one; `full` has every field. */
  body?: { mediaType: string; example: unknown; full: unknown };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

type World = Record<Fixture, string>;

/**
 * A body an honest client could send, from the schema, with real ids: the base every mutation starts from. With
 * `everything` it also has the optional fields, whose places the mutations then reach.
 */
function plausible(schema: Schema, document: OpenApiDocument, world: World, everything: boolean, name = '', depth = 0): unknown {
  const inner = (part: Schema, key = name) => plausible(part, document, world, everything, key, depth + 1);
  if (schema.$ref) return plausible(document.components.schemas[schema.$ref.split('/').pop()!], document, world, everything, name, depth);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => inner(part)));
  if (schema.oneOf) return inner(schema.oneOf[0]);
  const id = idFor(name, world);
  if (id) return schema.type === 'array' ? [id] : id;
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  if (depth > 8) return {};
  switch (schema.type) {
    case 'array':
      return schema.items ? [inner(schema.items)] : [];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string':
      return plausibleText(name, schema);
    default:
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => everything || schema.required?.includes(key))
          .map(([key, property]) => [key, inner(property, key)]),
      );
  }
}

/** Text that passes the field's format, guessed from its name where the schema says no more than "string". */
function plausibleText(name: string, schema: Schema): string {
  if (schema.format === 'date' || /(On|Date|^on|^from|^until|^before)$/.test(name)) return today();
  if (schema.format === 'date-time' || /At$/.test(name)) return `${today()}T09:00:00+08:00`;
  if (/month/i.test(name)) return today().slice(0, 7);
  if (/phone/i.test(name)) return '13800138000';
  return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
}

/** The real record a body field names by its name: `residentId`, `toBedId`, `facilityIds`. */
function idFor(name: string, world: World): string | undefined {
  if (/medicalInstitutionIds?$/.test(name)) return world.medicalInstitution;
  const match = /(facility|bed|resident|slot|user)Ids?$/i.exec(name);
  return match ? world[match[1].toLowerCase() as Fixture] : name === 'regionCode' || name === 'parentCode' ? YUBEI : undefined;
}

function operationsOf(document: OpenApiDocument, world: World): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      const mediaType = Object.keys(content)[0];
      return {
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        headers: (operation.parameters ?? []).filter((p) => p.in === 'header').map((p) => p.name),
        requiredQuery: Object.fromEntries(
          (operation.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => [p.name, plausible(p.schema, document, world, false, p.name)]),
        ),
        body: mediaType
          ? { mediaType, example: plausible(content[mediaType].schema, document, world, false), full: plausible(content[mediaType].schema, document, world, true) }
          : undefined,
      };
    }),
  );
}

/** Every place in a plausible body a mutation can hit: `waitlist.groups[0].label`. */
function placesIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const at = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [at, ...placesIn(child, at)];
  });
}

function valueAt(value: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)?.[key], value);
}

function replaced(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (!at.length) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[at[0]] = replaced(copy[at[0]], at.slice(1), replacement);
  return copy;
}

/**
 * The plausible body with `replacement` at `at`: an optional field is added to the body of required fields; a place
 * inside an optional field is reached in the body with every field.
 */
function mutated(operation: Operation, at: (string | number)[], replacement: unknown): unknown {
  const { example, full } = operation.body!;
  return replaced(valueAt(example, at.slice(0, -1)) === undefined ? full : example, at, replacement);
}

// ---- cases ----------------------------------------------------------------------------------------------------

interface Case {
  kind: string;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** The raw body and its media type; undefined sends none. */
  body?: { contentType: string; data: unknown };
}

let idempotencyKeys = 0;

/** The headers an operation declares (Idempotency-Key), each with a fresh plausible value. */
function plausibleHeaders(operation: Operation): Record<string, string> {
  return Object.fromEntries(operation.headers.map((name) => [name, `fuzz-${++idempotencyKeys}`]));
}

function realParams(operation: Operation, world: World): Record<string, string> {
  return Object.fromEntries(Object.entries(OPERATIONS[operation.key] ?? {}).map(([name, fixture]) => [name, world[fixture]]));
}

function jsonBody(operation: Operation, data: unknown): Case['body'] {
  return operation.body?.mediaType === 'application/json' ? { contentType: 'application/json', data } : undefined;
}

/** One case of every named kind of bad input, each in the place it fits. */
function namedCases(operation: Operation, world: World): Case[] {
  const base = { pathParams: realParams(operation, world), query: operation.requiredQuery, headers: plausibleHeaders(operation), body: jsonBody(operation, operation.body?.example) };
  const cases: Case[] = [{ kind: 'plausible', ...base }];
  for (const name of Object.keys(base.pathParams)) {
    for (const [kind, text] of Object.entries(NAMED_BAD_TEXT)) {
      if (typeof text === 'string' && text) cases.push({ ...base, kind: `path ${name}: ${kind}`, pathParams: { ...base.pathParams, [name]: text } });
    }
    cases.push({ ...base, kind: `path ${name}: another record's id`, pathParams: { ...base.pathParams, [name]: name === 'id' && base.pathParams[name] === world.facility ? world.resident : world.facility } });
  }
  for (const name of operation.query) {
    for (const [kind, text] of Object.entries(NAMED_BAD_TEXT)) cases.push({ ...base, kind: `query ${name}: ${kind}`, query: { ...base.query, [name]: text } });
  }
  cases.push({ ...base, kind: 'query: unknown parameter', query: { ...base.query, unexpected: '1' } });
  cases.push({ ...base, kind: 'page=-1&limit=100000', query: { ...base.query, page: '-1', limit: '100000' } });
  for (const header of [...operation.headers, 'Idempotency-Key']) {
    cases.push({ ...base, kind: `header ${header}: long`, headers: { ...base.headers, [header]: 'k'.repeat(8_000) } });
    cases.push({ ...base, kind: `header ${header}: Latin-1`, headers: { ...base.headers, [header]: 'clé-ÿ' } });
    cases.push({ ...base, kind: `header ${header}: empty`, headers: { ...base.headers, [header]: '' } });
  }
  if (operation.body?.mediaType === 'application/json') {
    const places = placesIn(operation.body.full);
    const kinds = Object.entries(NAMED_BAD_VALUES);
    // Every kind in at least two places and every place with at least two kinds, NUL in every place: the strides
    // differ so that kinds and places do not pair up the same way in every operation.
    for (let index = 0; places.length && index < 2 * Math.max(kinds.length, places.length); index++) {
      const [kind, value] = kinds[index % kinds.length];
      const at = places[(index * 7) % places.length];
      cases.push({ ...base, kind: `body ${at.join('.')}: ${kind}`, body: jsonBody(operation, mutated(operation, at, value)) });
    }
    for (const at of places) {
      cases.push({ ...base, kind: `body ${at.join('.')}: NUL`, body: jsonBody(operation, mutated(operation, at, NAMED_BAD_VALUES.NUL)) });
      // An array where an object belongs and the other way round: class-validator's nesting takes either.
      const current = valueAt(operation.body.full, at);
      if (current !== null && typeof current === 'object') {
        cases.push({ ...base, kind: `body ${at.join('.')}: ${Array.isArray(current) ? 'object for an array' : 'array for an object'}`, body: jsonBody(operation, mutated(operation, at, Array.isArray(current) ? {} : [])) });
      }
    }
    for (const [kind, value] of kinds) {
      cases.push({ ...base, kind: `whole body: ${kind}`, body: typeof value === 'object' && value !== null ? jsonBody(operation, value) : { contentType: 'application/json', data: JSON.stringify(value) } });
    }
    cases.push({ ...base, kind: 'body: unknown field', body: jsonBody(operation, { ...(operation.body.example as object), unexpectedField: 1 }) });
  }
  for (const contentType of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
    cases.push({ ...base, kind: `content type ${contentType}`, body: { contentType, data: contentType.startsWith('application/x-www') ? 'a=1&b[c]=2' : '<a>1</a>' } });
  }
  return cases;
}

/** Random bad input in one place: the body (at one of its places, or whole), one query parameter, one path parameter. */
function randomCase(operation: Operation, world: World): fc.Arbitrary<Case> {
  const pathParams = realParams(operation, world);
  const base: Case = { kind: 'generated', pathParams, query: operation.requiredQuery, headers: plausibleHeaders(operation), body: jsonBody(operation, operation.body?.example) };
  const mutations: fc.Arbitrary<Case>[] = [
    fc.record({ name: fc.constantFrom(...operation.query, 'page', 'limit'), value: badText }).map(({ name, value }) => ({ ...base, query: { ...base.query, [name]: value } })),
  ];
  if (operation.body?.mediaType === 'application/json') {
    const places = placesIn(operation.body.full);
    mutations.push(badValue.map((value) => ({ ...base, body: jsonBody(operation, value) })));
    if (places.length) {
      mutations.push(fc.record({ at: fc.constantFrom(...places), value: badValue }).map(({ at, value }) => ({ ...base, body: jsonBody(operation, mutated(operation, at, value)) })));
    }
  }
  if (Object.keys(pathParams).length) {
    mutations.push(
      fc
        .record({ name: fc.constantFrom(...Object.keys(pathParams)), value: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) })
        .map(({ name, value }) => ({ ...base, pathParams: { ...pathParams, [name]: value } })),
    );
  }
  return fc.oneof(...mutations);
}

// ---- running --------------------------------------------------------------------------------------------------

interface Failure {
  role: string;
  method: string;
  url: string;
  kind: string;
  headers: Record<string, string>;
  body: string | undefined;
  status: number | string;
  response: string;
}

const clip = (text: string, length = 400) => (text.length > length ? `${text.slice(0, length)}… (${text.length} chars)` : text);

function urlOf(operation: Operation, fuzz: Case): string {
  return operation.path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(fuzz.pathParams[name] ?? 'missing'));
}

async function send(t: TestApp, role: string, token: string | undefined, operation: Operation, fuzz: Case, statuses: Map<number | string, number>): Promise<Failure | undefined> {
  const url = urlOf(operation, fuzz);
  let request = t.http[operation.method.toLowerCase() as 'get'](url).query(fuzz.query as Record<string, string>);
  if (token) request = request.set('Authorization', `Bearer ${token}`);
  for (const [name, value] of Object.entries(fuzz.headers)) request = request.set(name, value);
  const raw = fuzz.body === undefined ? undefined : typeof fuzz.body.data === 'string' ? fuzz.body.data : JSON.stringify(fuzz.body.data);
  if (fuzz.body) request = request.set('Content-Type', fuzz.body.contentType).send(raw!);
  const failure = { role, method: operation.method, url, kind: fuzz.kind, headers: fuzz.headers, body: raw === undefined ? undefined : clip(raw) };
  try {
    const response = await request.ok(() => true);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500) return { ...failure, status: response.status, response: clip(response.text ?? '') };
  } catch (error) {
    // The server may answer an oversized body (413) and close before the client has written all of it.
    const code = (error as { code?: string }).code;
    if (code !== 'EPIPE' && code !== 'ECONNRESET') return { ...failure, status: 'no answer', response: String(error) };
  }
  return undefined;
}

async function inPool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

describe('fuzzing every operation (no 5xx from any input)', () => {
  let t: TestApp;
  let admin: string;
  const tokens: Record<string, string> = {};
  let world: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp({ env: { IMPORT_JOB_THRESHOLD_ROWS: String(TEST_IMPORT_JOB_THRESHOLD_ROWS) } });
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    world = await buildWorld(t, admin);
    tokens.admin = admin;
    tokens.civil_affairs = (await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI })).token;
    tokens.operator = (await createUser(t, { role: Role.Operator, facilityIds: [world.facility] })).token;
    tokens.assessor = (await createUser(t, { role: Role.Assessor, regionCode: YUBEI })).token;
    tokens.family = (await createUser(t, { role: Role.Family, residentIds: [world.resident] })).token;
    const { body } = await t.http.get('/api/docs-json').expect(200);
    operations = operationsOf(body, world);
  }, 120_000);
  afterAll(() => t?.close());

  it('knows every operation of the OpenAPI document, and no operation that is gone', () => {
    const documented = operations.map((operation) => operation.key);
    expect(documented.filter((key) => !(key in OPERATIONS))).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('answers every bad input of every role with less than 500', async () => {
    const failures: Failure[] = [];
    // How far the inputs got (200s and 409s reached the rules, 400s the validation): printed, to keep the test honest.
    const statuses = new Map<number | string, number>();
    let sent = 0;
    const jobs: { role: string; operation: Operation; fuzz: Case }[] = [];
    operations.forEach((operation, index) => {
      for (const fuzz of namedCases(operation, world)) jobs.push({ role: 'admin', operation, fuzz });
      for (const role of [...Object.keys(tokens), 'anonymous']) {
        const generated = fc.sample(randomCase(operation, world), { seed: SEED + index, numRuns: RANDOM_CASES });
        for (const fuzz of generated) jobs.push({ role, operation, fuzz });
      }
    });
    const started = Date.now();
    await inPool(jobs, CONCURRENCY, async ({ role, operation, fuzz }) => {
      sent++;
      const failure = await send(t, role, tokens[role], operation, fuzz, statuses);
      if (failure) failures.push(failure);
    });
    await t.http.get('/health/live').expect(200);
    const report = failures.map((f) => `${f.status} ${f.method} ${f.url} as ${f.role} [${f.kind}]\n  headers: ${JSON.stringify(f.headers)}\n  body: ${f.body}\n  → ${f.response}`);
    const byStatus = [...statuses].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([status, count]) => `${status}×${count}`).join(' ');
    process.stdout.write(`fuzz: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}, ${failures.length} 5xx; answers ${byStatus}\n`);
    expect(report).toEqual([]);
  }, 600_000);
});

/** One of each record a path can name, in Yubei, reachable by the scoped users. */
async function buildWorld(t: TestApp, admin: string): Promise<World> {
  const auth = { Authorization: `Bearer ${admin}` };
  const facility = await createFacility(t, admin);
  const { body: beds } = await t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth).send({ openedOn: '2024-01-01', beds: bedsLayout(4) }).expect(201);
  const { id: resident } = await createResident(t, admin);
  await assessAtLevel(t, admin, resident, 2);
  await assessSafetyRisks(t, admin, resident);
  const { id: waiting } = await createResident(t, admin);
  await assessSafetyRisks(t, admin, waiting);
  const { body: stay } = await t.http.post('/api/v1/admissions').set(auth).send({ residentId: resident, bedId: beds.items[0].id, admittedOn: '2025-01-01', safetyRisks: NINE_RISKS }).expect(201);
  const { body: entry } = await t.http.post(`/api/v1/facilities/${facility}/waitlist`).set(auth).send({ residentId: waiting }).expect(201);
  const { body: staff } = await t.http.post(`/api/v1/facilities/${facility}/staff`).set(auth).send({ name: '李护理', role: 'caregiver', hiredOn: '2023-03-01' }).expect(201);
  const day = `${addMonths(today(), 1).slice(0, 7)}-15`;
  const { body: slot } = await t.http
    .post(`/api/v1/facilities/${facility}/service-slots`)
    .set(auth)
    .send({ serviceType: 'meal', startsAt: `${day}T11:30:00+08:00`, endsAt: `${day}T12:30:00+08:00`, capacity: 10, priceCents: 1500, area: [YUBEI] })
    .expect(201);
  const { body: order } = await t.http.post('/api/v1/service-orders').set(auth).set('Idempotency-Key', 'fuzz-world').send({ residentId: waiting, slotId: slot.id }).expect(201);
  const { body: spare } = await t.http
    .post('/api/v1/users')
    .set(auth)
    .send({ username: 'fuzz-spare', password: 'fuzz-spare-password', role: Role.Operator, facilityIds: [facility] })
    .expect(201);
  const { body: rollup } = await t.http.post('/api/v1/rollups').set(auth).send({ month: '2025-01', regionCode: YUBEI_TOWNSHIP.slice(0, 6) + '000000' });
  const { body: indicators } = await t.http.get('/api/v1/kpi/indicators').set(auth).expect(200);
  const { body: project } = await t.http.post(`/api/v1/facilities/${facility}/projects`).set(auth).send({ kind: 'upgrade', title: '提升改造', startedOn: '2024-03-01' }).expect(201);
  const { body: hazard } = await t.http.post(`/api/v1/facilities/${facility}/hazards`).set(auth).send({ description: '消防通道堵塞', major: true, foundOn: '2024-05-01' }).expect(201);
  const { body: socialWorker } = await t.http
    .post('/api/v1/community-social-workers')
    .set(auth)
    .send({ name: '王社工', regionCode: YUBEI_TOWNSHIP, startedOn: '2024-01-01' })
    .expect(201);
  const { id: tekunResident } = await createResident(t, admin, { categories: ['tekun'], tekunSupportMode: 'dispersed' });
  const { body: agreement } = await t.http
    .post(`/api/v1/residents/${tekunResident}/care-agreements`)
    .set(auth)
    .send({ caregiverName: '李秀兰', caregiverPhone: '13800138000', signedOn: '2024-01-01' })
    .expect(201);
  const { body: modification } = await t.http
    .post('/api/v1/home-modifications')
    .set(auth)
    .send({ regionCode: YUBEI_TOWNSHIP, applicantName: '张桂芳', hardship: true, subsidised: false, appliedOn: '2024-01-01' })
    .expect(201);
  const { body: terminal } = await t.http
    .post('/api/v1/smart-terminals')
    .set(auth)
    .send({ regionCode: '500112002001', deviceKind: 'emergency_call', deviceCode: 'FUZZ-0001', installedOn: '2024-01-01', linked: true })
    .expect(201);
  const { body: medicalInstitution } = await t.http
    .post('/api/v1/medical-institutions')
    .set(auth)
    .send({ name: '渝北区人民医院', kind: 'general_hospital', regionCode: YUBEI_TOWNSHIP })
    .expect(201);
  const { body: medicalAgreement } = await t.http.post(`/api/v1/facilities/${facility}/medical-agreements`).set(auth).send({ medicalInstitutionId: medicalInstitution.id, signedOn: '2024-01-01' }).expect(201);
  const { body: consortium } = await t.http
    .post('/api/v1/kangyang-consortia')
    .set(auth)
    .send({ name: '渝北康养联合体', regionCode: YUBEI_TOWNSHIP, establishedOn: '2024-01-01', facilityIds: [facility], medicalInstitutionIds: [medicalInstitution.id] })
    .expect(201);
  const { body: scenario } = await t.http
    .post('/api/v1/kpi/scenarios')
    .set(auth)
    .send({ name: '模糊测试情景', regionCode: YUBEI, month: '2025-01', changes: [{ kind: 'convert_beds', facilityId: facility, beds: 1, from: '2025-01-01' }] })
    .expect(201);
  return {
    scenario: scenario.id,
    project: project.id,
    hazard: hazard.id,
    communitySocialWorker: socialWorker.id,
    facility,
    bed: beds.items[1].id,
    resident,
    user: spare.id,
    staff: staff.id,
    stay: stay.id,
    waitlistEntry: entry.entryId,
    slot: slot.id,
    order: order.id,
    rollup: rollup.id,
    importJob: await createImportJob(t, admin, YUBEI),
    region: YUBEI,
    year: '2024',
    indicator: (indicators.items ?? indicators)[0].id,
    tekunResident,
    careAgreement: agreement.id,
    modification: modification.id,
    terminal: terminal.id,
    medicalInstitution: medicalInstitution.id,
    agreement: medicalAgreement.id,
    consortium: consortium.id,
  };
}
