import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { DeviceKind } from './device-kinds';
import { SmartTerminal } from './smart-terminal.entity';

export interface SmartTerminalRow {
  id: string;
  regionCode: string;
  regionName: string;
  deviceKind: DeviceKind;
  deviceCode: string;
  installedOn: string;
  removedOn: string | null;
  linked: boolean;
}

export interface SmartTerminalFilter {
  regionCode?: string;
  deviceKind?: DeviceKind;
  installed?: boolean;
}

export type NewSmartTerminal = Omit<SmartTerminal, 'id' | 'region' | 'createdAt' | 'removedOn'>;

/** A terminal belongs to the officers of the village or community it stands in. */
const TERMINAL_SCOPE = { regionCode: 't.region_code' };

const SELECT = `
  SELECT t.id, t.region_code AS "regionCode", g.name AS "regionName", t.device_kind AS "deviceKind", t.device_code AS "deviceCode",
         t.installed_on AS "installedOn", t.removed_on AS "removedOn", t.linked
    FROM smart_terminal t JOIN region g ON g.code = t.region_code`;

/** Smart elderly-care terminals in villages and communities: the SQL of the aggregate. */
@Injectable()
export class TerminalsRepository {
  async insert(terminal: NewSmartTerminal, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.insert(SmartTerminal, terminal);
    return identifiers[0].id;
  }

  async insertMany(terminals: NewSmartTerminal[], manager: EntityManager): Promise<void> {
    if (terminals.length) await manager.insert(SmartTerminal, terminals);
  }

  /** Which of these device codes are already registered. */
  async existingCodes(codes: string[], manager: EntityManager): Promise<Set<string>> {
    const rows: { code: string }[] = await manager.query(`SELECT device_code AS code FROM smart_terminal WHERE device_code = ANY($1::text[])`, [codes]);
    return new Set(rows.map((row) => row.code));
  }

  async findInScope(id: string, scope: AccessScope, manager: EntityManager, lock?: 'update'): Promise<SmartTerminalRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(`${SELECT} WHERE t.id = $1 AND ${scope.sql(TERMINAL_SCOPE, params)}${lock ? ' FOR UPDATE OF t' : ''}`, params);
    return row ?? null;
  }

  list(filter: SmartTerminalFilter, page: { page: number; limit: number }, scope: AccessScope, manager: EntityManager): Promise<Page<SmartTerminalRow>> {
    const conditions = new SqlConditions();
    conditions.raw(scope.sql(TERMINAL_SCOPE, conditions.params));
    if (filter.regionCode) conditions.add((p) => `t.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.deviceKind) conditions.add((p) => `t.device_kind = ${p}`, filter.deviceKind);
    if (filter.installed !== undefined) conditions.raw(filter.installed ? 't.removed_on IS NULL' : 't.removed_on IS NOT NULL');
    return selectPage(
      manager,
      { count: `FROM smart_terminal t WHERE ${conditions.sql}`, rows: `${SELECT} WHERE ${conditions.sql} ORDER BY t.region_code, t.device_code, t.id`, params: conditions.params },
      page,
    );
  }

  async remove(id: string, on: string, manager: EntityManager): Promise<void> {
    await manager.update(SmartTerminal, { id }, { removedOn: on });
  }
}
