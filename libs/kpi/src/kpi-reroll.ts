import { Injectable } from '@nestjs/common';
import { impliedParentCode, regionAncestry, regionLevelOf, regionSubtreePrefix, today } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { INDICATORS } from './domain/indicators';
import { monthPeriod } from './domain/months';
import { countyPasses } from './domain/passes';
import { rollUp, type IndicatorParts, type RolledParts } from './domain/roll-up';
import { KpiEngine } from './kpi-engine';
import { KpiCountyPartsRepository } from './kpi-county-parts.repository';

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
  constructor(
    private readonly engine: KpiEngine,
    private readonly countyParts: KpiCountyPartsRepository,
  ) {}

  /**
   * Every other county enters the sum as one row of its stored raw sums (kpi_county_part, written by the month's
   * rollup), over the provinces' whole region tree: so populations, `population_less` and per-county minimums
   * come out exactly as a full rollup's (kpi-reroll.int-spec.ts compares every indicator). A county without stored
   * parts for the month (the month in progress, months rolled up before the table existed) is computed live.
   */
  async reroll(month: string, counties: readonly string[], regions: readonly string[], manager: EntityManager): Promise<RolledParts[]> {
    return (await this.rerollWithParts(month, counties, regions, manager)).rolled;
  }

  /**
   * The re-roll, and the township parts it computed (of the counties in `computed`): what a correction stores again.
   * `reuse`: township parts an earlier re-roll computed in the same transaction snapshot; those of counties outside
   * `counties` stand in for computing them again (a scenario's "after" reuses its "before" of the month in progress).
   */
  async rerollWithParts(
    month: string,
    counties: readonly string[],
    regions: readonly string[],
    manager: EntityManager,
    reuse?: { computed: readonly string[]; townshipRows: readonly IndicatorParts[] },
  ): Promise<{ rolled: RolledParts[]; computed: string[]; townshipRows: IndicatorParts[] }> {
    const period = monthPeriod(month, today());
    const provinces = [...new Set([...counties, ...regions].map((code) => `${code.slice(0, 2)}0000000000`))];
    // A region asked for below the county level needs its own county's township parts.
    const fresh = new Set([...counties, ...regions.filter((code) => /^(township|village)$/.test(regionLevelOf(code))).map((code) => `${code.slice(0, 6)}000000`)]);
    const stored = await this.countyParts.ofProvinces(month, provinces, [...fresh], manager);
    const wanted = new Set([...regions, ...counties].flatMap((code) => regionAncestry(code)));
    const subtrees = [...fresh].map((code) => regionSubtreePrefix(code));
    const result: RolledParts[] = [];
    const computed: string[] = [];
    const townshipRows: IndicatorParts[] = [];
    for (const province of provinces) {
      const tree = await this.engine.regionTree(province, manager);
      const live = new Set(fresh);
      for (const node of tree.values()) {
        // Counties with townships to count but nothing stored (a county-level region with no townships adds nothing).
        if (node.level === 'township' && !stored.counties.has(`${node.code.slice(0, 6)}000000`)) live.add(`${node.code.slice(0, 6)}000000`);
      }
      const rows: IndicatorParts[] = stored.parts.filter((part) => part.regionCode.startsWith(province.slice(0, 2)));
      const reusable = new Set(reuse?.computed.filter((county) => county.startsWith(province.slice(0, 2)) && !fresh.has(county)));
      if (reusable.size) {
        // The counties the earlier pass computed and nothing here touches: their parts as they were.
        townshipRows.push(...reuse!.townshipRows.filter((part) => reusable.has(`${part.regionCode.slice(0, 6)}000000`)));
        computed.push(...reusable);
        for (const county of reusable) live.delete(county);
      }
      if (!rows.length && !reusable.size) {
        // Nothing stored for the province (the month in progress): one pass over it beats one per county.
        townshipRows.push(...(await this.engine.townshipParts(period, province, manager)));
        computed.push(...[...tree.values()].filter((node) => node.level === 'county').map((node) => node.code));
      } else {
        // The touched counties of a city in one pass over it when they are enough of its counties (domain/passes.ts).
        const countiesOf = new Map<string, number>();
        for (const node of tree.values()) {
          const city = impliedParentCode(node.code)!;
          if (node.level === 'county') countiesOf.set(city, (countiesOf.get(city) ?? 0) + 1);
        }
        const mine = [...live].filter((county) => county.startsWith(province.slice(0, 2)));
        for (const pass of countyPasses(mine, (city) => countiesOf.get(city) ?? 0)) {
          const parts = await this.engine.townshipParts(period, pass.slice, manager);
          const kept = new Set(pass.counties);
          townshipRows.push(...parts.filter((part) => kept.has(`${part.regionCode.slice(0, 6)}000000`)));
          computed.push(...pass.counties);
        }
      }
      rows.push(...townshipRows.filter((part) => part.regionCode.startsWith(province.slice(0, 2))));
      const population = await this.engine.populations(tree, Number(month.slice(0, 4)), manager);
      for (const row of rollUp(rows, { indicators: INDICATORS, regions: tree, population, days: period.days })) {
        if (wanted.has(row.regionCode) || subtrees.some((prefix) => row.regionCode.startsWith(prefix))) result.push(row);
      }
    }
    return { rolled: result, computed, townshipRows };
  }
}
