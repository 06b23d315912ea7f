import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ConflictError, ForbiddenError, InvalidInputError, mapPage, orNotFound, type Page, registerConstraintMeanings, requestContext, RuleViolationError } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource, EntityManager } from 'typeorm';
import { SmartTerminalInstalled, SmartTerminalRemoved } from '../audit-events';
import { mapSmartTerminal, type RemoveTerminalDto, type SmartTerminalDto, type SmartTerminalInputDto, type SmartTerminalQuery } from './terminal.dto';
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

  /** Imported rows, all in one transaction, each checked as a single record would be (fields prefixed by the row). */
  async createMany(inputs: SmartTerminalInputDto[], scope: AccessScope, manager: EntityManager): Promise<number> {
    const seen = new Map<string, number>();
    for (const [index, input] of inputs.entries()) {
      await this.checkRegion(input.regionCode, scope, manager, `rows[${index}].`);
      if (seen.has(input.deviceCode)) throw this.duplicate(`rows[${index}].deviceCode`, `the same device code as row ${seen.get(input.deviceCode)! + 1}`);
      seen.set(input.deviceCode, index);
    }
    const taken = await this.terminals.existingCodes([...seen.keys()], manager);
    const first = inputs.findIndex((input) => taken.has(input.deviceCode));
    if (first >= 0) throw this.duplicate(`rows[${first}].deviceCode`);
    const earliest = inputs.map((input) => input.installedOn).sort()[0];
    if (earliest) await this.periods.assertOpen(manager, earliest, 'installedOn');
    await this.terminals.insertMany(inputs.map((input) => this.row(input)), manager);
    return inputs.length;
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
    if (!scope.covers({ regionCode })) throw new ForbiddenError(`Region ${regionCode} lies outside your region`);
    const region = await this.regions.findByCode(regionCode, manager, 'keyShare');
    if (!region) throw InvalidInputError.of([{ field: `${prefix}regionCode`, message: 'no such region' }]);
    if (region.level !== 'village') throw InvalidInputError.of([{ field: `${prefix}regionCode`, message: 'a terminal stands in a village or community (12-digit village-level region)' }]);
  }
}
