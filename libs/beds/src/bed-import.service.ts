import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessScope, type AuthUser } from '@yiyang/auth';
import {
  AppConfig,
  ImportJobsService,
  ImportProblems,
  isDateOnly,
  JobName,
  NO_PROGRESS,
  readTabularRows,
  type ImportJob,
  type ImportProgress,
  type UploadedFile,
} from '@yiyang/core';
import { FacilitiesService } from '@yiyang/facilities';
import type { DataSource } from 'typeorm';
import { bedsToCreate, BedsService } from './beds.service';
import type { BedCreationOrigin } from './bed-commissioning.entity';
import type { BedInputDto } from './dto/bed.dto';
import type { BedImportResultDto } from './dto/bed-view.dto';

/** The columns of a bed file, in the template's order; the first four are required. */
export const BED_COLUMNS = ['code', 'room', 'care_type', 'opened_on', 'floor', 'dementia_care', 'origin', 'commissioned_on'] as const;
const REQUIRED_COLUMNS = ['code', 'room', 'care_type', 'opened_on'];

/** The template offered for download: the header and two example rows (a care-type dementia bed, a general bed). */
export const BED_IMPORT_TEMPLATE =
  '\uFEFFcode,room,care_type,opened_on,floor,dementia_care,origin,commissioned_on\r\n3-301-1,301,是,2025-01-01,3,是,新建,\r\n3-301-2,301,否,2025-01-01,3,否,原有,\r\n';

/** The origin column: 原有 existing (or empty), 新建 new build, 改建 rebuild — in Chinese or English. */
const ORIGIN_WORDS: Record<string, BedCreationOrigin> = {
  '': 'existing',
  原有: 'existing',
  existing: 'existing',
  新建: 'new_build',
  new_build: 'new_build',
  new: 'new_build',
  改建: 'rebuild',
  rebuild: 'rebuild',
};

const CODE_PATTERN = /^[\p{L}\p{N}._\-/]{1,40}$/u;
const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);

/** A yes/no cell: 是/否, yes/no, true/false, 1/0 (any case); undefined when it is none of them. */
function yesNo(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

/** The problems of one row, in Chinese and English, keyed by column. */
const MESSAGES = {
  code: '床位编码须为 1–40 个字母、数字或 . _ - / · code must be 1–40 letters, digits, ".", "_", "-" or "/"',
  room: '房间须填写（至多 40 字）· room is required (at most 40 characters)',
  care_type: '护理型须为 是/否 · care_type must be 是/否 (yes/no)',
  dementia_care: '认知障碍照护须为 是/否（可留空）· dementia_care must be 是/否 (yes/no) or empty',
  opened_on: '启用日期须为 YYYY-MM-DD · opened_on must be a date YYYY-MM-DD',
  floor: '楼层须为 -5 至 200 的整数（可留空）· floor must be a whole number from -5 to 200, or empty',
  origin: '来源须为 原有/新建/改建（可留空，即原有）· origin must be 原有/新建/改建 (existing/new_build/rebuild) or empty',
  commissioned_on: '投用日期须为 YYYY-MM-DD（可留空，即启用日期）· commissioned_on must be a date YYYY-MM-DD, or empty for opened_on',
} as const;

/** What the shared bed checks say, said in both languages for a file's table of problems. */
const BOTH_LANGUAGES: Record<string, string> = {
  'a dementia-care bed is also a care-type bed': '认知障碍照护床位须为护理型 · a dementia-care bed is also a care-type bed',
  'this bed code is already used in the facility': '床位编码在本机构已存在 · this bed code is already used in the facility',
  'only a new or rebuilt bed has a commissioning date': '只有新建或改建床位有投用日期 · only a new or rebuilt bed has a commissioning date',
};
const COLUMN_OF_FIELD: Record<string, string> = {
  code: 'code',
  room: 'room',
  careType: 'care_type',
  dementiaCare: 'dementia_care',
  openedOn: 'opened_on',
  floor: 'floor',
  origin: 'origin',
  commissionedOn: 'commissioned_on',
};

const fileDigest = (file: UploadedFile) => createHash('sha256').update(file.buffer).digest('hex');

/** An import answers with its result, or, past IMPORT_JOB_THRESHOLD_ROWS, with the job that will produce it. */
export type BedImportOutcome = { result: BedImportResultDto; job?: never } | { job: ImportJob; result?: never };

/**
 * 床位导入 Beds from a CSV or XLSX file, all or nothing like the bulk endpoint and the region imports: every row is
 * read and checked — its cells, then what the facility says (codes in use, opening within its operation, the
 * reporting lock) — and with any bad row nothing is written and the problems are listed by line, column and reason
 * (zh · en). A file past IMPORT_JOB_THRESHOLD_ROWS is imported by a job, reported by GET /imports/:id.
 */
@Injectable()
export class BedImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly beds: BedsService,
    private readonly facilities: FacilitiesService,
    private readonly importJobs: ImportJobsService,
    private readonly config: AppConfig,
  ) {}

  async importFile(facilityId: string, file: UploadedFile | undefined, scope: AccessScope): Promise<BedImportOutcome> {
    const jobRows = await this.importJobs.rowsIfJob(file, REQUIRED_COLUMNS);
    if (jobRows !== null) {
      // The facility is checked now, so a job is never queued for one outside the caller's scope.
      await this.dataSource.transaction((manager) => this.facilities.lock(facilityId, scope, manager));
      return {
        job: await this.importJobs.enqueue({ kind: 'beds', jobName: JobName.BedsImport, file: file!, rows: jobRows, requester: scope.user, params: { facilityId } }),
      };
    }
    return { result: await this.apply(facilityId, file!, scope, NO_PROGRESS) };
  }

  /** Runs a queued bed import (the BedsImport job), as its uploader. */
  runImportJob(importId: string): Promise<{ status: string }> {
    return this.importJobs.run(importId, ({ file, requester, params }, progress) =>
      this.apply(params.facilityId as string, file, new AccessScope(requester as unknown as AuthUser), progress),
    );
  }

  private async apply(facilityId: string, file: UploadedFile, scope: AccessScope, progress: ImportProgress): Promise<BedImportResultDto> {
    const problems = new ImportProblems();
    const rows: { line: number; bed: BedInputDto }[] = [];
    const lineOfCode = new Map<string, number>();
    let rowsRead = 0;
    for await (const { line, cells } of readTabularRows(file, REQUIRED_COLUMNS, this.config.tabularLimits)) {
      await progress.reading(++rowsRead);
      const bed = this.parseRow(line, cells, problems);
      if (!bed) continue;
      if (lineOfCode.has(bed.code)) {
        problems.add({ line, field: 'code', message: `床位编码 ${bed.code} 重复（首见于第 ${lineOfCode.get(bed.code)} 行）· code ${bed.code} appears again (first on line ${lineOfCode.get(bed.code)})` });
        continue;
      }
      lineOfCode.set(bed.code, line);
      rows.push({ line, bed });
    }
    const report = (index: number, field: string, message: string) =>
      problems.add({ line: rows[index].line, field: COLUMN_OF_FIELD[field] ?? field, message: BOTH_LANGUAGES[message] ?? message });
    const beds = bedsToCreate(
      rows.map((row) => row.bed),
      {},
      report,
    );
    await progress.writing(rowsRead);
    return this.dataSource.transaction(async (manager) => {
      const { ids, roomsCreated } = await this.beds.insertChecked(
        facilityId,
        beds,
        scope,
        manager,
        report,
        (taken) => {
          for (const { index } of taken) report(index, 'code', 'this bed code is already used in the facility');
          problems.refuseIfAny();
        },
        { file: file.originalname, sha256: fileDigest(file) },
      );
      return { rows: rowsRead, inserted: ids.length, updated: 0, unchanged: 0, roomsCreated };
    });
  }

  /** One row's cells as a bed, or undefined with its problems added. */
  private parseRow(line: number, cells: Record<string, string>, problems: ImportProblems): BedInputDto | undefined {
    const before = problems.count;
    const problem = (field: keyof typeof MESSAGES) => problems.add({ line, field, message: MESSAGES[field] });
    const code = (cells.code ?? '').trim();
    const room = (cells.room ?? '').trim();
    const openedOn = (cells.opened_on ?? '').trim().replace(/\//g, '-');
    const careType = yesNo(cells.care_type ?? '');
    const dementiaCare = (cells.dementia_care ?? '').trim() === '' ? false : yesNo(cells.dementia_care);
    const floorCell = (cells.floor ?? '').trim();
    const floor = floorCell === '' ? undefined : Number(floorCell);
    const origin = ORIGIN_WORDS[(cells.origin ?? '').trim().toLowerCase()];
    const commissionedOn = (cells.commissioned_on ?? '').trim().replace(/\//g, '-');
    if (!CODE_PATTERN.test(code)) problem('code');
    if (room.length < 1 || room.length > 40) problem('room');
    if (careType === undefined) problem('care_type');
    if (dementiaCare === undefined) problem('dementia_care');
    if (!isDateOnly(openedOn)) problem('opened_on');
    if (floor !== undefined && !(Number.isInteger(floor) && floor >= -5 && floor <= 200)) problem('floor');
    if (origin === undefined) problem('origin');
    if (commissionedOn !== '' && !isDateOnly(commissionedOn)) problem('commissioned_on');
    if (problems.count > before) return undefined;
    return {
      code,
      room,
      careType: careType!,
      dementiaCare: dementiaCare!,
      openedOn,
      origin,
      ...(floor === undefined ? {} : { floor }),
      ...(commissionedOn === '' ? {} : { commissionedOn }),
    };
  }
}
