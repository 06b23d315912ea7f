import { addDays, daysBetween } from '@yiyang/core';
import { checkDigit } from '@yiyang/residents';

/**
 * Deterministic helpers for the demo and the scale data set: the same seed gives the same data (names, dates,
 * splits), so figures quoted in docs and tests stay true from one load to the next. Only the demo's row ids and
 * ciphertexts differ between loads.
 */

/** A 32-bit integer hash (murmur3's finaliser): nearby inputs give unrelated outputs. */
function mix32(value: number): number {
  let a = value | 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return (a ^ (a >>> 16)) >>> 0;
}

/** A stateless uniform number in [0, 1) for (seed, salt, index): attributes of millions of people need no stored state. */
export function unit(seed: number, salt: number, index: number): number {
  return mix32(mix32(index + Math.imul(salt, 0x9e3779b1)) ^ mix32(seed + salt)) / 4294967296;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }

  /** A generator of one entity's own (salt: which table draws, index: which row), so a child table can replay its parent's draws. */
  static of(seed: number, salt: number, index: number): Rng {
    const rng = new Rng(1);
    rng.state = mix32(mix32(seed * 31 + salt) ^ mix32(index * 2654435761));
    return rng;
  }

  /** mulberry32: small, fast and good enough for generated data. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number in [0, count): an index into `count` things. */
  below(count: number): number {
    return Math.floor(this.next() * count);
  }

  int(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
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
    return addDays(from, Math.floor(this.next() * (daysBetween(from, to) + 1)));
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
    return `${first17}${checkDigit(first17)}`;
  }
}
