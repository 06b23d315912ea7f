import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationTable } from './load-config';

/** `npm run docs:config`: rewrites the configuration table of README.md from the AppConfig class. */
const README = join(__dirname, '../../../../../README.md');
const START = '<!-- config:start -->';
const END = '<!-- config:end -->';

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
writeFileSync(README, `${readme.slice(0, start + START.length)}\n${configurationTable()}\n${readme.slice(end)}`);
process.stdout.write('README.md configuration table updated\n');
