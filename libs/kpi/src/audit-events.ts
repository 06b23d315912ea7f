import { auditEvent } from '@yiyang/auth';
import type { Binding, Comparator } from './domain/attainment';

/** What a target entry keeps of the target: the number it sets and how binding it is. */
export interface TargetSetting {
  comparator: Comparator;
  value: number;
  binding: Binding;
}

/** A target set or replaced for a region, indicator and year (entity id `region/indicator/year`); a new one has no before. */
export const KpiTargetSet = auditEvent<TargetSetting | null, TargetSetting>('kpi_target', 'set_target');

/** What a saved what-if scenario entry keeps: its name, region, month and changes. */
export interface ScenarioSetting {
  name: string;
  regionCode: string;
  month: string;
  changes: unknown[];
}

/** A what-if scenario (情景推演) saved, changed or deleted. */
export const KpiScenarioCreated = auditEvent<null, ScenarioSetting>('kpi_scenario', 'create');
export const KpiScenarioUpdated = auditEvent<ScenarioSetting, ScenarioSetting>('kpi_scenario', 'update');
export const KpiScenarioDeleted = auditEvent<ScenarioSetting, null>('kpi_scenario', 'delete');
