import { Rng } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { DIED, DISCHARGED, OPEN_STAY, type People } from '../people';
import { HISTORY_END, HISTORY_START, type Plan } from '../plan';
import { N, TAG, uuid } from '../row-text';
import type { BedFacts } from './beds';

export const stayTable: CopyTable = { name: 'stay', columns: ['id', 'resident_id', 'bed_id', 'facility_id', 'admitted_on', 'discharged_on', 'discharge_reason', 'funding'] };

/** Stays in the beds, recording in `status` how each person's last stay ended (orders and visits read it). */
export function* stayRows(plan: Plan, beds: BedFacts, people: People, status: Uint8Array): Generator<string> {
  const seed = plan.options.seed;
  const historyStart = dayOf(HISTORY_START);
  const historyEnd = dayOf(HISTORY_END);
  // Stays of 2014 on, every person's own (stay k goes to person (k·A + C) mod R, a permutation, so stays spread over
  // every township), in the beds open for at least 400 days of that history.
  const placed: number[] = [];
  for (let bed = 0; bed < plan.options.beds; bed += 1) {
    const to = beds.closed[bed] < 0 ? historyEnd : beds.closed[bed];
    if (!beds.home[bed] && to - Math.max(historyStart, beds.opened[bed]) >= 400) placed.push(bed);
  }
  const perBed = Math.floor(plan.options.stays / placed.length);
  const extra = plan.options.stays % placed.length;
  const multiplier = (() => {
    let a = 1_000_003;
    const gcd = (x: number, y: number): number => (y ? gcd(y, x % y) : x);
    while (gcd(a, plan.residents) !== 1) a += 2;
    return BigInt(a);
  })();
  const r = BigInt(plan.residents);
  let k = 0;
  for (const [j, bed] of placed.entries()) {
    const count = perBed + (j < extra ? 1 : 0);
    if (!count) continue;
    const rng = Rng.of(seed, 80, bed);
    const from = Math.max(historyStart, beds.opened[bed]);
    const open = beds.closed[bed] < 0;
    const to = open ? historyEnd : beds.closed[bed];
    const segment = (to - from) / count;
    const facility = plan.facilities[beds.facility[bed]];
    const bedId = uuid(TAG.bed, bed);
    for (let s = 0; s < count; s += 1) {
      const start = from + Math.floor(s * segment);
      const end = from + Math.floor((s + 1) * segment);
      const length = end - start;
      const admitted = start + Math.floor(rng.next() * 0.2 * length);
      let discharged: number | null = end - Math.floor(rng.next() * 0.15 * length);
      if (discharged <= admitted) discharged = admitted + 1;
      if (s === count - 1 && open && rng.chance(0.88)) discharged = null;
      const person = Number((BigInt(k) * multiplier + 7919n) % r);
      const p = people.get(person);
      const reasonDraw = rng.next();
      const reason = discharged === null ? null : reasonDraw < 0.35 ? 'death' : reasonDraw < 0.75 ? 'home' : reasonDraw < 0.85 ? 'hospital' : reasonDraw < 0.95 ? 'transfer_out' : 'other';
      status[person] = discharged === null ? OPEN_STAY : reason === 'death' ? DIED : DISCHARGED;
      const funding = p.tekunMode === 'centralized' ? 'tekun_centralized' : p.categories.includes('dibao') && rng.chance(0.3) ? 'government_purchased' : 'self_pay';
      yield `${uuid(TAG.stay, k)}\t${uuid(TAG.resident, person)}\t${bedId}\t${facility.id}\t${iso(admitted)}\t${discharged === null ? N : iso(discharged)}\t${reason ?? N}\t${funding}\n`;
      k += 1;
    }
  }
}
