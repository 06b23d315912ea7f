import { GBT_42195_2022, itemProblems, scoreAssessment, type AssessmentConditions } from '@yiyang/assessments';

/**
 * Scoring 10,000 GB/T 42195-2022 assessments through the pure engine (item checks included), against a baseline
 * measured in the same run: merely summing the same items.
 */
const COUNT = 10_000;
const ROUNDS = 5;

function randomAssessments(count: number): { items: Record<string, number>; conditions: AssessmentConditions }[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => ({
    items: Object.fromEntries(GBT_42195_2022.items.map((item) => [item.code, item.allowed[Math.floor(random() * item.allowed.length)]])),
    conditions: { coma: random() < 0.01, dementiaDiagnosis: random() < 0.1, psychiatricDiagnosis: random() < 0.05, riskEvents30d: Math.floor(random() * 3) },
  }));
}

function time(fn: () => number): { ms: number; check: number } {
  const started = process.hrtime.bigint();
  const check = fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, check };
}

const data = randomAssessments(COUNT);
const baseline: number[] = [];
const engine: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  baseline.push(time(() => data.reduce((sum, a) => sum + Object.values(a.items).reduce((s, v) => s + v, 0), 0)).ms);
  engine.push(
    time(() => {
      let levels = 0;
      for (const a of data) {
        if (itemProblems(GBT_42195_2022, a.items).length) throw new Error('generated an invalid assessment');
        levels += scoreAssessment(GBT_42195_2022, a.items, a.conditions).finalLevel;
      }
      return levels;
    }).ms,
  );
}
const best = (values: number[]) => Math.min(...values);
process.stdout.write(
  [
    `scoring ${COUNT.toLocaleString('en')} assessments (GB/T 42195-2022, items checked and scored), best of ${ROUNDS} rounds:`,
    `  engine:   ${best(engine).toFixed(1)} ms  (${((COUNT / best(engine)) * 1000).toFixed(0)} assessments/s)`,
    `  baseline: ${best(baseline).toFixed(1)} ms  (summing the same items)`,
    `  engine / baseline: ${(best(engine) / best(baseline)).toFixed(1)}×`,
    '',
  ].join('\n'),
);
