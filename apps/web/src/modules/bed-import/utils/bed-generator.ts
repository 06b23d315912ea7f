/**
 * 按楼层与房间批量生成床位: the generator behind the bulk form. Beds are numbered floor by floor, room by room, and named
 * by patterns such as `{floor}-{room:2}-{bed}` → `3-05-2`. The API checks everything again (BulkBedsDto); this only
 * shows the operator, before sending, exactly what will be created.
 */

/** BulkBedsDto's MAX_BULK_BEDS: one request creates at most this many beds. */
export const MAX_BULK_BEDS = 2_000;
/** BedInputDto's code rule: 1–40 letters, digits, ".", "_", "-" or "/". */
const BED_CODE = /^[\p{L}\p{N}._\-/]{1,40}$/u;
const PLACEHOLDER = /\{(floor|room|bed)(?::(\d))?\}/g;

export const DEFAULT_CODE_PATTERN = '{floor}-{room:2}-{bed}';
export const DEFAULT_ROOM_PATTERN = '{floor}{room:2}';

export interface BedPlan {
  floorFrom: number;
  floorTo: number;
  roomsPerFloor: number;
  bedsPerRoom: number;
  codePattern: string;
  roomPattern: string;
  /** 护理型床位 care-type beds: all of them, or the first `careTypeCount` in numbering order. */
  careType: 'all' | 'count';
  careTypeCount: number;
  /** 认知障碍照护床位: the care-type beds are also dementia-care beds. */
  dementiaCare: boolean;
}

export interface PlannedBed {
  code: string;
  room: string;
  floor: number;
  careType: boolean;
  dementiaCare: boolean;
}

export type PlanProblem =
  | { kind: 'floorOrder' }
  | { kind: 'tooMany'; count: number; max: number }
  | { kind: 'noBedPlaceholder' }
  | { kind: 'badCode'; code: string }
  | { kind: 'duplicateCode'; code: string }
  | { kind: 'careTypeCount'; count: number; total: number };

/** `{room:2}` with room 5 → `05`; a basement floor keeps its sign in front of the padding (`-01`). */
export function applyPattern(pattern: string, numbers: { floor: number; room: number; bed: number }): string {
  return pattern.replace(PLACEHOLDER, (_match, name: 'floor' | 'room' | 'bed', width?: string) => {
    const value = numbers[name];
    const digits = String(Math.abs(value)).padStart(Number(width ?? 0), '0');
    return value < 0 ? `-${digits}` : digits;
  });
}

export function bedCount(plan: Pick<BedPlan, 'floorFrom' | 'floorTo' | 'roomsPerFloor' | 'bedsPerRoom'>): number {
  return Math.max(0, plan.floorTo - plan.floorFrom + 1) * plan.roomsPerFloor * plan.bedsPerRoom;
}

/** The beds a plan creates, in numbering order, and what is wrong with it (nothing is sent while there is). */
export function planBeds(plan: BedPlan): { beds: PlannedBed[]; problems: PlanProblem[] } {
  if (plan.floorTo < plan.floorFrom) return { beds: [], problems: [{ kind: 'floorOrder' }] };
  const total = bedCount(plan);
  if (total > MAX_BULK_BEDS) return { beds: [], problems: [{ kind: 'tooMany', count: total, max: MAX_BULK_BEDS }] };
  const problems: PlanProblem[] = [];
  if (!/\{bed(?::\d)?\}/.test(plan.codePattern)) problems.push({ kind: 'noBedPlaceholder' });
  const careTypeBeds = plan.careType === 'all' ? total : plan.careTypeCount;
  if (careTypeBeds > total) problems.push({ kind: 'careTypeCount', count: careTypeBeds, total });
  const beds: PlannedBed[] = [];
  const seen = new Set<string>();
  for (let floor = plan.floorFrom; floor <= plan.floorTo; floor++) {
    for (let room = 1; room <= plan.roomsPerFloor; room++) {
      for (let bed = 1; bed <= plan.bedsPerRoom; bed++) {
        const code = applyPattern(plan.codePattern, { floor, room, bed });
        const careType = beds.length < careTypeBeds;
        beds.push({ code, room: applyPattern(plan.roomPattern, { floor, room, bed }), floor, careType, dementiaCare: careType && plan.dementiaCare });
        if (!BED_CODE.test(code)) problems.push({ kind: 'badCode', code });
        else if (seen.has(code)) problems.push({ kind: 'duplicateCode', code });
        seen.add(code);
      }
    }
  }
  // One line per kind of mistake is enough: a pattern without {bed} repeats every room's code.
  const shown = problems.filter((problem, index) => problems.findIndex((other) => other.kind === problem.kind) === index);
  return { beds, problems: shown };
}

/**
 * The API names a bad bed `beds[12].code`; the preview shows it on row 13 beside that bed. Problems not about one bed
 * (`openedOn` for the whole request) come back under `general`.
 */
export function problemsByBed(problems: readonly { field: string; message: string }[]): { byIndex: Map<number, { field: string; message: string }[]>; general: { field: string; message: string }[] } {
  const byIndex = new Map<number, { field: string; message: string }[]>();
  const general: { field: string; message: string }[] = [];
  for (const problem of problems) {
    const match = /^beds\[(\d+)\]\.?(.*)$/.exec(problem.field);
    if (!match) {
      general.push(problem);
      continue;
    }
    const index = Number(match[1]);
    byIndex.set(index, [...(byIndex.get(index) ?? []), { field: match[2] || 'beds', message: problem.message }]);
  }
  return { byIndex, general };
}
