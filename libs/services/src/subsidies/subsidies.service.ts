import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { firstDayOf, ForbiddenError, InvalidInputError, lastDayOf, monthOf, orNotFound, regionAncestry, regionSubtreePrefix, requestContext, today } from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import { RegionsRepository } from '@yiyang/regions';
import { meetsAny, type PersonFacts } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { SubsidyRuleCreated } from '../audit-events';
import { monthlyWorth, splitPrice } from '../domain/subsidy';
import { type AppliedRule, SubsidiesRepository } from './subsidies.repository';
import {
  mapAllowance,
  mapMoneyTotals,
  mapProviderLine,
  mapStatementLine,
  mapSubsidyRule,
  type ProviderStatementDto,
  type ResidentStatementDto,
  type SubsidyRuleDto,
  type SubsidyRuleInputDto,
} from './subsidy.dto';

/** Orders worth (Infinity included) without subtracting infinities. */
const compareWorth = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);

/**
 * Service subsidies: rules as data per region (who, and how much), the rule that applies to a person, what they
 * have used in a month, and the monthly statements per person and per provider.
 */
@Injectable()
export class SubsidiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subsidies: SubsidiesRepository,
    private readonly regions: RegionsRepository,
    private readonly facilities: FacilitiesRepository,
    private readonly audit: AuditService,
  ) {}

  async createRule(input: SubsidyRuleInputDto, scope: AccessScope): Promise<SubsidyRuleDto> {
    if (!scope.covers({ regionCode: input.regionCode })) throw new ForbiddenError('That region is not yours');
    if (input.validTo && input.validTo <= input.validFrom) throw InvalidInputError.of([{ field: 'validTo', message: 'validTo comes after validFrom' }]);
    if (input.monthlyCapCents == null && input.perOrderCapCents == null && (input.ratePercent ?? 100) === 100) {
      throw InvalidInputError.of([{ field: 'monthlyCapCents', message: 'a subsidy needs a limit: a monthly allowance, a per-order cap, or a share below 100 %' }]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await this.regions.findByCode(input.regionCode, manager))) throw InvalidInputError.of([{ field: 'regionCode', message: 'no such region' }]);
      const ruleId = await this.subsidies.insertRule(
        {
          regionCode: input.regionCode,
          name: input.name,
          conditions: input.conditions,
          monthlyCapCents: input.monthlyCapCents ?? null,
          perOrderCapCents: input.perOrderCapCents ?? null,
          ordersPerMonth: input.ordersPerMonth ?? null,
          ratePercent: input.ratePercent ?? 100,
          serviceTypes: input.serviceTypes ?? [],
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
          createdBy: requestContext.current()?.userId ?? null,
        },
        manager,
      );
      await this.audit.record(manager, SubsidyRuleCreated, { entityId: ruleId, after: { ...input } });
      return ruleId;
    });
    return mapSubsidyRule((await this.subsidies.findRule(id, this.dataSource.manager))!);
  }

  /** Rules of the caller's region and above (the ones that can apply to their people); all for administrators. */
  async listRules(scope: AccessScope): Promise<SubsidyRuleDto[]> {
    const manager = this.dataSource.manager;
    if (scope.unrestricted) return (await this.subsidies.allRules(manager)).map(mapSubsidyRule);
    if (!scope.user.regionCode) return [];
    const rules = await this.subsidies.rulesAroundRegion(regionAncestry(scope.user.regionCode), `${regionSubtreePrefix(scope.user.regionCode)}%`, manager);
    return rules.map(mapSubsidyRule);
  }

  /**
   * The rule that applies to a person on a date: in force then, for their 户籍 region or a region above it, with a
   * condition they meet (categories, standing assessed level, age). Where several apply, the nearest region's wins,
   * then the one worth more a month (allowance, or vouchers × face value): one entitlement per person and month.
   */
  async applicableRule(manager: EntityManager, residentId: string, date: string): Promise<AppliedRule | null> {
    const person = await this.subsidies.eligibilityFacts(residentId, date, manager);
    if (!person) return null;
    const rules = await this.subsidies.rulesInForce(regionAncestry(person.hukouRegionCode), date, manager);
    const facts: PersonFacts = { categories: person.categories, level: person.level, dementia: person.dementia, age: person.age };
    const eligible = rules
      .filter((rule) => meetsAny(rule.conditions, facts))
      .sort((a, b) => a.depth - b.depth || compareWorth(monthlyWorth(b), monthlyWorth(a)) || a.id.localeCompare(b.id));
    return eligible[0] ?? null;
  }

  /**
   * How a price splits for a person booking a slot of a date: the rule that applies that day and what the person's
   * live orders already hold of that month (the booking writes this split; the quote shows it before).
   */
  async priceFor(manager: EntityManager, residentId: string, slot: { priceCents: number; serviceType: string; localDate: string }) {
    const month = firstDayOf(monthOf(slot.localDate));
    const rule = await this.applicableRule(manager, residentId, slot.localDate);
    const use = await this.subsidies.usedInMonth(residentId, month, manager);
    return { month, rule, use, split: splitPrice(slot.priceCents, slot.serviceType, rule, use) };
  }

  /** A person's month: the services delivered with their split, and the allowance with what is used and left. */
  async residentStatement(residentId: string, month: string, scope: AccessScope): Promise<ResidentStatementDto> {
    const manager = this.dataSource.manager;
    const first = firstDayOf(month);
    const person = orNotFound(await this.subsidies.findPersonInScope(residentId, scope, manager), 'Resident', residentId);
    const lines = await this.subsidies.statementLines(residentId, first, scope, manager);
    // The entitlement as it stands at the month's end (a rule may begin, or a person turn 80, within the month);
    // each line keeps the split its booking got.
    const rule = await this.applicableRule(manager, residentId, lastDayOf(month));
    const use = await this.subsidies.usedInMonth(residentId, first, manager);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return {
      residentId,
      residentName: person.name,
      month,
      allowance: mapAllowance(rule, use),
      lines: lines.map(mapStatementLine),
      totals: mapMoneyTotals(lines),
    };
  }

  /** A provider's month: delivered orders by service type — the subsidy to claim, the self-pay collected. */
  async providerStatement(facilityId: string, month: string, scope: AccessScope): Promise<ProviderStatementDto> {
    const manager = this.dataSource.manager;
    const facility = orNotFound(await this.facilities.findInScope(facilityId, today(), scope, manager), 'Facility', facilityId);
    const rows = await this.subsidies.providerTotals(facilityId, firstDayOf(month), manager);
    return {
      facilityId,
      facilityName: facility.name,
      month,
      byServiceType: rows.map(mapProviderLine),
      totals: { ...mapMoneyTotals(rows), orders: rows.reduce((n, row) => n + row.orders, 0) },
    };
  }
}
