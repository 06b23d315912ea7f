import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STANDING_ASSESSMENT } from '@yiyang/assessments';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { endOfMonth, ForbiddenError, InvalidInputError, MASKED_NAME, NotFoundError, regionAncestry, regionSubtreePrefix, requestContext } from '@yiyang/core';
import { meetsAny, RESIDENT_SCOPE, type PersonFacts } from '@yiyang/residents';
import { ORDER_SCOPE } from './order-scope';
import type { DataSource, EntityManager } from 'typeorm';
import { formatYuan, monthlyWorth, splitPrice, type SubsidyTerms } from './domain/subsidy';
import type { ProviderStatementDto, QuoteDto, ResidentStatementDto, SubsidyRuleDto, SubsidyRuleInputDto } from './dto/service.dto';
import { FACILITY_SCOPE } from './slots.service';
import { SubsidyRule } from './service.entity';

const RULE_SELECT = `
  SELECT id, region_code AS "regionCode", name, conditions, monthly_cap_cents AS "monthlyCapCents", per_order_cap_cents AS "perOrderCapCents",
         orders_per_month AS "ordersPerMonth", rate_percent AS "ratePercent", service_types AS "serviceTypes",
         valid_from AS "validFrom", valid_to AS "validTo"
    FROM subsidy_rule`;

/** Live orders hold their subsidy; cancelled and no-show ones give it back. */
export const HOLDS_SUBSIDY = `status IN ('booked', 'checked_in', 'completed')`;

type AllowanceView = NonNullable<QuoteDto['allowance']>;

export interface AppliedRule extends SubsidyTerms {
  id: string;
  name: string;
}

/** Orders worth (Infinity included) without subtracting infinities. */
const compareWorth = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);


function totals(rows: { priceCents: number; subsidyCents: number; selfPayCents: number }[]) {
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const [priceCents, subsidyCents, selfPayCents] = [sum((r) => r.priceCents), sum((r) => r.subsidyCents), sum((r) => r.selfPayCents)];
  return { orders: rows.length, priceCents, subsidyCents, selfPayCents, price: formatYuan(priceCents), subsidy: formatYuan(subsidyCents), selfPay: formatYuan(selfPayCents) };
}

/** The allowance of a month as people read it: the rule, what is used, what is left. */
export function allowanceOf(rule: AppliedRule | null, use: { usedCents: number }): AllowanceView | null {
  return (
    rule && {
      ruleId: rule.id,
      ruleName: rule.name,
      monthlyCapCents: rule.monthlyCapCents,
      usedCents: use.usedCents,
      remainingCents: rule.monthlyCapCents === null ? null : Math.max(rule.monthlyCapCents - use.usedCents, 0),
    }
  );
}

/**
 * Service subsidies: rules as data per region (who, and how much), the rule that applies to a person, what they
 * have used in a month, and the monthly statements per person and per provider.
 */
@Injectable()
export class SubsidiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async createRule(input: SubsidyRuleInputDto, scope: AccessScope): Promise<SubsidyRuleDto> {
    if (!scope.covers({ regionCode: input.regionCode })) throw new ForbiddenError('That region is not yours');
    if (input.validTo && input.validTo <= input.validFrom) throw InvalidInputError.of([{ field: 'validTo', message: 'validTo comes after validFrom' }]);
    if (input.monthlyCapCents == null && input.perOrderCapCents == null && (input.ratePercent ?? 100) === 100) {
      throw InvalidInputError.of([{ field: 'monthlyCapCents', message: 'a subsidy needs a limit: a monthly allowance, a per-order cap, or a share below 100 %' }]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const [region] = await manager.query(`SELECT code FROM region WHERE code = $1`, [input.regionCode]);
      if (!region) throw InvalidInputError.of([{ field: 'regionCode', message: 'no such region' }]);
      const rule = manager.create(SubsidyRule, {
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
      });
      await manager.insert(SubsidyRule, rule);
      await this.audit.record(manager, { action: 'create', entity: 'subsidy_rule', entityId: rule.id, after: { ...input } });
      return rule.id;
    });
    const [row] = await this.dataSource.query(`${RULE_SELECT} WHERE id = $1`, [id]);
    return row;
  }

  /** Rules of the caller's region and above (the ones that can apply to their people); all for administrators. */
  async listRules(scope: AccessScope): Promise<SubsidyRuleDto[]> {
    if (scope.unrestricted || !scope.user.regionCode) return scope.unrestricted ? this.dataSource.query(`${RULE_SELECT} ORDER BY region_code, valid_from`) : [];
    const prefix = regionSubtreePrefix(scope.user.regionCode);
    return this.dataSource.query(`${RULE_SELECT} WHERE region_code = ANY($1) OR region_code LIKE $2 ORDER BY region_code, valid_from`, [regionAncestry(scope.user.regionCode), `${prefix}%`]);
  }

  /**
   * The rule that applies to a person on a date: in force then, for their 户籍 region or a region above it, with a
   * condition they meet (categories, standing assessed level, age). Where several apply, the nearest region's wins,
   * then the one worth more a month (allowance, or vouchers × face value): one entitlement per person and month.
   */
  async applicableRule(manager: EntityManager, residentId: string, date: string): Promise<AppliedRule | null> {
    const [person] = await manager.query(
      `SELECT r.hukou_region_code AS "hukouRegionCode", r.categories, extract(year FROM age($2::date, r.birth_date))::int AS age, sa.level, coalesce(sa.dementia, false) AS dementia
         FROM resident r
         LEFT JOIN LATERAL ${STANDING_ASSESSMENT('r.id', '$2::date', `a.final_level AS level, (a.conditions ->> 'dementiaDiagnosis')::boolean AS dementia`)} sa ON TRUE
        WHERE r.id = $1`,
      [residentId, date],
    );
    if (!person) return null;
    const chain = regionAncestry(person.hukouRegionCode);
    const rules: (SubsidyRuleDto & { depth: number })[] = await manager.query(
      `${RULE_SELECT.replace('FROM subsidy_rule', ', array_position($1::text[], region_code) AS depth FROM subsidy_rule')}
        WHERE region_code = ANY($1::text[]) AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)`,
      [chain, date],
    );
    const facts: PersonFacts = { categories: person.categories, level: person.level, dementia: person.dementia, age: person.age };
    const eligible = rules
      .filter((rule) => meetsAny(rule.conditions, facts))
      .sort((a, b) => a.depth - b.depth || compareWorth(monthlyWorth(b), monthlyWorth(a)) || a.id.localeCompare(b.id));
    return eligible[0] ?? null;
  }

  /** What a person's live orders of a month already hold of their subsidy. */
  async usedInMonth(manager: EntityManager, residentId: string, month: string): Promise<{ usedCents: number; usedOrders: number }> {
    const [use] = await manager.query(
      `SELECT coalesce(sum(subsidy_cents), 0)::int AS "usedCents", count(*) FILTER (WHERE subsidy_cents > 0)::int AS "usedOrders"
         FROM service_order WHERE resident_id = $1 AND month = $2::date AND ${HOLDS_SUBSIDY}`,
      [residentId, month],
    );
    return use;
  }

  /**
   * How a price splits for a person booking a slot of a date: the rule that applies that day and what the person's
   * live orders already hold of that month (the booking writes this split; the quote shows it before).
   */
  async priceFor(manager: EntityManager, residentId: string, slot: { priceCents: number; serviceType: string; localDate: string }) {
    const month = `${slot.localDate.slice(0, 7)}-01`;
    const rule = await this.applicableRule(manager, residentId, slot.localDate);
    const use = await this.usedInMonth(manager, residentId, month);
    return { month, rule, use, split: splitPrice(slot.priceCents, slot.serviceType, rule, use) };
  }

  /** A person's month: the services delivered with their split, and the allowance with what is used and left. */
  async residentStatement(residentId: string, month: string, scope: AccessScope): Promise<ResidentStatementDto> {
    const first = `${month}-01`;
    const params: unknown[] = [residentId];
    const [person] = await this.dataSource.query(`SELECT r.id, ${MASKED_NAME('r.name')} AS name FROM resident r WHERE r.id = $1 AND ${scope.sql(RESIDENT_SCOPE, params)}`, params);
    if (!person) throw new NotFoundError('Resident', residentId);
    // A facility serving the person sees the lines of orders it provided or booked, not the other facilities'.
    const lineParams: unknown[] = [residentId, first];
    const lines = await this.dataSource.query(
      `SELECT o.id AS "orderId", s.starts_at AS "startsAt", o.service_type AS "serviceType", f.name AS "facilityName",
              o.price_cents AS "priceCents", o.subsidy_cents AS "subsidyCents", o.self_pay_cents AS "selfPayCents"
         FROM service_order o JOIN service_slot s ON s.id = o.slot_id JOIN facility f ON f.id = o.facility_id JOIN resident r ON r.id = o.resident_id
        WHERE o.resident_id = $1 AND o.month = $2::date AND o.status = 'completed' AND ${scope.sql(ORDER_SCOPE, lineParams)}
        ORDER BY s.starts_at, o.id`,
      lineParams,
    );
    const manager = this.dataSource.manager;
    // The entitlement as it stands at the month's end (a rule may begin, or a person turn 80, within the month);
    // each line keeps the split its booking got.
    const rule = await this.applicableRule(manager, residentId, endOfMonth(first));
    const use = await this.usedInMonth(manager, residentId, first);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return {
      residentId,
      residentName: person.name,
      month,
      allowance: allowanceOf(rule, use),
      lines,
      totals: totals(lines),
    };
  }

  /** A provider's month: delivered orders by service type — the subsidy to claim, the self-pay collected. */
  async providerStatement(facilityId: string, month: string, scope: AccessScope): Promise<ProviderStatementDto> {
    const params: unknown[] = [facilityId];
    const [facility] = await this.dataSource.query(`SELECT f.id, f.name FROM facility f WHERE f.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)}`, params);
    if (!facility) throw new NotFoundError('Facility', facilityId);
    const rows: ({ serviceType: string; people: number } & { priceCents: number; subsidyCents: number; selfPayCents: number; orders: number })[] = await this.dataSource.query(
      `SELECT service_type AS "serviceType", count(*)::int AS orders, count(DISTINCT resident_id)::int AS people,
              sum(price_cents)::int AS "priceCents", sum(subsidy_cents)::int AS "subsidyCents", sum(self_pay_cents)::int AS "selfPayCents"
         FROM service_order WHERE facility_id = $1 AND month = $2::date AND status = 'completed'
        GROUP BY service_type ORDER BY service_type`,
      [facilityId, `${month}-01`],
    );
    const byServiceType = rows.map((row) => ({
      serviceType: row.serviceType,
      people: row.people,
      ...totals([{ priceCents: row.priceCents, subsidyCents: row.subsidyCents, selfPayCents: row.selfPayCents }]),
      orders: row.orders,
    }));
    const all = totals(rows);
    return {
      facilityId,
      facilityName: facility.name,
      month,
      byServiceType: byServiceType as ProviderStatementDto['byServiceType'],
      totals: { ...all, orders: rows.reduce((n, row) => n + row.orders, 0) },
    };
  }
}
