import type { components } from '@web/api/schema';

type Schemas = components['schemas'];
export type ScenarioChange = Schemas['EvaluateScenarioDto']['changes'][number];
export type ChangeKind = ScenarioChange['kind'];
export type Scenario = Schemas['ScenarioDto'];
export type ScenarioEvaluation = Schemas['ScenarioEvaluationDto'];
export type ScenarioItem = Schemas['ScenarioItemDto'];
export type Inverse = Schemas['InverseDto'];
/** What a draft link carries (/scenarios?draft=…). */
export interface ScenarioDraft {
  regionCode: string;
  month: string;
  changes: ScenarioChange[];
}
