export * from './kpi-rollup.entity';
export * from './kpi-target.entity';
export * from './kpi-value.entity';
