import 'reflect-metadata';
import { createDataSourceOptions, isMonth } from '@yiyang/core';
import { MultiBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { copy, type Loader } from './copy';
import { NO_STAY, People } from './people';
import { buildPlan, isInstitution, type ScaleOptions } from './plan';
import { assessmentRows, assessmentTable } from './rows/assessments';
import { careAgreementRows, careAgreementTable, homeModificationRows, homeModificationTable, smartTerminalRows, smartTerminalTable } from './rows/community';
import { bedFacts, bedRows, bedTable, classificationRows, classificationTable, roomCount, roomRows, roomTable } from './rows/beds';
import { facilityRows, facilityTable, inspectionRows, inspectionTable, profileRows, profileTable, starRatingTable, starRows } from './rows/facilities';
import { populationRows, populationTable, regionCount, regionRows, regionTable } from './rows/regions';
import { residentRows, residentTable } from './rows/residents';
import { orderRows, orderTable, orderTargets, slotRows, slotsOf, slotTable } from './rows/services';
import { certificateRows, certificateTable, staffRows, staffTable } from './rows/staff';
import { stayRows, stayTable } from './rows/stays';
import { visitRows, visitTable } from './rows/visits';
import {
  consortiumMemberRows, consortiumMemberTable, consortiumRows, consortiumTable, medicalAgreementRows, medicalAgreementTable, medicalInstitutionRows, medicalInstitutionTable,
} from './rows/medical';
import { circleMinutesRows, circleMinutesTable, communityPlaceRows, communityPlaceTable } from './rows/places';
import { socialWorkerRows, socialWorkerTable, trainingRows, trainingTable } from './rows/workforce';
import { bedCommissioningRows, bedCommissioningTable, facilityProjectRows, facilityProjectTable, hazardRows, hazardTable } from './rows/works';

export interface ScaleResult {
  counts: Record<string, number>;
  seconds: Record<string, number>;
  totalSeconds: number;
}

/** Runs the pending migrations of the app on the database. */
export async function migrateDatabase(url: string): Promise<void> {
  const dataSource = new DataSource(createDataSourceOptions({ url, poolSize: 1, applicationName: 'yiyang-seed-scale' }));
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Leaves the database as one in use for a while would be, not as a bulk load leaves it: what a benchmark run straight
 * after the load would otherwise pay for, and the kept data set (npm run bench:kpi -- --keep) would not.
 * - VACUUM ANALYZE of each table the load wrote (autocommit: VACUUM cannot run in a transaction block): planner
 *   statistics, hint bits set and every page marked all-visible, so index-only scans stay in the index instead of
 *   visiting the heap for each row. Only those tables: the ones the load leaves empty (kpi_value, the staging table…)
 *   keep "never analysed", which the planner reads as "size unknown"; analysed while empty they would read as empty
 *   for good (autovacuum never looks at an untouched table); the rollup's merge, planned against an empty kpi_value,
 *   scanned the month's rows once per value it inserted while it tested for a current value with NOT EXISTS (68,160
 *   values: still running after 80 s, against 3–6 s; it now inserts with ON CONFLICT on the current-value key).
 * - CHECKPOINT: setting the hint bits rewrites every page (≈ 2 GB of dirty page cache at the default size) and a
 *   checkpoint of the load is still under way; without it they are written back during the first statements
 *   measured. Needs superuser or pg_checkpoint: skipped with a note otherwise.
 * Connected with a plain pg Client, every statement is its own transaction.
 */
async function settle(client: Client, tables: string[], seconds: Record<string, number>): Promise<void> {
  let at = performance.now();
  for (const table of tables) await client.query(`VACUUM ANALYZE "${table}"`);
  seconds['VACUUM ANALYZE'] = (performance.now() - at) / 1000;
  at = performance.now();
  try {
    await client.query('CHECKPOINT');
    seconds['CHECKPOINT'] = (performance.now() - at) / 1000;
  } catch (error) {
    // 42501: insufficient privilege (neither superuser nor pg_checkpoint).
    if ((error as { code?: string }).code !== '42501') throw error;
    process.stderr.write('CHECKPOINT skipped (needs superuser or pg_checkpoint): the first run on this data may be slower\n');
  }
}

/**
 * Writes the scale data set into a database it first migrates, table by table with COPY, parents before children
 * (stays before the orders and visits that read who is in a home or dead), then settles it (VACUUM ANALYZE, CHECKPOINT).
 * The expected counts only size the progress bars.
 */
export async function generateScale(options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  if (options.residents < options.stays) throw new Error(`--residents (${options.residents}) must be at least --stays (${options.stays}): every stay has its own person`);
  if (!isMonth(options.month)) throw new Error(`--month must be YYYY-MM, not ${options.month}`);
  await migrateDatabase(options.databaseUrl);
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'yiyang-seed-scale' });
  await client.connect();
  const bars = options.quiet
    ? null
    : new MultiBar({ format: '{table} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', stream: process.stderr, hideCursor: true, clearOnComplete: false, noTTYOutput: true, notTTYSchedule: 10_000 }, Presets.shades_classic);
  const loader: Loader = { client, bars, counts: {}, seconds: {} };
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM region WHERE code LIKE '98%' LIMIT 1`);
    if (rowCount) throw new Error('this database already holds the scale province (code 98…): generate into a fresh migrated database');
    await client.query('SET synchronous_commit = off');
    if (!options.checkReferences) await client.query('SET session_replication_role = replica');

    const plan = buildPlan(options);
    const people = new People(plan);
    await copy(loader, regionTable, regionCount(plan), () => regionRows(plan));
    await copy(loader, populationTable, plan.counties.length * 1.5, () => populationRows(plan, people));
    await copy(loader, facilityTable, plan.facilities.length, () => facilityRows(plan));
    await copy(loader, profileTable, plan.facilities.length * 1.2, () => profileRows(plan));
    const institutions = plan.facilities.filter((f) => isInstitution(f.kind)).length;
    await copy(loader, inspectionTable, institutions * 3.2, () => inspectionRows(plan));
    await copy(loader, starRatingTable, institutions * 1.6, () => starRows(plan));
    await copy(loader, staffTable, Math.round(options.beds / 4), () => staffRows(plan));
    await copy(loader, certificateTable, loader.counts.staff, () => certificateRows(plan));
    await copy(loader, roomTable, roomCount(plan), () => roomRows(plan));
    const beds = bedFacts(plan);
    await copy(loader, bedTable, options.beds, () => bedRows(plan, beds));
    await copy(loader, classificationTable, options.beds * 1.15, () => classificationRows(plan, beds));
    await copy(loader, residentTable, plan.residents, () => residentRows(plan, people));
    const status = new Uint8Array(plan.residents);
    status.fill(NO_STAY);
    await copy(loader, stayTable, options.stays, () => stayRows(plan, beds, people, status));
    await copy(loader, assessmentTable, Math.round(plan.residents * 0.03 * 0.7 * 1.4), () => assessmentRows(plan, people));
    const slots = slotsOf(plan);
    const targets = orderTargets(slots, options.orders);
    await copy(loader, slotTable, slots.length, () => slotRows(plan, slots, targets, status));
    await copy(loader, orderTable, options.orders, () => orderRows(plan, slots, targets, status, people));
    await copy(loader, visitTable, Math.round(plan.residents * 0.17 * 4), () => visitRows(plan, people, status));
    const villages = plan.townships.reduce((sum, township) => sum + township.villages.length, 0);
    await copy(loader, careAgreementTable, Math.round(plan.residents * 0.03 * 0.9), () => careAgreementRows(plan));
    await copy(loader, homeModificationTable, villages * 4, () => homeModificationRows(plan));
    await copy(loader, smartTerminalTable, villages * 0.7, () => smartTerminalRows(plan));
    // Issue 18's records: works, hazards, 医养结合, trainings, social workers, places and the circle's minutes.
    await copy(loader, bedCommissioningTable, options.beds * 0.04, () => bedCommissioningRows(plan, beds));
    await copy(loader, facilityProjectTable, institutions * 0.6, () => facilityProjectRows(plan));
    await copy(loader, hazardTable, loader.counts.facility_inspection * 0.8, () => hazardRows(plan));
    await copy(loader, medicalInstitutionTable, plan.townships.length + plan.counties.length * 2, () => medicalInstitutionRows(plan));
    await copy(loader, medicalAgreementTable, institutions * 0.95, () => medicalAgreementRows(plan));
    await copy(loader, consortiumTable, plan.counties.length * 0.6, () => consortiumRows(plan));
    await copy(loader, consortiumMemberTable, plan.counties.length * 2.4, () => consortiumMemberRows(plan));
    await copy(loader, trainingTable, plan.townships.length * 60, () => trainingRows(plan));
    await copy(loader, socialWorkerTable, villages * 0.35, () => socialWorkerRows(plan));
    await copy(loader, communityPlaceTable, villages, () => communityPlaceRows(plan));
    await copy(loader, circleMinutesTable, 2, () => circleMinutesRows(plan));
    bars?.stop();
    await client.query('RESET session_replication_role');
    await settle(client, Object.keys(loader.counts), loader.seconds);
    return { counts: loader.counts, seconds: loader.seconds, totalSeconds: (performance.now() - started) / 1000 };
  } finally {
    bars?.stop();
    await client.end();
  }
}
