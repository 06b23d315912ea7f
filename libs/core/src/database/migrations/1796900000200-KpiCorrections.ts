import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What a correction to a rolled-up month needs:
 * - kpi_county_part: per rolled-up month, each county's raw sums of its townships' parts (before population
 *   denominators), so a re-roll of a few counties sums the rest of the province without computing it again;
 * - kpi_stale: the counties whose records changed for a month already rolled up, and the earliest month changed;
 * - kpi_rollup.kind: a correction run is a rollup run of its own kind, listed with the others;
 * - statement-level triggers (transition tables) on every table a KPI source reads, marking kpi_stale: set-based,
 *   and they see every write path (API, imports, seeding).
 */

/** How a changed row of a source table finds its county and the first day its change matters. */
interface StaleSource {
  table: string;
  /** The row's key columns: an UPDATE pairs its old and new rows on them. */
  key: string[];
  /** Joins from the row (alias r) to what locates it. */
  joins?: string;
  /** Region codes (township or below) the row counts in, over r and the joins. */
  regions: string[];
  /** Date expressions over the row (`$` stands for its alias) from which it counts; none: from the first snapshot. */
  dates: string[];
  /** Other columns some KPI source reads: a change to one matters from the row's earliest date. */
  watch: string[];
}

const FACILITY = `JOIN facility f ON f.id = r.facility_id`;
const SHANGHAI_DAY = (column: string) => `($.${column} AT TIME ZONE 'Asia/Shanghai')::date`;

export const STALE_SOURCES: StaleSource[] = [
  { table: 'bed', key: ['id'], joins: FACILITY, regions: ['f.region_code', 'r.home_region_code'], dates: ['opened_on', 'closed_on'], watch: ['facility_id', 'setting', 'home_region_code'] },
  {
    table: 'bed_classification', key: ['bed_id', 'valid_from'], joins: `JOIN bed b ON b.id = r.bed_id JOIN facility f ON f.id = b.facility_id`,
    regions: ['f.region_code', 'b.home_region_code'], dates: ['valid_from', 'valid_to'], watch: ['care_type', 'dementia_care'],
  },
  { table: 'bed_commissioning', key: ['id'], joins: `JOIN bed b ON b.id = r.bed_id JOIN facility f ON f.id = b.facility_id`, regions: ['f.region_code', 'b.home_region_code'], dates: ['commissioned_on'], watch: ['bed_id', 'origin'] },
  { table: 'facility', key: ['id'], regions: ['r.region_code'], dates: ['opened_on', 'closed_on'], watch: ['region_code', 'latitude', 'longitude'] },
  {
    table: 'facility_profile', key: ['facility_id', 'valid_from'], joins: FACILITY, regions: ['f.region_code'], dates: ['valid_from', 'valid_to'],
    watch: ['kind', 'ownership', 'operation', 'functions', 'dementia_zone', 'rehab_room', 'sunshine_kitchen', 'food_safety_grade', 'smart', 'video_connected',
            'demo_centre', 'medical_integrated', 'standardized_canteen', 'a_grade', 'managed_by_facility_id'],
  },
  { table: 'facility_inspection', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: ['inspected_on', 'make_date($.year, 1, 1)'], watch: ['facility_id', 'passed', 'score'] },
  { table: 'facility_project', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: ['started_on', 'completed_on'], watch: ['facility_id', 'kind', 'funding_yuan'] },
  { table: 'facility_star_rating', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: ['rated_on'], watch: ['facility_id', 'edition', 'star_level'] },
  { table: 'inspection_hazard', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: ['found_on', 'rectified_on'], watch: ['facility_id', 'major'] },
  { table: 'staff', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: ['hired_on', 'left_on'], watch: ['facility_id', 'role'] },
  { table: 'staff_certificate', key: ['id'], joins: `JOIN staff s ON s.id = r.staff_id JOIN facility f ON f.id = s.facility_id`, regions: ['f.region_code'], dates: ['issued_on', 'valid_until'], watch: ['staff_id', 'kind', 'level'] },
  { table: 'kangyang_consortium', key: ['id'], regions: ['r.region_code'], dates: ['established_on', 'dissolved_on'], watch: ['region_code', 'meets_five_standards'] },
  { table: 'medical_institution', key: ['id'], regions: ['r.region_code'], dates: ['opened_on', 'closed_on'], watch: ['region_code', 'kind', 'level'] },
  { table: 'medical_agreement', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: ['signed_on', 'valid_until'], watch: ['facility_id', 'medical_institution_id', 'services'] },
  { table: 'home_modification', key: ['id'], regions: ['r.region_code'], dates: ['applied_on', 'completed_on'], watch: ['region_code', 'hardship', 'subsidised', 'subsidy_yuan'] },
  { table: 'service_order', key: ['id'], regions: ['r.region_code'], dates: ['month'], watch: ['region_code', 'resident_id', 'service_type', 'service_on', 'status', 'subsidy_cents'] },
  { table: 'service_slot', key: ['id'], joins: FACILITY, regions: ['f.region_code'], dates: [SHANGHAI_DAY('starts_at')], watch: ['facility_id', 'service_type', 'status', 'capacity'] },
  {
    table: 'stay', key: ['id'], joins: `${FACILITY} JOIN resident p ON p.id = r.resident_id`, regions: ['f.region_code', 'p.residence_region_code', 'p.hukou_region_code'],
    dates: ['admitted_on', 'discharged_on'], watch: ['resident_id', 'bed_id', 'facility_id', 'funding'],
  },
  {
    // A person counts from their 60th birthday (the roster, the tekun and social-worker sources test 60 or over).
    table: 'resident', key: ['id'], regions: ['r.residence_region_code', 'r.hukou_region_code'], dates: [`($.birth_date + interval '60 years')::date`],
    watch: ['sex', 'birth_date', 'hukou_region_code', 'residence_region_code', 'categories', 'living_arrangement', 'tekun_support_mode', 'willing_centralized'],
  },
  { table: 'visit', key: ['id'], joins: `JOIN resident p ON p.id = r.resident_id`, regions: ['p.residence_region_code'], dates: [SHANGHAI_DAY('visited_at')], watch: ['resident_id', 'mode', 'outcome'] },
  { table: 'tekun_care_agreement', key: ['id'], joins: `JOIN resident p ON p.id = r.resident_id`, regions: ['p.residence_region_code', 'p.hukou_region_code'], dates: ['signed_on', 'valid_until'], watch: ['resident_id'] },
  { table: 'community_social_worker', key: ['id'], regions: ['r.region_code'], dates: ['started_on', 'ended_on'], watch: ['region_code'] },
  { table: 'training_record', key: ['id'], regions: ['r.region_code'], dates: ['trained_on'], watch: ['region_code', 'course_type', 'staff_id', 'hours', 'free'] },
  { table: 'smart_terminal', key: ['id'], regions: ['r.region_code'], dates: ['installed_on', 'removed_on'], watch: ['region_code', 'device_kind', 'linked'] },
  { table: 'community_place', key: ['region_code'], regions: ['r.region_code'], dates: [], watch: ['lat', 'lng', 'older_population', 'population_year'] },
];

const NO_DATE = `'-infinity'::date`;

function dateOf(expression: string, alias: string): string {
  return /^[a-z_]+$/.test(expression) ? `${alias}.${expression}` : expression.replace(/\$/g, alias);
}

/** The earliest date of the row, or the beginning of time when it has none. */
function earliest(source: StaleSource, alias: string): string {
  return source.dates.length ? `least(${source.dates.map((d) => dateOf(d, alias)).join(', ')})` : NO_DATE;
}

/**
 * An UPDATE's first day that matters, for a pair of old (o) and new (n) rows: a changed date matters from the
 * earlier of its two values; a watched column changed, from the earliest date of either row. Nothing KPI sources
 * read changed: null (no mark). Unpaired rows (a key changed) count as deleted and inserted.
 */
function updateSince(source: StaleSource): string {
  const dates = source.dates.map((d) => `CASE WHEN ${dateOf(d, 'o')} IS DISTINCT FROM ${dateOf(d, 'n')} THEN least(${dateOf(d, 'o')}, ${dateOf(d, 'n')}) END`);
  const watched = source.watch.length
    ? `CASE WHEN (${source.watch.map((c) => `o.${c}`).join(', ')}, NULL) IS DISTINCT FROM (${source.watch.map((c) => `n.${c}`).join(', ')}, NULL)
            THEN ${source.dates.length ? `least(${earliest(source, 'o')}, ${earliest(source, 'n')})` : NO_DATE} END`
    : 'NULL::date';
  return `CASE WHEN o.${source.key[0]} IS NULL THEN ${earliest(source, 'n')} WHEN n.${source.key[0]} IS NULL THEN ${earliest(source, 'o')}
               ELSE least(${[...dates, watched].join(', ')}) END`;
}

/** The changed rows (alias r, with kpi_since) of each kind of statement, over its transition tables. */
function changedRows(source: StaleSource, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  if (event === 'INSERT') return `SELECT n.*, ${earliest(source, 'n')} AS kpi_since FROM kpi_new n`;
  if (event === 'DELETE') return `SELECT o.*, ${earliest(source, 'o')} AS kpi_since FROM kpi_old o`;
  const on = source.key.map((c) => `o.${c} = n.${c}`).join(' AND ');
  return `WITH pairs AS (SELECT o, n, ${updateSince(source)} AS kpi_since FROM kpi_old o FULL JOIN kpi_new n ON ${on})
          SELECT (p.o).*, p.kpi_since FROM pairs p WHERE (p.o).${source.key[0]} IS NOT NULL AND p.kpi_since IS NOT NULL
          UNION ALL
          SELECT (p.n).*, p.kpi_since FROM pairs p WHERE (p.n).${source.key[0]} IS NOT NULL AND p.kpi_since IS NOT NULL`;
}

/** (region_code, since) of every changed row: what the trigger function marks. */
function markedRegions(source: StaleSource, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  return source.regions
    .map((region) => `SELECT ${region} AS region_code, r.kpi_since AS since FROM (${changedRows(source, event)}) r ${source.joins ?? ''} WHERE ${region} IS NOT NULL`)
    .join(' UNION ALL ');
}

function functionName(source: StaleSource, event: 'INSERT' | 'UPDATE' | 'DELETE'): string {
  return `kpi_stale_${source.table}_${event.toLowerCase()}`;
}

/**
 * The trigger function's body: marks each county of the changed rows' (region_code, since) from the first month on
 * or after `since` that has a snapshot of it, when that month is closed — a change to the month in progress, or to
 * months never rolled up, is computed live or by the next rollup. A what-if evaluation writes in a transaction it
 * always rolls back: it marks nothing, and takes no lock on kpi_stale's rows for concurrent evaluations to wait on.
 */
function markStale(regions: string): string {
  return `
    BEGIN
      IF current_setting('yiyang.what_if', true) = 'on' THEN
        RETURN NULL;
      END IF;
      INSERT INTO kpi_stale AS s (county_code, since_month)
      SELECT c.county_code, m.first
        FROM (SELECT rpad(left(x.region_code, 6), 12, '0') AS county_code, min(x.since) AS since FROM (${regions}) x
               WHERE x.since < date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') GROUP BY 1) c
        JOIN region g ON g.code = c.county_code AND g.level = 'county'
       CROSS JOIN LATERAL (
         SELECT min(v.month) AS first FROM kpi_value v
          WHERE v.region_code = c.county_code AND v.superseded_at IS NULL
            AND v.month >= date_trunc('month', c.since) AND v.month < date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai')) m
       WHERE m.first IS NOT NULL
      ON CONFLICT (county_code) DO UPDATE SET since_month = least(s.since_month, EXCLUDED.since_month), marks = s.marks + 1, marked_at = now();
      RETURN NULL;
    END`;
}

export class KpiCorrections1796900000200 implements MigrationInterface {
    name = 'KpiCorrections1796900000200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "kpi_county_part" (
                "month" date NOT NULL,
                "county_code" character varying(12) NOT NULL,
                "indicator" text NOT NULL,
                "numerator" numeric NOT NULL,
                "denominator" numeric,
                CONSTRAINT "kpi_county_part_month_check" CHECK ("month" = date_trunc('month', "month")),
                CONSTRAINT "kpi_county_part_pkey" PRIMARY KEY ("month", "county_code", "indicator")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "kpi_stale" (
                "county_code" character varying(12) NOT NULL,
                "since_month" date NOT NULL,
                "marks" integer NOT NULL DEFAULT '1',
                "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "kpi_stale_pkey" PRIMARY KEY ("county_code")
            )
        `);
        await queryRunner.query(`ALTER TABLE "kpi_rollup" ADD "kind" text NOT NULL DEFAULT 'rollup'`);
        await queryRunner.query(`ALTER TABLE "kpi_rollup" ADD CONSTRAINT "kpi_rollup_kind_check" CHECK ("kind" IN ('rollup', 'correction'))`);
        // One function per table and statement kind, its statement static: PL/pgSQL plans it once per session, where
        // a generic function running its statement with EXECUTE planned it on every write (a booking's slot update
        // among them) and held the writer's locks meanwhile.
        for (const source of STALE_SOURCES) {
            for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) {
                const transitions = { INSERT: 'NEW TABLE AS kpi_new', UPDATE: 'OLD TABLE AS kpi_old NEW TABLE AS kpi_new', DELETE: 'OLD TABLE AS kpi_old' }[event];
                await queryRunner.query(`CREATE FUNCTION "${functionName(source, event)}"() RETURNS trigger LANGUAGE plpgsql AS $fn$ ${markStale(markedRegions(source, event))} $fn$`);
                await queryRunner.query(`
                    CREATE TRIGGER "${source.table}_kpi_stale_${event.toLowerCase()}" AFTER ${event} ON "${source.table}"
                    REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION "${functionName(source, event)}"()
                `);
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const source of STALE_SOURCES) {
            for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) {
                await queryRunner.query(`DROP TRIGGER "${source.table}_kpi_stale_${event.toLowerCase()}" ON "${source.table}"`);
                await queryRunner.query(`DROP FUNCTION "${functionName(source, event)}"()`);
            }
        }
        await queryRunner.query(`ALTER TABLE "kpi_rollup" DROP CONSTRAINT "kpi_rollup_kind_check"`);
        await queryRunner.query(`ALTER TABLE "kpi_rollup" DROP COLUMN "kind"`);
        await queryRunner.query(`DROP TABLE "kpi_stale"`);
        await queryRunner.query(`DROP TABLE "kpi_county_part"`);
    }
}
