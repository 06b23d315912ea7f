import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { AppConfig, firstDayOf, InvalidInputError, today } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { mapMismatch, mapOccupancy, type MismatchDto, type MismatchQuery, type OccupancyDto, type OccupancyQuery } from './dto/stay-report.dto';
import { StayReportsRepository } from './stay-reports.repository';

/** Reports over stays: who lies in the wrong kind of bed, and how full the facilities were in a month. */
@Injectable()
export class StayReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: StayReportsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * 护理需求错配: people whose standing level is 中度失能 or worse (≥ 2) lying in a general (non-care-type) bed on the
   * date, per facility, in the caller's scope.
   */
  async careMismatch(query: MismatchQuery, scope: AccessScope): Promise<MismatchDto[]> {
    const manager = this.dataSource.manager;
    const rows = await this.reports.careMismatch(query.date ?? today(), query, scope, manager);
    await this.audit.recordReads(manager, 'resident', rows.map((row) => row.residentId));
    return rows.map(mapMismatch);
  }

  /**
   * Occupancy of a month per facility, set-based over date ranges: available bed-days (open institution and
   * community beds in operating facilities, less out-of-service days), occupied bed-days, the rate, and the
   * level-weighted occupied-bed count operating subsidies are paid on (each stay's share of the month times the
   * weight of the occupant's standing level at month end). A month in progress counts up to and including today.
   */
  async occupancy(query: OccupancyQuery, scope: AccessScope): Promise<OccupancyDto[]> {
    const weights = Object.fromEntries(this.config.subsidyLevelWeights.split(',').map((pair) => pair.split(':')));
    const on = today();
    const firstDay = firstDayOf(query.month);
    if (firstDay > on) throw InvalidInputError.of([{ field: 'month', message: 'the month has not begun' }]);
    const rows = await this.reports.occupancy({ firstDay, today: on }, weights, query, scope, this.dataSource.manager);
    return rows.map(mapOccupancy);
  }
}
