import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegionRow {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  parentCode: string | null;
  kind: string | null;
  administeredBy: string | null;
}

export interface PopulationRow {
  code: string;
  name: string;
  age60: number;
  age65: number;
  source: string;
}

/** seeds/data beside this folder in source form; from dist/seeds/demo (the build copies no CSV) the source one. */
export const DATA_DIR = [join(__dirname, '..', 'data'), join(__dirname, '..', '..', '..', 'seeds', 'data')].find((dir) =>
  existsSync(join(dir, 'regions.csv')),
) ?? join(__dirname, '..', 'data');

/** Minimal RFC 4180 reader: quoted fields (with commas and doubled quotes), CRLF or LF line ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((value) => value !== ''));
}

/** Yubei's streets that 两江新区 ran in 2020–21: the plan's 22 镇街 are the other ones. */
export const LIANGJIANG_STREETS = ['鸳鸯街道', '翠云街道', '人和街道', '天宫殿街道', '大竹林街道', '礼嘉街道', '金山街道', '康美街道'];

export function readRegions(): RegionRow[] {
  const [, ...rows] = parseCsv(readFileSync(join(DATA_DIR, 'regions.csv'), 'utf8'));
  return rows.map(([code, name, level, parentCode, kind]) => ({
    code,
    name,
    level: level as RegionRow['level'],
    parentCode: parentCode || null,
    kind: kind || null,
    administeredBy: code.startsWith('500112') && LIANGJIANG_STREETS.includes(name) ? '两江新区' : null,
  }));
}

export function readPopulation(): PopulationRow[] {
  const [, ...rows] = parseCsv(readFileSync(join(DATA_DIR, 'population-2020.csv'), 'utf8'));
  return rows.map(([code, name, age60, age65, , source]) => ({ code, name, age60: Number(age60), age65: Number(age65), source }));
}

const COMMUNITY_NAMES = ['新村', '花园', '中心', '新城', '桂湖', '翠湖', '金港', '锦绣', '和平', '幸福', '紫荆', '华新', '民安', '新华', '东湖', '南苑'];
const VILLAGE_NAMES = ['青龙', '白鹤', '石坝', '龙井', '桂花', '大石', '高峰', '新桥', '红岩', '长岭', '黄桷', '双河', '柏林', '河坝', '茶园', '水口', '岭上', '沙坪', '东山', '南岙'];

/**
 * A modest set of real-looking 村/社区 below some townships (the CSV stops at townships): communities under streets
 * (codes 001…, 居委会), villages under towns and 乡 (codes 200…, 村委会), only where village-level indicators need them.
 */
export function makeVillages(townships: RegionRow[], perTownship: number): RegionRow[] {
  const villages: RegionRow[] = [];
  townships.forEach((township, t) => {
    const community = township.kind === 'street';
    const stem = township.name.replace(/(街道|镇|乡)$/, '');
    for (let i = 0; i < perTownship; i++) {
      const names = community ? COMMUNITY_NAMES : VILLAGE_NAMES;
      const name = community ? `${i === 0 ? stem : names[(t * 3 + i) % names.length]}社区` : `${names[(t * 5 + i) % names.length]}村`;
      villages.push({
        code: `${township.code.slice(0, 9)}${String((community ? 1 : 200) + i).padStart(3, '0')}`,
        name,
        level: 'village',
        parentCode: township.code,
        kind: community ? 'community' : 'village',
        administeredBy: null,
      });
    }
  });
  return villages;
}
