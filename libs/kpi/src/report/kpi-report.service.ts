import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import type { RegionLevel } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { shownValue } from '../domain/attainment';
import { INDICATORS } from '../domain/indicators';
import type { AttainmentDto } from '../dto/attainment.dto';
import { KpiAttainmentService } from '../kpi-attainment.service';
import { KpiEngine } from '../kpi-engine';
import { KpiValuesService, valueKey } from '../kpi-values.service';
import { buildKpiReport, forecastTextZh, type KpiReportInput, type ReportCell } from './kpi-report';

const LEVELS: RegionLevel[] = ['province', 'city', 'county', 'township'];

/** The region's own attainment as a summary row of the report. */
function summaryCell(item: AttainmentDto): ReportCell {
  return {
    value: item.value,
    numerator: item.numerator,
    denominator: item.denominator,
    target: item.target ? { year: item.target.year, comparator: item.target.comparator, value: item.target.value, binding: item.target.binding } : null,
    status: item.status,
    gapZh: item.gap?.zh ?? null,
    forecastZh: item.forecast ? forecastTextZh(item.forecast) : null,
  };
}

/** 养老服务主要指标月报: the month's attainment of a region, and its values for every region below, level by level. */
@Injectable()
export class KpiReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly values: KpiValuesService,
    private readonly attainment: KpiAttainmentService,
    private readonly engine: KpiEngine,
  ) {}

  async report(regionCode: string, month: string, scope: AccessScope): Promise<{ file: Buffer; fileName: string }> {
    const region = await this.values.region(regionCode, scope);
    // One read (or one live computation) of the month serves the summary and the sheets below it.
    const data = await this.values.ofMonth(month, regionCode, scope, INDICATORS.map((definition) => definition.id));
    const overview = await this.attainment.assess(region, month, scope, data);
    const tree = await this.engine.regionTree(regionCode, this.dataSource.manager);
    const depth = LEVELS.indexOf(region.level);
    const levels: KpiReportInput['levels'] = [];
    for (const level of LEVELS.slice(depth + 1)) {
      const regions = [...tree.values()].filter((node) => node.level === level && node.code !== regionCode);
      if (!regions.length) continue;
      const cells: Record<string, Record<string, ReportCell>> = {};
      for (const node of regions) {
        cells[node.code] = {};
        for (const definition of INDICATORS) {
          const parts = data.values.get(valueKey(node.code, definition.id));
          const value = parts ? shownValue(definition, parts, node.level) : null;
          cells[node.code][definition.id] = {
            value,
            numerator: parts?.numerator ?? null,
            denominator: parts?.denominator ?? null,
            target: null,
            status: value === null ? 'no_data' : 'no_target',
          };
        }
      }
      levels.push({ level, regions: regions.map((node) => ({ code: node.code, name: node.name, level: node.level })), cells });
    }
    const file = await buildKpiReport({
      month,
      region: { code: region.code, name: region.name, level: region.level },
      generatedAt: new Date(),
      source: data.source,
      indicators: INDICATORS.map((definition) => ({
        id: definition.id,
        nameZh: definition.nameZh,
        nameEn: definition.nameEn,
        unitZh: definition.unitZh,
        direction: definition.direction,
        decimals: definition.decimals,
      })),
      summary: Object.fromEntries(overview.items.map((item) => [item.indicator, summaryCell(item)])),
      levels,
    });
    return { file, fileName: `${region.name}-${month}-养老服务指标月报.xlsx` };
  }
}
