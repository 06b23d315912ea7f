import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  ConflictError,
  InvalidInputError,
  mapPage,
  orNotFound,
  type Page,
  readImportRecords,
  type RecordImportResultDto,
  registerConstraintMeanings,
  requestContext,
  RuleViolationError,
  type UploadedFile,
} from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource, EntityManager } from 'typeorm';
import { SmartTerminalInstalled, SmartTerminalRemoved, SmartTerminalsImported } from '../audit-events';
import { mapSmartTerminal, type RemoveTerminalDto, SMART_TERMINAL_IMPORT, type SmartTerminalDto, type SmartTerminalInputDto, type SmartTerminalQuery } from './terminal.dto';
import { type NewSmartTerminal, TerminalsRepository } from './terminals.repository';

registerConstraintMeanings({
  smart_terminal_device_code_key: { field: 'deviceCode', message: 'a terminal with this device code is already registered' },
  smart_terminal_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  smart_terminal_period_check: { field: 'on', message: 'a terminal is removed on or after the day it was installed' },
});

/**
 * Smart elderly-care terminals (智慧养老终端) in villages and communities: installed, linked to the platform,
 * removed. The officers of the region keep them; a community with a linked terminal in place counts as covered.
 */
@Injectable()
export class TerminalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly terminals: TerminalsRepository,
    private readonly regions: RegionsRepository,
    private readonly periods: ReportingLockService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async create(input: SmartTerminalInputDto, scope: AccessScope): Promise<SmartTerminalDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkRegion(input.regionCode, scope, manager, '');
      await this.periods.assertOpen(manager, input.installedOn, 'installedOn');
      if ((await this.terminals.existingCodes([input.deviceCode], manager)).size) throw this.duplicate('deviceCode');
      const terminalId = await this.terminals.insert(this.row(input), manager);
      await this.audit.record(manager, SmartTerminalInstalled, { entityId: terminalId, after: { ...input } });
      return terminalId;
    });
    return mapSmartTerminal((await this.terminals.findInScope(id, scope, this.dataSource.manager))!);
  }

  async list(query: SmartTerminalQuery, scope: AccessScope): Promise<Page<SmartTerminalDto>> {
    return mapPage(await this.terminals.list(query, query, scope, this.dataSource.manager), mapSmartTerminal);
  }

  async remove(id: string, input: RemoveTerminalDto, scope: AccessScope): Promise<SmartTerminalDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      const terminal = orNotFound(await this.terminals.findInScope(id, scope, manager, 'update'), 'Smart terminal', id);
      if (terminal.removedOn) throw new RuleViolationError(`The terminal was removed on ${terminal.removedOn}`);
      if (input.on < terminal.installedOn) throw InvalidInputError.of([{ field: 'on', message: `the terminal was installed on ${terminal.installedOn}` }]);
      await this.periods.assertOpen(manager, input.on, 'on');
      await this.terminals.remove(id, input.on, manager);
      await this.audit.record(manager, SmartTerminalRemoved, { entityId: id, before: { removedOn: null }, after: { removedOn: input.on, reason: input.reason ?? null } });
      return { ...terminal, removedOn: input.on };
    });
    return mapSmartTerminal(row);
  }

  /**
   * Imports the list an office keeps: every row read into the create endpoint's DTO and checked as one record would
   * be, then its region (the caller's, a village or community) and device code (not in the file twice, not yet
   * registered). Any bad row refuses the whole file (400 by line); otherwise all rows go in one transaction.
   */
  async import(file: UploadedFile | undefined, scope: AccessScope): Promise<RecordImportResultDto> {
    const { rows, problems } = await readImportRecords(file, SMART_TERMINAL_IMPORT, this.config.tabularLimits);
    const manager = this.dataSource.manager;
    const regions = await this.regions.existing([...new Set(rows.map(({ record }) => record.regionCode))], manager);
    const taken = await this.terminals.existingCodes(rows.map(({ record }) => record.deviceCode.trim()), manager);
    const firstLine = new Map<string, number>();
    for (const { line, record } of rows) {
      const level = regions.get(record.regionCode)?.level;
      if (!level) problems.add({ line, field: 'region_code', message: 'no such region' });
      else if (!scope.covers({ regionCode: record.regionCode })) problems.add({ line, field: 'region_code', message: 'lies outside your region' });
      else if (level !== 'village') problems.add({ line, field: 'region_code', message: 'a terminal stands in a village or community (12-digit village-level region)' });
      const code = record.deviceCode.trim();
      if (taken.has(code)) problems.add({ line, field: 'device_code', message: 'a terminal with this device code is already registered' });
      else if (firstLine.has(code)) problems.add({ line, field: 'device_code', message: `the same device code as line ${firstLine.get(code)}` });
      else firstLine.set(code, line);
    }
    problems.refuseIfAny();
    await this.dataSource.transaction(async (tx) => {
      const earliest = rows.map(({ record }) => record.installedOn).sort()[0];
      if (earliest) await this.periods.assertOpen(tx, earliest, 'installed_on');
      await this.terminals.insertMany(rows.map(({ record }) => this.row(record)), tx);
      await this.audit.record(tx, SmartTerminalsImported, { after: { rows: rows.length, file: file?.originalname ?? '' } });
    });
    return { rows: rows.length, inserted: rows.length };
  }

  private row(input: SmartTerminalInputDto): NewSmartTerminal {
    return {
      regionCode: input.regionCode,
      deviceKind: input.deviceKind,
      deviceCode: input.deviceCode.trim(),
      installedOn: input.installedOn,
      linked: input.linked,
      createdBy: requestContext.current()?.userId ?? null,
    };
  }

  private duplicate(field: string, message = 'a terminal with this device code is already registered'): ConflictError {
    return new ConflictError(message, [{ field, messages: [message] }]);
  }

  /** The region must be the caller's (403) and a village or community (400). */
  private async checkRegion(regionCode: string, scope: AccessScope, manager: EntityManager, prefix: string): Promise<void> {
    scope.assertCoversRegion(regionCode);
    await this.regions.placeOf(regionCode, manager, {
      field: `${prefix}regionCode`,
      levels: ['village'],
      message: 'a terminal stands in a village or community (12-digit village-level region)',
    });
  }
}
