import { DEFAULT_WAITLIST_POLICY, rankWaitlist, type Applicant } from './waitlist-policy';

let n = 0;
function applicant(overrides: Partial<Applicant>): Applicant {
  n += 1;
  return { entryId: `e${String(n).padStart(3, '0')}`, residentId: `r${n}`, categories: [], level: 0, dementia: false, age: 70, appliedAt: '2025-01-01T00:00:00Z', ...overrides };
}

describe('waiting-list priority (standards.md §6)', () => {
  it('orders the groups: tekun unable to self-care, priority groups, other disabled, 80+, everyone else', () => {
    const everyone = applicant({ level: 0, appliedAt: '2020-01-01T00:00:00Z' });
    const veryOld = applicant({ age: 85, level: 0 });
    const disabled = applicant({ level: 1 });
    const dementia = applicant({ level: 0, dementia: true });
    const dibaoDisabled = applicant({ categories: ['dibao'], level: 1 });
    const familyPlanning = applicant({ categories: ['family_planning_special'], level: 0 });
    const severe = applicant({ level: 3 });
    const tekunUnable = applicant({ categories: ['tekun'], level: 2, appliedAt: '2025-06-01T00:00:00Z' });
    const tekunAble = applicant({ categories: ['tekun'], level: 0 });
    const ranked = rankWaitlist([everyone, veryOld, disabled, dementia, dibaoDisabled, familyPlanning, severe, tekunUnable, tekunAble], DEFAULT_WAITLIST_POLICY);
    expect(ranked.map((r) => [r.entryId, r.group])).toEqual([
      [tekunUnable.entryId, 'tekun_unable'],
      [severe.entryId, 'priority'],
      [dibaoDisabled.entryId, 'priority'],
      [familyPlanning.entryId, 'priority'],
      [disabled.entryId, 'disabled'],
      [dementia.entryId, 'disabled'],
      [veryOld.entryId, 'very_old'],
      [everyone.entryId, 'general'],
      [tekunAble.entryId, 'general'],
    ]);
    expect(ranked[0]).toMatchObject({ position: 1, noQueue: true });
    expect(ranked.slice(1).every((r) => !r.noQueue)).toBe(true);
  });

  it('puts the more severe level first within a group, then the earlier application', () => {
    const early = applicant({ level: 1, appliedAt: '2024-01-01T00:00:00Z' });
    const late = applicant({ level: 1, appliedAt: '2025-01-01T00:00:00Z' });
    const worse = applicant({ level: 2, appliedAt: '2025-06-01T00:00:00Z' });
    expect(rankWaitlist([late, early, worse], DEFAULT_WAITLIST_POLICY).map((r) => r.entryId)).toEqual([worse.entryId, early.entryId, late.entryId]);
  });

  it('puts people never assessed after the assessed ones of their group', () => {
    const unassessed = applicant({ level: null, age: 90, appliedAt: '2020-01-01T00:00:00Z' });
    const assessed = applicant({ level: 0, age: 90, appliedAt: '2025-01-01T00:00:00Z' });
    expect(rankWaitlist([unassessed, assessed], DEFAULT_WAITLIST_POLICY).map((r) => r.entryId)).toEqual([assessed.entryId, unassessed.entryId]);
  });

  it('explains each place', () => {
    const [ranked] = rankWaitlist([applicant({ age: 82, appliedAt: '2025-03-04T05:06:07Z' })], DEFAULT_WAITLIST_POLICY);
    expect(ranked.why).toEqual({
      zh: '80 周岁及以上（第 4/5 组）；能力等级 0；2025-03-04 申请；规则 standards-6-2025',
      en: 'Aged 80 or more (group 4/5); level 0; applied 2025-03-04; policy standards-6-2025',
    });
  });
});
