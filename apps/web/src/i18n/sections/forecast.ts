import type { Shape } from '../shape';

/** 达标预测: the projection on an indicator's page and the board's "expected to miss" order (GET /kpi/{indicator}/forecast). */
export const forecastZhCN = {
  title: '达标预测',
  expected: '按当前趋势，预计 {{month}} 达标',
  range: '{{level}}% 区间：{{earliest}} 至 {{latest}}',
  rangeOpen: '{{level}}% 区间：最早 {{earliest}}；不利情形下到 {{horizon}} 仍未达标',
  notAtPace: '按此速度无法达标',
  notAtPaceDetail: '按当前趋势，到 {{horizon}} 仍达不到目标',
  notAtPaceChance: '（有利情形下最早 {{earliest}} 达标）',
  met: '已达标',
  tooLittle: '数据不足：不足 6 个月的历史，暂不预测',
  noTarget: '无目标，不作预测',
  method: '预测方法：{{method}}（按回测误差较小者选用：最近 {{holdout}} 个月的均方根误差，回归 {{regression}}，Holt {{holt}}）',
  trendStart: '第一个预测月落在按历史拟合的趋势上，不一定等于最近一个月的实际值，虚线在此可能出现一步跳变。',
  capped: '部分月份的预测已按取值范围截断（数量不小于 0，占比的分子不超过分母）。',
  projection: '预测值',
  band: '{{level}}% 预测区间',
  sortMiss: '按预计未达标排序',
  cardExpected: '预计 {{month}} 达标',
};

export const forecastEn: Shape<typeof forecastZhCN> = {
  title: 'Forecast',
  expected: 'At the current trend, expected to be met in {{month}}',
  range: '{{level}} % interval: {{earliest}} to {{latest}}',
  rangeOpen: '{{level}} % interval: {{earliest}} at the earliest; not met by {{horizon}} in the unfavourable case',
  notAtPace: 'Not at this pace',
  notAtPaceDetail: 'At the current trend the target is still not met by {{horizon}}',
  notAtPaceChance: ' (in the favourable case met in {{earliest}})',
  met: 'Met',
  tooLittle: 'Too little history: fewer than 6 months, no forecast',
  noTarget: 'No target, no forecast',
  method: 'Method: {{method}} (the one with the smaller back-test error: root mean squared error over the last {{holdout}} months, regression {{regression}}, Holt {{holt}})',
  trendStart: 'The first projected month lies on the trend fitted to the history, not necessarily at the last actual value: the dashed line may step there.',
  capped: 'Some projected months were held to what the parts can be (counts at zero, a share’s rows at their base).',
  projection: 'Projection',
  band: '{{level}} % prediction interval',
  sortMiss: 'Sort by expected to miss',
  cardExpected: 'Expected to be met in {{month}}',
};
