import { Rng } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { HISTORY_END, isInstitution, type Facility, type Plan } from '../plan';
import { N, TAG, uuid } from '../row-text';

interface StaffMember {
  index: number;
  role: string;
  hired: number;
  left: number | null;
}

/** Staff of one facility, replayed from its PRNG by both the staff and the certificate tables. */
function staffOf(plan: Plan, f: Facility, firstIndex: number): StaffMember[] {
  const rng = Rng.of(plan.options.seed, 50, f.index);
  const caregivers = f.kind === 'canteen' ? 0 : f.kind === 'mutual_aid' ? rng.below(3) : Math.ceil(f.beds / 5) + Math.ceil(f.homeBeds / 15) + 1;
  const socialWorkers = isInstitution(f.kind) ? 1 + Math.floor(f.beds / 120) - (rng.chance(0.2) ? 1 : 0) : f.kind === 'township_centre' || f.kind === 'community_station' ? rng.below(2) : 0;
  const nurses = Math.floor(f.beds / 40);
  const others = f.kind === 'mutual_aid' ? 0 : 1 + rng.below(3);
  const members: StaffMember[] = [];
  const end = f.closed ?? dayOf(HISTORY_END);
  const add = (role: string) => {
    const hiredInMonth = role === 'caregiver' && rng.chance(0.012);
    let hired = hiredInMonth ? plan.monthStart + rng.below(plan.monthEnd - plan.monthStart + 1) : f.opened + rng.below(Math.max(1, end - f.opened));
    if (hired >= end) hired = end - 1;
    if (hired < f.opened) hired = f.opened;
    let left: number | null = rng.chance(0.15) ? hired + 30 + rng.below(2000) : null;
    if (left !== null && left > dayOf(HISTORY_END)) left = null;
    if (f.closed !== null && (left === null || left > f.closed)) left = f.closed > hired ? f.closed : null;
    members.push({ index: firstIndex + members.length, role, hired, left });
  };
  for (let i = 0; i < caregivers; i += 1) add('caregiver');
  for (let i = 0; i < socialWorkers; i += 1) add('social_worker');
  for (let i = 0; i < nurses; i += 1) add('nurse');
  for (let i = 0; i < others; i += 1) add(['manager', 'doctor', 'rehab_therapist', 'dietitian', 'other'][rng.below(5)]);
  return members;
}

export const staffTable: CopyTable = { name: 'staff', columns: ['id', 'facility_id', 'name', 'role', 'hired_on', 'left_on'] };

export function* staffRows(plan: Plan): Generator<string> {
  let next = 0;
  for (const f of plan.facilities) {
    const members = staffOf(plan, f, next);
    next += members.length;
    for (const m of members) yield `${uuid(TAG.staff, m.index)}\t${f.id}\t员工${m.index}\t${m.role}\t${iso(m.hired)}\t${m.left === null ? N : iso(m.left)}\n`;
  }
}

export const certificateTable: CopyTable = { name: 'staff_certificate', columns: ['id', 'staff_id', 'kind', 'level', 'number', 'issued_on', 'valid_until'] };

export function* certificateRows(plan: Plan): Generator<string> {
  let next = 0;
  let n = 0;
  for (const f of plan.facilities) {
    const members = staffOf(plan, f, next);
    next += members.length;
    for (const m of members) {
      const rng = Rng.of(plan.options.seed, 51, m.index);
      const cert = (kind: string, level: number | null) => {
        const issued = m.hired - 700 + rng.below(1000);
        // Most run for years; some expired before the month, some never expire.
        const until = rng.chance(0.2) ? null : issued + 365 + rng.below(6 * 365);
        return `${uuid(TAG.certificate, n++)}\t${uuid(TAG.staff, m.index)}\t${kind}\t${level ?? N}\tSC${n}\t${iso(issued)}\t${until === null ? N : iso(until)}\n`;
      };
      if (m.role === 'caregiver' && rng.chance(0.72)) yield cert('caregiver_skill', rng.int(1, 5));
      if (m.role === 'caregiver' && rng.chance(0.4)) yield cert('first_aid', null);
      if (m.role === 'social_worker' && rng.chance(0.8)) yield cert('social_worker', rng.int(1, 3));
      if (m.role === 'nurse') yield cert('nurse_license', null);
      if (m.role === 'doctor') yield cert('doctor_license', null);
    }
  }
}
