/**
 * Deterministic helpers for the demo: the same seed gives the same demo (names, dates, splits), so figures quoted
 * in docs and tests stay true from one load to the next. Only row ids and ciphertexts differ between loads.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** mulberry32: small, fast and good enough for demo data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** A date in [from, to] (inclusive), as YYYY-MM-DD. */
  date(from: string, to: string): string {
    const start = Date.parse(`${from}T00:00:00Z`);
    const end = Date.parse(`${to}T00:00:00Z`);
    return new Date(start + Math.floor(this.next() * ((end - start) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
  }
}

/**
 * `total` split into `parts` whole numbers that add up to it exactly, roughly in proportion to `weights` (or
 * randomly around the mean): published totals must come out to the unit.
 */
export function split(total: number, parts: number, rng: Rng, weights?: readonly number[]): number[] {
  if (parts === 0) return [];
  const w = weights ?? Array.from({ length: parts }, () => 0.6 + rng.next() * 0.8);
  const sum = w.reduce((a, b) => a + b, 0);
  const raw = w.map((x) => (total * x) / sum);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0; k = (k + 1) % parts, rest--) out[order[k][1]]++;
  return out;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function monthsBetween(firstMonth: string, lastMonth: string): string[] {
  const months: string[] = [];
  let [y, m] = firstMonth.split('-').map(Number);
  const [ly, lm] = lastMonth.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) (m = 1), y++;
  }
  return months;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const MALE = ['建国', '国强', '志明', '德华', '永福', '长生', '文斌', '振华', '国庆', '卫东', '树林', '金山', '德明', '光荣', '玉成', '世昌', '自强', '正平', '克勤', '家富', '福生', '洪涛', '学军', '继承', '宝林', '春生', '守仁', '云飞'];
const FEMALE = ['秀英', '桂英', '玉兰', '淑珍', '凤英', '秀兰', '桂兰', '玉梅', '素芬', '月娥', '翠花', '金凤', '丽华', '惠芳', '美玲', '淑华', '雪梅', '春兰', '秋菊', '冬梅', '桂芳', '玉珍', '淑英', '兰英', '巧云', '彩霞', '爱华', '荣华'];
const STAFF_GIVEN = ['婷', '丽', '敏', '静', '芳', '娟', '霞', '燕', '军', '伟', '磊', '洋', '勇', '杰', '强', '涛', '雪', '慧', '琳', '晶', '红梅', '小燕', '海燕', '晓东', '志刚', '春燕', '佳怡', '思雨'];

export function personName(rng: Rng, sex: 'male' | 'female'): string {
  return rng.pick([...SURNAMES]) + rng.pick(sex === 'male' ? MALE : FEMALE);
}

export function staffName(rng: Rng): string {
  return rng.pick([...SURNAMES]) + rng.pick(STAFF_GIVEN);
}

/** ISO 7064 MOD 11-2 check character of the first 17 digits of a 身份证 number. */
export function idCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return '10X98765432'[weights.reduce((sum, weight, index) => sum + weight * Number(first17[index]), 0) % 11];
}

/** Hands out 身份证 numbers: a sequence per area code and birth date, odd last sequence digit for men (GB 11643). */
export class IdNumbers {
  private readonly used = new Map<string, number>();

  next(area6: string, birthDate: string, sex: 'male' | 'female'): string {
    const key = `${area6}${birthDate}`;
    let n = this.used.get(key) ?? 10;
    if ((n % 2 === 1) !== (sex === 'male')) n++;
    this.used.set(key, n + 1);
    if (n > 999) throw new Error(`demo: out of 身份证 sequence numbers for ${key}`);
    const first17 = `${area6}${birthDate.replace(/-/g, '')}${String(n).padStart(3, '0')}`;
    return `${first17}${idCheck(first17)}`;
  }
}
