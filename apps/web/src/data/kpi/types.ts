import type { components } from '@web/api/schema';

type Schemas = components['schemas'];
export type KpiOverview = Schemas['KpiOverviewDto'];
export type Attainment = Schemas['AttainmentDto'];
export type Indicator = Schemas['IndicatorDto'];
export type IndicatorSource = Indicator['source'];
export type SeriesItem = Schemas['SeriesItemDto'];
export type KpiSeriesSet = Schemas['KpiSeriesSetDto'];
export type Breakdown = Schemas['BreakdownDto'];
export type KpiMatrix = Schemas['KpiMatrixDto'];
export type Forecast = Schemas['ForecastDto'];
export type AttainmentForecast = Schemas['AttainmentForecastDto'];
export type Target = Schemas['TargetDto'];
export type PutTarget = Schemas['PutTargetDto'];
