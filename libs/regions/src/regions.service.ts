import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessScope, AuditService, type AuthUser } from '@yiyang/auth';
import { AppConfig, type ImportJob, ImportJobsService, ImportProblems, type ImportProgress, InvalidInputError, JobName, NO_PROGRESS, NotFoundError, orNotFound, type Page, readTabularRows, type RegionLevel, registerConstraintMeanings, ROOT_LOGGER, type RootLogger, type UploadedFile } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { PopulationCreated, PopulationImported, PopulationUpdated, RegionCreated, RegionsImported } from './audit-events';
import { regionProblems, type RegionKind } from './domain/region-rules';
import type { CreateRegionDto, ImportResultDto, ListRegionsQuery, PopulationImportQuery, PutPopulationDto } from './dto/region.dto';
import { POPULATION_BASES, type PopulationBasis } from './region-population.entity';
import { Region } from './region.entity';
import { RegionsRepository, type EffectivePopulation, type PopulationRow, type RegionRow } from './regions.repository';

registerConstraintMeanings({
  region_pkey: { field: 'code', message: 'a region with this code already exists' },
  region_parent_code_fkey: { field: 'parentCode', message: 'the parent region does not exist, or the region still has children' },
  region_population_ages_check: { field: 'age65Plus', message: 'age groups must nest: 80+ ≤ 65+ ≤ 60+' },
});

/** The limits the DTOs set, applied to imported rows too. */
const MAX_PEOPLE = 200_000_000;
const MAX_NAME = 100;
const MAX_SOURCE = 500;

const REGION_COLUMNS = ['code', 'name', 'level'];
const POPULATION_COLUMNS = ['code', 'age60_plus'];

function fileDigest(file: UploadedFile | undefined): string | null {
  return file?.buffer ? createHash('sha256').update(file.buffer).digest('hex') : null;
}

/** An import answers with its result, or, past IMPORT_JOB_THRESHOLD_ROWS, with the job that will produce it. */
export type ImportOutcome = { result: ImportResultDto; job?: never } | { job: ImportJob; result?: never };

/** Regions and their older population; imports check the whole file before writing any of it. */
@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
    private readonly importJobs: ImportJobsService,
    private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: RootLogger,
  ) {}

  list(query: ListRegionsQuery): Promise<Page<Region>> {
    return this.regions.list({ parentCode: query.parentCode, level: query.level, within: query.within, text: query.q }, query, this.dataSource.manager);
  }

  async get(code: string): Promise<Region> {
    return orNotFound(await this.regions.findByCode(code, this.dataSource.manager), 'Region', code);
  }

  async create(input: CreateRegionDto, scope: AccessScope): Promise<Region> {
    const problems = regionProblems(input);
    if (problems.length) throw InvalidInputError.of(problems);
    this.assertCovers(scope, input.code);
    return this.dataSource.transaction(async (manager) => {
      if (input.parentCode && !(await this.regions.findByCode(input.parentCode, manager))) {
        throw InvalidInputError.of([{ field: 'parentCode', message: `parent region ${input.parentCode} does not exist` }]);
      }
      await this.regions.insert(
        { code: input.code, name: input.name.trim(), level: input.level, kind: input.kind ?? null, parentCode: input.parentCode ?? null },
        manager,
      );
      await this.audit.record(manager, RegionCreated, { entityId: input.code, after: { ...input } });
      return (await this.regions.findByCode(input.code, manager))!;
    });
  }

  /**
   * Regions from a CSV or XLSX file with the columns code, name, level, parent_code, kind (the layout of the
   * statistical division lists). Every row is checked first; if any is bad, nothing is written and the first bad
   * rows are reported with their count. Existing regions are renamed or re-kinded; a row may not move an existing
   * region. A file past IMPORT_JOB_THRESHOLD_ROWS is imported by a job instead.
   */
  async importRegions(file: UploadedFile | undefined, scope: AccessScope): Promise<ImportOutcome> {
    const jobRows = await this.importJobs.rowsIfJob(file, REGION_COLUMNS);
    if (jobRows !== null) {
      return { job: await this.importJobs.enqueue({ kind: 'regions', jobName: JobName.RegionsImport, file: file!, rows: jobRows, requester: scope.user }) };
    }
    return { result: await this.applyRegionsFile(file!, scope, NO_PROGRESS) };
  }

  /** Runs a queued import of regions or population (the RegionsImport job), as its uploader. */
  runImportJob(importId: string): Promise<{ status: string }> {
    return this.importJobs.run(importId, ({ kind, file, requester, params }, progress) => {
      const scope = new AccessScope(requester as unknown as AuthUser);
      return kind === 'population'
        ? this.applyPopulationFile(file, params as PopulationImportQuery, scope, progress)
        : this.applyRegionsFile(file, scope, progress);
    });
  }

  private async applyRegionsFile(file: UploadedFile, scope: AccessScope, progress: ImportProgress): Promise<ImportResultDto> {
    const problems = new ImportProblems();
    const rows: RegionRow[] = [];
    const lineOfCode = new Map<string, number>();
    let rowsRead = 0;
    for await (const { line, cells } of readTabularRows(file, REGION_COLUMNS, this.config.tabularLimits)) {
      await progress.reading(++rowsRead);
      const input = { code: cells.code ?? '', name: (cells.name ?? '').trim(), level: cells.level ?? '', parentCode: cells.parent_code || null, kind: cells.kind || null };
      const rowProblems = regionProblems(input);
      if (input.name.length > MAX_NAME) rowProblems.push({ field: 'name', message: `name is longer than ${MAX_NAME} characters` });
      for (const problem of rowProblems) problems.add({ line, ...problem });
      if (rowProblems.length) continue;
      if (lineOfCode.has(input.code)) {
        problems.add({ line, field: 'code', message: `code ${input.code} appears again (first on line ${lineOfCode.get(input.code)})` });
        continue;
      }
      if (!scope.covers({ regionCode: input.code })) {
        problems.add({ line, field: 'code', message: `${input.code} lies outside your region` });
        continue;
      }
      lineOfCode.set(input.code, line);
      rows.push({ code: input.code, name: input.name, level: input.level as RegionLevel, kind: input.kind as RegionKind | null, parentCode: input.parentCode });
    }
    await progress.writing(rowsRead);
    return this.dataSource.transaction(async (manager) => {
      const known = await this.regions.existing([...new Set([...rows.map((r) => r.code), ...rows.flatMap((r) => (r.parentCode ? [r.parentCode] : []))])], manager);
      for (const row of rows) {
        if (row.parentCode && !lineOfCode.has(row.parentCode) && !known.has(row.parentCode)) {
          problems.add({ line: lineOfCode.get(row.code)!, field: 'parent_code', message: `parent ${row.parentCode} is neither in the file nor in Yiyang` });
        }
      }
      problems.refuseIfAny();
      const started = Date.now();
      const { inserted, updated } = await this.regions.upsertMany(rows, manager, (done) =>
        this.logger.info({ done, total: rows.length }, `importing regions: ${done}/${rows.length}`),
      );
      const result = { rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated };
      await this.audit.record(manager, RegionsImported, {
        actor: { id: scope.user.id, role: scope.user.role },
        after: { file: file.originalname, sha256: fileDigest(file), ...result },
      });
      this.logger.info({ ...result, durationMs: Date.now() - started }, 'regions imported');
      return result;
    });
  }

  async putPopulation(code: string, year: number, input: PutPopulationDto, scope: AccessScope): Promise<EffectivePopulation> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.regions.findByCode(code, manager))) throw new NotFoundError('Region', code);
      this.assertCovers(scope, code);
      const before = await this.regions.findPopulation(code, year, input.basis, manager);
      const row: PopulationRow = {
        regionCode: code,
        year,
        basis: input.basis,
        age60Plus: input.age60Plus,
        age65Plus: input.age65Plus ?? null,
        age80Plus: input.age80Plus ?? null,
        source: input.source ?? null,
      };
      await this.regions.upsertPopulation([row], manager);
      const entityId = `${code}/${year}/${input.basis}`;
      if (before) await this.audit.record(manager, PopulationUpdated, { entityId, before: { ...before }, after: { ...row } });
      else await this.audit.record(manager, PopulationCreated, { entityId, after: { ...row } });
    });
    return (await this.regions.effectivePopulation(code, year, input.basis, this.dataSource.manager))!;
  }

  async population(code: string, year: number, basis: PopulationBasis): Promise<EffectivePopulation> {
    await this.get(code);
    return orNotFound(await this.regions.effectivePopulation(code, year, basis, this.dataSource.manager), `Population of ${code} in ${year} (${basis})`);
  }

  /**
   * Older population from a CSV or XLSX file: code, age60_plus, and optionally age65_plus, age80_plus, year, basis,
   * source (year and basis may come from the query instead). All rows are checked before any is written; a file past
   * IMPORT_JOB_THRESHOLD_ROWS is imported by a job instead.
   */
  async importPopulation(file: UploadedFile | undefined, query: PopulationImportQuery, scope: AccessScope): Promise<ImportOutcome> {
    const jobRows = await this.importJobs.rowsIfJob(file, POPULATION_COLUMNS);
    if (jobRows !== null) {
      const params = { year: query.year, basis: query.basis };
      return { job: await this.importJobs.enqueue({ kind: 'population', jobName: JobName.RegionsImport, file: file!, rows: jobRows, requester: scope.user, params }) };
    }
    return { result: await this.applyPopulationFile(file!, query, scope, NO_PROGRESS) };
  }

  private async applyPopulationFile(file: UploadedFile, query: PopulationImportQuery, scope: AccessScope, progress: ImportProgress): Promise<ImportResultDto> {
    const problems = new ImportProblems();
    const rows: PopulationRow[] = [];
    const seen = new Map<string, number>();
    const count = (line: number, field: string, text: string | undefined, required: boolean): number | null => {
      if (!text) {
        if (required) problems.add({ line, field, message: `${field} is required` });
        return null;
      }
      if (!/^\d{1,9}$/.test(text) || Number(text) > MAX_PEOPLE) {
        problems.add({ line, field, message: `${field} must be a whole number from 0 to ${MAX_PEOPLE}` });
        return null;
      }
      return Number(text);
    };
    let rowsRead = 0;
    for await (const { line, cells } of readTabularRows(file, POPULATION_COLUMNS, this.config.tabularLimits)) {
      await progress.reading(++rowsRead);
      const before = problems.count;
      const code = cells.code ?? '';
      const yearText = cells.year || (query.year ? String(query.year) : '');
      const basis = (cells.basis || query.basis || '') as PopulationBasis;
      const age60Plus = count(line, 'age60_plus', cells.age60_plus, true);
      const age65Plus = count(line, 'age65_plus', cells.age65_plus, false);
      const age80Plus = count(line, 'age80_plus', cells.age80_plus, false);
      if (!/^\d{12}$/.test(code)) problems.add({ line, field: 'code', message: 'code must be a 12-digit statistical division code' });
      else if (!scope.covers({ regionCode: code })) problems.add({ line, field: 'code', message: `${code} lies outside your region` });
      if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1949 || Number(yearText) > 2100) {
        problems.add({ line, field: 'year', message: 'year must be given (column or ?year=) as a year 1949–2100' });
      }
      if (!POPULATION_BASES.includes(basis)) problems.add({ line, field: 'basis', message: 'basis must be registered or resident (column or ?basis=)' });
      if (age60Plus !== null && age65Plus !== null && age65Plus > age60Plus) problems.add({ line, field: 'age65_plus', message: 'age65_plus exceeds age60_plus' });
      if (age80Plus !== null && age80Plus > (age65Plus ?? age60Plus ?? Infinity)) problems.add({ line, field: 'age80_plus', message: 'age80_plus exceeds the older group' });
      const key = `${code}/${yearText}/${basis}`;
      if (problems.count === before && seen.has(key)) problems.add({ line, field: 'code', message: `${code} appears again for ${yearText} ${basis} (first on line ${seen.get(key)})` });
      if (problems.count > before) continue;
      seen.set(key, line);
      if ((cells.source ?? '').length > MAX_SOURCE) {
        problems.add({ line, field: 'source', message: `source is longer than ${MAX_SOURCE} characters` });
        continue;
      }
      rows.push({ regionCode: code, year: Number(yearText), basis, age60Plus: age60Plus!, age65Plus, age80Plus, source: cells.source || null });
    }
    await progress.writing(rowsRead);
    return this.dataSource.transaction(async (manager) => {
      const known = await this.regions.existing([...new Set(rows.map((row) => row.regionCode))], manager);
      rows.forEach((row) => {
        if (!known.has(row.regionCode)) problems.add({ line: seen.get(`${row.regionCode}/${row.year}/${row.basis}`)!, field: 'code', message: `region ${row.regionCode} does not exist` });
      });
      problems.refuseIfAny();
      const { inserted, updated } = await this.regions.upsertPopulation(rows, manager);
      const result = { rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated };
      await this.audit.record(manager, PopulationImported, {
        actor: { id: scope.user.id, role: scope.user.role },
        after: { file: file.originalname, sha256: fileDigest(file), rows: rows.length },
      });
      return result;
    });
  }

  private assertCovers(scope: AccessScope, code: string): void {
    scope.assertCoversRegion(code);
  }
}
