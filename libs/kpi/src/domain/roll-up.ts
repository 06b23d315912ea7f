import { regionAncestry, type RegionLevel } from '@yiyang/core';
import type { IndicatorDefinition } from './indicators';

/** One indicator's parts in one region: what adds up the tree. */
export interface IndicatorParts {
  regionCode: string;
  indicator: string;
  numerator: number;
  denominator: number | null;
}

export interface RolledParts extends IndicatorParts {
  /** Per-county indicators: the smallest county-level numerator within the region (the county's own for a county). */
  countyMin: number | null;
  populationBasis: PopulationBasis | null;
}

export type PopulationBasis = 'registered' | 'resident';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface ResolvedPopulation {
  age60Plus: number;
  basis: PopulationBasis;
}

export interface RollUpContext {
  indicators: readonly IndicatorDefinition[];
  /** Every region the result may hold (the rollup's root and its subtree); township rows outside it are ignored. */
  regions: ReadonlyMap<string, RegionNode>;
  /** The older population of a region (own figure, or the sum of the nearest figures below). */
  population(code: string): ResolvedPopulation | null;
  /** Days the month's flow indicators divide by. */
  days: number;
}

/**
 * Sums township parts up the region tree: every region's numerator (and summed denominator) is the sum over the
 * townships below it — never an average of their percentages. Population denominators are taken per region (its
 * own figure or the sum below it), days are the month's. A `population_less` numerator is the region's population
 * less the sum below it; a region without a population has no row for it (no value). Pure, so the rollup and the live path share it.
 */
export function rollUp(townshipRows: readonly IndicatorParts[], context: RollUpContext): RolledParts[] {
  const definitions = new Map(context.indicators.map((indicator) => [indicator.id, indicator]));
  const sums = new Map<string, { numerator: number; denominator: number }>();
  const key = (code: string, indicator: string) => `${code}|${indicator}`;
  for (const row of townshipRows) {
    if (!definitions.has(row.indicator) || !context.regions.has(row.regionCode)) continue;
    for (const code of regionAncestry(row.regionCode)) {
      if (!context.regions.has(code)) continue;
      const sum = sums.get(key(code, row.indicator)) ?? { numerator: 0, denominator: 0 };
      sum.numerator += row.numerator;
      sum.denominator += row.denominator ?? 0;
      sums.set(key(code, row.indicator), sum);
    }
  }
  const countyMins = perCountyMinimums(sums, context);
  const result: RolledParts[] = [];
  for (const [compound, sum] of sums) {
    const [regionCode, indicator] = compound.split('|');
    const definition = definitions.get(indicator)!;
    let denominator: number | null = null;
    let populationBasis: PopulationBasis | null = null;
    switch (definition.denominator.kind) {
      case 'sum':
        denominator = sum.denominator;
        break;
      case 'population': {
        const population = context.population(regionCode);
        denominator = population?.age60Plus ?? null;
        populationBasis = population?.basis ?? null;
        break;
      }
      case 'days':
        denominator = context.days;
        break;
      case 'none':
        break;
    }
    let numerator = sum.numerator;
    if (definition.numeratorBase === 'population_less') {
      // The region's older population less the people the township parts counted out of it (never below zero).
      const population = context.population(regionCode);
      if (!population) continue;
      numerator = Math.max(0, population.age60Plus - sum.numerator);
      populationBasis = population.basis;
    }
    result.push({
      regionCode,
      indicator,
      numerator: round(numerator),
      denominator: denominator === null ? null : round(denominator),
      countyMin: countyMins.get(compound) ?? null,
      populationBasis,
    });
  }
  return result.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.indicator.localeCompare(b.indicator));
}

/** For per-county indicators, the smallest county numerator under each region at or above the county level. */
function perCountyMinimums(sums: Map<string, { numerator: number }>, context: RollUpContext): Map<string, number> {
  const minimums = new Map<string, number>();
  for (const indicator of context.indicators.filter((definition) => definition.perCounty)) {
    for (const region of context.regions.values()) {
      if (region.level !== 'county') continue;
      const value = sums.get(`${region.code}|${indicator.id}`)?.numerator ?? 0;
      for (const code of regionAncestry(region.code)) {
        if (!context.regions.has(code)) continue;
        const compound = `${code}|${indicator.id}`;
        minimums.set(compound, Math.min(minimums.get(compound) ?? Infinity, value));
      }
    }
  }
  return minimums;
}

/** Sums of money and counts stay exact to the cent. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An indicator's value from its parts: the count itself, or numerator / denominator × scale; null without a base. */
export function valueOf(definition: IndicatorDefinition, numerator: number | null, denominator: number | null): number | null {
  if (numerator === null) return null;
  if (definition.denominator.kind === 'none') return numerator;
  if (!denominator) return null;
  const value = (numerator / denominator) * definition.scale;
  const factor = 10 ** (definition.decimals + 2);
  return Math.round(value * factor) / factor;
}
