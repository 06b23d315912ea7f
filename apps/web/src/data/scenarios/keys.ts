/** Query keys of the what-if scenarios: a save or delete invalidates `scenarioKeys.all`. */
export const scenarioKeys = {
  all: ['scenarios'] as const,
  list: () => [...scenarioKeys.all, 'list'] as const,
  one: (id: string) => [...scenarioKeys.all, 'one', id] as const,
  evaluation: (id: string) => [...scenarioKeys.all, 'evaluation', id] as const,
  inverse: (indicator: string, regionCode: string, month: string) => [...scenarioKeys.all, 'inverse', indicator, regionCode, month] as const,
};
