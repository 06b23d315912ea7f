import { Injectable } from '@nestjs/common';
import { STANDING_ASSESSMENT } from '@yiyang/assessments';
import type { AccessScope } from '@yiyang/auth';
import { inForceOn, MASKED_NAME } from '@yiyang/core';
import { RESIDENT_SCOPE } from '@yiyang/residents';
import type { EntityManager } from 'typeorm';
import type { ServiceType } from '../domain/service-types';
import type { SubsidyTerms } from '../domain/subsidy';
import { ORDER_SCOPE } from '../orders/order-scope';
import { SubsidyRule } from './subsidy-rule.entity';

export type SubsidyRuleRow = Omit<SubsidyRule, 'region' | 'createdBy' | 'createdAt'>;

export interface AppliedRule extends SubsidyTerms {
  id: string;
  name: string;
}

/** A rule that may apply to a person, with how far up their 户籍 region's ancestry it is set (1: their own region). */
export type CandidateRule = SubsidyRuleRow & { depth: number };

/** What eligibility is decided on: the person's categories, standing assessed level, age, 户籍 region. */
export interface EligibilityFacts {
  hukouRegionCode: string;
  categories: string[];
  age: number;
  level: number | null;
  dementia: boolean;
}

export interface StatementLineRow {
  orderId: string;
  startsAt: Date;
  serviceType: ServiceType;
  facilityName: string;
  priceCents: number;
  subsidyCents: number;
  selfPayCents: number;
}

export interface ProviderTotalsRow {
  serviceType: ServiceType;
  orders: number;
  people: number;
  priceCents: number;
  subsidyCents: number;
  selfPayCents: number;
}

/** Live orders hold their subsidy; cancelled and no-show ones give it back. */
export const HOLDS_SUBSIDY = `status IN ('booked', 'checked_in', 'completed')`;

const RULE_SELECT = `
  SELECT id, region_code AS "regionCode", name, conditions, monthly_cap_cents AS "monthlyCapCents", per_order_cap_cents AS "perOrderCapCents",
         orders_per_month AS "ordersPerMonth", rate_percent AS "ratePercent", service_types AS "serviceTypes",
         valid_from AS "validFrom", valid_to AS "validTo"`;

/** Subsidy rules, and what orders hold of them: the SQL of the subsidies aggregate. */
@Injectable()
export class SubsidiesRepository {
  async insertRule(rule: Omit<SubsidyRule, 'id' | 'region' | 'createdAt'>, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.insert(SubsidyRule, rule);
    return identifiers[0].id;
  }

  async findRule(id: string, manager: EntityManager): Promise<SubsidyRuleRow | null> {
    const [row] = await manager.query(`${RULE_SELECT} FROM subsidy_rule WHERE id = $1`, [id]);
    return row ?? null;
  }

  allRules(manager: EntityManager): Promise<SubsidyRuleRow[]> {
    return manager.query(`${RULE_SELECT} FROM subsidy_rule ORDER BY region_code, valid_from`);
  }

  /** Rules of the regions `ancestry` (a region and those above it) and of every region below `subtreePattern`. */
  rulesAroundRegion(ancestry: string[], subtreePattern: string, manager: EntityManager): Promise<SubsidyRuleRow[]> {
    return manager.query(`${RULE_SELECT} FROM subsidy_rule WHERE region_code = ANY($1) OR region_code LIKE $2 ORDER BY region_code, valid_from`, [ancestry, subtreePattern]);
  }

  /** Rules in force on `date` for the regions of `chain` (a 户籍 region and those above it). */
  rulesInForce(chain: string[], date: string, manager: EntityManager): Promise<CandidateRule[]> {
    return manager.query(`${RULE_SELECT}, array_position($1::text[], region_code) AS depth FROM subsidy_rule WHERE region_code = ANY($1::text[]) AND ${inForceOn('', '$2::date')}`, [
      chain,
      date,
    ]);
  }

  /** The facts about a person on a date that rules' conditions test. */
  async eligibilityFacts(residentId: string, date: string, manager: EntityManager): Promise<EligibilityFacts | null> {
    const [person] = await manager.query(
      `SELECT r.hukou_region_code AS "hukouRegionCode", r.categories, extract(year FROM age($2::date, r.birth_date))::int AS age, sa.level, coalesce(sa.dementia, false) AS dementia
         FROM resident r
         LEFT JOIN LATERAL ${STANDING_ASSESSMENT('r.id', '$2::date', `a.final_level AS level, (a.conditions ->> 'dementiaDiagnosis')::boolean AS dementia`)} sa ON TRUE
        WHERE r.id = $1`,
      [residentId, date],
    );
    return person ?? null;
  }

  /** What a person's live orders of a month (its first day) already hold of their subsidy. */
  async usedInMonth(residentId: string, month: string, manager: EntityManager): Promise<{ usedCents: number; usedOrders: number }> {
    const [use] = await manager.query(
      `SELECT coalesce(sum(subsidy_cents), 0)::int AS "usedCents", count(*) FILTER (WHERE subsidy_cents > 0)::int AS "usedOrders"
         FROM service_order WHERE resident_id = $1 AND month = $2::date AND ${HOLDS_SUBSIDY}`,
      [residentId, month],
    );
    return use;
  }

  /** The person, name masked, if the caller's scope covers them. */
  async findPersonInScope(residentId: string, scope: AccessScope, manager: EntityManager): Promise<{ id: string; name: string } | null> {
    const params: unknown[] = [residentId];
    const [person] = await manager.query(`SELECT r.id, ${MASKED_NAME('r.name')} AS name FROM resident r WHERE r.id = $1 AND ${scope.sql(RESIDENT_SCOPE, params)}`, params);
    return person ?? null;
  }

  /**
   * A person's completed orders of a month (its first day) that the caller may see: a facility serving the person sees
   * the lines of orders it provided or booked, not the other facilities'.
   */
  statementLines(residentId: string, month: string, scope: AccessScope, manager: EntityManager): Promise<StatementLineRow[]> {
    const params: unknown[] = [residentId, month];
    return manager.query(
      `SELECT o.id AS "orderId", s.starts_at AS "startsAt", o.service_type AS "serviceType", f.name AS "facilityName",
              o.price_cents AS "priceCents", o.subsidy_cents AS "subsidyCents", o.self_pay_cents AS "selfPayCents"
         FROM service_order o JOIN service_slot s ON s.id = o.slot_id JOIN facility f ON f.id = o.facility_id JOIN resident r ON r.id = o.resident_id
        WHERE o.resident_id = $1 AND o.month = $2::date AND o.status = 'completed' AND ${scope.sql(ORDER_SCOPE, params)}
        ORDER BY s.starts_at, o.id`,
      params,
    );
  }

  /** A provider's completed orders of a month (its first day), summed by service type. */
  providerTotals(facilityId: string, month: string, manager: EntityManager): Promise<ProviderTotalsRow[]> {
    return manager.query(
      `SELECT service_type AS "serviceType", count(*)::int AS orders, count(DISTINCT resident_id)::int AS people,
              sum(price_cents)::int AS "priceCents", sum(subsidy_cents)::int AS "subsidyCents", sum(self_pay_cents)::int AS "selfPayCents"
         FROM service_order WHERE facility_id = $1 AND month = $2::date AND status = 'completed'
        GROUP BY service_type ORDER BY service_type`,
      [facilityId, month],
    );
  }
}
