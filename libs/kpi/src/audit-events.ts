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
