import { generateScale, type ScaleResult } from './load-scale';
import { SCALE_PROVINCE, SCALE_PROVINCE_NAME, type ScaleOptions } from './plan';

/**
 * Province-scale data set (规模测试省, code 98) for the KPI rollup benchmark, written with COPY into a migrated database.
 *
 *   npm run seed:scale -- --database-url postgres://… --facilities 2000 --townships 1300 --beds 300000 \
 *     --stays 1000000 --orders 5000000 --month 2026-10 [--residents N] [--seed 42] [--check-references]
 *
 * Every row is a pure function of the seed and its index (or of a per-parent PRNG), so child tables regenerate their
 * parents instead of keeping them: only small per-bed and per-person arrays stay in memory. Foreign keys are not
 * re-checked row by row during the load (session_replication_role = replica skips the RI triggers; CHECK, unique and
 * exclusion constraints still hold) because the generator builds references from the same indexes it writes;
 * --check-references keeps the RI triggers on.
 *
 * This file is the command line. The plan (./plan.ts: how many of what, where) is drawn from the seed alone; each
 * table's rows come from a generator in ./rows, one file per domain; ./load-scale.ts writes them in order through
 * ./copy.ts. Random draws come from the demo's helpers (../demo/random.ts), which the demo loader shares.
 */

function argument(args: string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  return args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
}

export function scaleOptionsFrom(args: string[], defaults: Partial<ScaleOptions> = {}): Omit<ScaleOptions, 'databaseUrl'> & { databaseUrl: string | undefined } {
  const number = (name: string, fallback: number) => {
    const value = argument(args, name);
    const parsed = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number, not ${value}`);
    return parsed;
  };
  const stays = number('stays', defaults.stays ?? 1_000_000);
  return {
    databaseUrl: argument(args, 'database-url') ?? defaults.databaseUrl,
    facilities: number('facilities', defaults.facilities ?? 2000),
    townships: number('townships', defaults.townships ?? 1300),
    beds: number('beds', defaults.beds ?? 300_000),
    stays,
    orders: number('orders', defaults.orders ?? 5_000_000),
    month: argument(args, 'month') ?? defaults.month ?? '2026-10',
    residents: number('residents', defaults.residents ?? Math.ceil(stays * 1.25)),
    seed: number('seed', defaults.seed ?? 42),
    checkReferences: args.includes('--check-references'),
  };
}

export function formatScaleResult(result: ScaleResult): string {
  const lines = Object.entries(result.seconds).map(([table, seconds]) => {
    const count = result.counts[table];
    return `  ${table.padEnd(20)} ${count === undefined ? ''.padStart(10) : count.toLocaleString('en-US').padStart(10)} rows  ${seconds.toFixed(1).padStart(7)} s`;
  });
  return `${lines.join('\n')}\n  ${'total'.padEnd(20)} ${''.padStart(10)}       ${result.totalSeconds.toFixed(1).padStart(7)} s\n`;
}

if (require.main === module) {
  const options = scaleOptionsFrom(process.argv.slice(2));
  if (!options.databaseUrl) {
    process.stderr.write('usage: npm run seed:scale -- --database-url postgres://… [--facilities 2000] [--townships 1300] [--beds 300000] [--stays 1000000] [--orders 5000000] [--month 2026-10] [--residents N] [--seed 42]\n');
    process.exit(2);
  }
  generateScale({ ...options, databaseUrl: options.databaseUrl })
    .then((result) => process.stdout.write(`scale data set (province ${SCALE_PROVINCE} ${SCALE_PROVINCE_NAME}, month ${options.month}, seed ${options.seed}):\n${formatScaleResult(result)}`))
    .catch((error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
