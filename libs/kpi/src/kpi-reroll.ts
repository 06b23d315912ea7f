import { Injectable } from '@nestjs/common';
import { regionAncestry, regionSubtreePrefix, today } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { INDICATORS } from './domain/indicators';
import { monthPeriod } from './domain/months';
import { rollUp, type RolledParts } from './domain/roll-up';
import { KpiEngine } from './kpi-engine';

/**
 * Re-rolls part of a month: what a what-if scenario and a correction to a rolled-up month both need. The township
 * parts of the counties a change touches are computed again in the caller's transaction (so they see its
 * uncommitted writes), then summed up the tree with every other county's parts.
 *
 * CONTRACT (shared by scenarios and corrections): `manager` is inside a transaction; populations are read through
 * it too. The result holds the rolled values of `regions` and all their ancestors, and of every region in the
 * subtrees of `counties` (county-level codes), for every indicator.
 */
@Injectable()
export class KpiReroll {
  constructor(private readonly engine: KpiEngine) {}

  async reroll(month: string, counties: readonly string[], regions: readonly string[], manager: EntityManager): Promise<RolledParts[]> {
    // First version: every province concerned is computed whole from the records (exact, not yet fast).
    const period = monthPeriod(month, today());
    const provinces = [...new Set([...counties, ...regions].map((code) => `${code.slice(0, 2)}0000000000`))];
    const wanted = new Set([...regions, ...counties].flatMap((code) => regionAncestry(code)));
    const subtrees = counties.map((code) => regionSubtreePrefix(code));
    const result: RolledParts[] = [];
    for (const province of provinces) {
      const parts = await this.engine.townshipParts(period, province, manager);
      const tree = await this.engine.regionTree(province, manager);
      const population = await this.engine.populations(tree, Number(month.slice(0, 4)), manager);
      for (const row of rollUp(parts, { indicators: INDICATORS, regions: tree, population, days: period.days })) {
        if (wanted.has(row.regionCode) || subtrees.some((prefix) => row.regionCode.startsWith(prefix))) result.push(row);
      }
    }
    return result;
  }
}
