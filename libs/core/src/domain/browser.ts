/**
 * The part of @yiyang/core a browser may load: pure functions with no Node.js, Nest or database behind them. The web
 * app resolves `@yiyang/core` here (apps/web/vite.config.ts), so the domain code it shares with the API
 * (libs/kpi/src/domain/months.ts, …) runs unchanged in both.
 */
export * from './dates';
export * from './months';
export * from './region-code';
export * from './masking';
