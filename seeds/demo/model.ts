import { randomUUID } from 'node:crypto';

export type AreaKey = 'yubei' | 'liangjiang' | 'zhoushan' | 'pingliang' | 'haicheng' | 'ningbo';
export type FacilityKind = 'institution' | 'tekun_home' | 'township_centre' | 'community_station' | 'mutual_aid' | 'canteen';
export type Setting = 'institution' | 'community' | 'home';

export interface Profile {
  kind: FacilityKind;
  ownership: 'public' | 'private';
  operation: 'government' | 'social';
  functions: string[];
  dementiaZone: boolean;
  rehabRoom: boolean;
  sunshineKitchen: boolean;
  foodSafetyGrade: 'A' | 'B' | 'C' | null;
  smart: boolean;
  videoConnected: boolean;
  demoCentre: boolean;
  medicalIntegrated: boolean;
  standardizedCanteen: boolean;
  aGrade: number | null;
  managedBy: string | null;
}

export interface ProfilePeriod extends Profile {
  validFrom: string;
  validTo: string | null;
}

/** Care-type and dementia-care counts among a bed group's beds from a date: beds 1…care are care-type. */
export interface CareStep {
  from: string;
  care: number;
  dementia: number;
}

export interface BedGroup {
  no: number;
  facility: FacilityPlan;
  setting: Setting;
  count: number;
  openedOn: string;
  roomSize: number;
  homeRegionCode: string | null;
  steps: CareStep[];
}

export interface StaffGroup {
  facility: FacilityPlan;
  role: 'caregiver' | 'social_worker' | 'nurse' | 'doctor' | 'rehab_therapist' | 'dietitian' | 'manager' | 'other';
  count: number;
  hiredOn: string;
  leftOn: string | null;
  /** The role's certificate (caregiver_skill, social_worker, nurse_license, …) and when it was issued; null = none. */
  certifiedOn: string | null;
  firstAidOn: string | null;
}

export const FULL_FUNCTIONS = ['full_time_care', 'day_care', 'home_outreach', 'meals', 'rehab', 'recreation'];

const DEFAULTS: Omit<Profile, 'kind' | 'ownership' | 'operation'> = {
  functions: [],
  dementiaZone: false,
  rehabRoom: false,
  sunshineKitchen: false,
  foodSafetyGrade: null,
  smart: false,
  videoConnected: false,
  demoCentre: false,
  medicalIntegrated: false,
  standardizedCanteen: false,
  aGrade: null,
  managedBy: null,
};

export class FacilityPlan {
  readonly id = randomUUID();
  readonly base: Profile;
  readonly changes: { from: string; patch: Partial<Profile> }[] = [];
  readonly bedGroups: BedGroup[] = [];
  readonly staff: StaffGroup[] = [];
  /** Lower ranks pass the yearly quality inspection first (see the area's pass counts). */
  qualityRank = 0;
  stars: { ratedOn: string; level: number }[] = [];

  constructor(
    readonly area: AreaKey,
    readonly name: string,
    readonly regionCode: string,
    readonly openedOn: string,
    profile: Partial<Profile> & Pick<Profile, 'kind' | 'ownership' | 'operation'>,
    private readonly model: DemoModel,
  ) {
    this.base = { ...DEFAULTS, ...profile };
  }

  get township(): string {
    return `${this.regionCode.slice(0, 9)}000`;
  }

  get county(): string {
    return `${this.regionCode.slice(0, 6)}000000`;
  }

  change(from: string, patch: Partial<Profile>): this {
    this.changes.push({ from, patch });
    return this;
  }

  /** The profile in force on a date (changes up to and including it). */
  profileOn(date: string): Profile {
    return this.changes
      .filter((c) => c.from <= date)
      .sort((a, b) => a.from.localeCompare(b.from))
      .reduce<Profile>((profile, c) => ({ ...profile, ...c.patch }), this.base);
  }

  /** The effective-dated periods, with changes after `lastDay` left out (the demo never writes the future). */
  periods(lastDay: string): ProfilePeriod[] {
    const dates = [...new Set(this.changes.map((c) => (c.from < this.openedOn ? this.openedOn : c.from)))].filter((d) => d <= lastDay && d > this.openedOn).sort();
    const starts = [this.openedOn, ...dates];
    return starts.map((from, i) => ({ ...this.profileOn(from), validFrom: from, validTo: starts[i + 1] ?? null }));
  }

  beds(setting: Setting, count: number, options: { care?: number; dementia?: number; openedOn?: string; roomSize?: number; homeRegionCode?: string; steps?: CareStep[] } = {}): BedGroup {
    const openedOn = options.openedOn ?? this.openedOn;
    const group: BedGroup = {
      no: this.model.bedGroups.length + 1,
      facility: this,
      setting,
      count,
      openedOn,
      roomSize: options.roomSize ?? (setting === 'institution' ? 3 : 4),
      homeRegionCode: setting === 'home' ? (options.homeRegionCode ?? this.regionCode) : null,
      steps: [{ from: openedOn, care: options.care ?? 0, dementia: options.dementia ?? 0 }, ...(options.steps ?? [])],
    };
    this.bedGroups.push(group);
    this.model.bedGroups.push(group);
    return group;
  }

  hire(role: StaffGroup['role'], count: number, hiredOn: string, options: { leftOn?: string; certifiedOn?: string | null; firstAidOn?: string | null } = {}): this {
    if (count <= 0) return this;
    // Nobody is hired before the facility opens (hire dates are drawn from ranges that may start earlier).
    if (hiredOn < this.openedOn) hiredOn = this.openedOn;
    this.staff.push({ facility: this, role, count, hiredOn, leftOn: options.leftOn ?? null, certifiedOn: options.certifiedOn ?? null, firstAidOn: options.firstAidOn ?? null });
    return this;
  }

  instBeds(): number {
    return this.bedGroups.filter((g) => g.setting === 'institution').reduce((sum, g) => sum + g.count, 0);
  }
}

/** Linear steps from the group's first care count towards `target` on the given dates (rounded, never above the beds). */
export function ramp(group: BedGroup, target: number, dates: string[], fractions?: number[], dementiaTarget?: number): void {
  const first = group.steps[0];
  dates.forEach((from, k) => {
    const f = fractions?.[k] ?? (k + 1) / dates.length;
    const care = Math.min(group.count, Math.round(first.care + (target - first.care) * f));
    const dementia = Math.min(care, Math.round(first.dementia + ((dementiaTarget ?? first.dementia) - first.dementia) * f));
    group.steps.push({ from, care, dementia });
  });
}

export interface PersonPlan {
  id: string;
  area: AreaKey;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  hukouRegionCode: string;
  residenceRegionCode: string;
  categories: string[];
  livingArrangement: 'alone' | 'empty_nest' | 'left_behind' | 'with_family';
  tekunSupportMode: 'centralized' | 'dispersed' | null;
  willingCentralized: boolean | null;
  /** GB/T 42195 level of the person's assessments (0 能力完好 … 4 完全丧失), null = never assessed. */
  level: number | null;
  assessedOn: string | null;
  reassessYearly: boolean;
  role: 'tekun' | 'community' | 'stay';
  mealUser: boolean;
  homeServiceUser: boolean;
  purchasedService: boolean;
  facilityId: string | null;
}

export interface StayPlan {
  person: PersonPlan;
  group: BedGroup;
  ord: number;
  admittedOn: string;
  dischargedOn: string | null;
  dischargeReason: string | null;
  funding: 'self_pay' | 'tekun_centralized' | 'government_purchased';
}

export class DemoModel {
  readonly facilities: FacilityPlan[] = [];
  readonly bedGroups: BedGroup[] = [];
  readonly people: PersonPlan[] = [];
  readonly stays: StayPlan[] = [];
  /** Next free bed number per bed group, so no two stays ever share a bed. */
  private readonly nextOrd = new Map<BedGroup, number>();

  facility(area: AreaKey, name: string, regionCode: string, openedOn: string, profile: Partial<Profile> & Pick<Profile, 'kind' | 'ownership' | 'operation'>): FacilityPlan {
    const facility = new FacilityPlan(area, name, regionCode, openedOn, profile, this);
    this.facilities.push(facility);
    return facility;
  }

  /** A free bed of the facility's first institution bed group, or null when it is full. */
  takeBed(facility: FacilityPlan): { group: BedGroup; ord: number } | null {
    const group = facility.bedGroups.find((g) => g.setting === 'institution');
    if (!group) return null;
    const ord = (this.nextOrd.get(group) ?? 0) + 1;
    if (ord > group.count) return null;
    this.nextOrd.set(group, ord);
    return { group, ord };
  }
}
