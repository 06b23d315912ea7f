import { today } from '@yiyang/core';
import { meetsAny, type EligibilityCondition, type PersonFacts } from '@yiyang/residents';

/**
 * 公办养老机构入住评估和轮候: who waits ahead of whom for a public bed. A policy is data (per facility, defaulting to
 * the common local rules of standards.md §6): ordered priority groups, each a condition on the applicant; within a
 * group the more severe assessed level first, then the earlier application.
 */
export interface Applicant extends PersonFacts {
  entryId: string;
  residentId: string;
  appliedAt: string;
}

/** A group's condition: every stated part must hold (an empty condition takes everyone). */
export type GroupCondition = EligibilityCondition;

export interface PriorityGroup {
  code: string;
  label: { zh: string; en: string };
  /** The group applies when any of these conditions holds. */
  when: GroupCondition[];
  /** 特困 unable to self-care: admitted on request, ahead of every queue. */
  noQueue?: boolean;
}

export interface WaitlistPolicy {
  version: string;
  groups: PriorityGroup[];
  /** Declining an offered bed suspends the application this many months (0: no penalty). */
  declinePenaltyMonths: number;
  /** An offer lapses after this many days. */
  offerValidDays: number;
  /** No offer without a standing capability assessment. */
  requireAssessment: boolean;
}

export const DEFAULT_WAITLIST_POLICY: WaitlistPolicy = {
  version: 'standards-6-2025',
  groups: [
    { code: 'tekun_unable', label: { zh: '失能特困人员（随报随入）', en: 'Tekun unable to self-care (no queue)' }, when: [{ anyCategory: ['tekun'], minLevel: 2 }], noQueue: true },
    {
      code: 'priority',
      label: { zh: '优先对象', en: 'Priority groups' },
      when: [
        { anyCategory: ['dibao', 'dibao_edge'], minLevel: 1 },
        { anyCategory: ['family_planning_special', 'key_entitled', 'special_merit'] },
        { minLevel: 3 },
      ],
    },
    { code: 'disabled', label: { zh: '其他失能、失智老年人', en: 'Other disabled or cognitively impaired' }, when: [{ minLevelOrDementia: 1 }] },
    { code: 'very_old', label: { zh: '80 周岁及以上', en: 'Aged 80 or more' }, when: [{ minAge: 80 }] },
    { code: 'general', label: { zh: '其他申请人', en: 'Everyone else' }, when: [{}] },
  ],
  declinePenaltyMonths: 12,
  offerValidDays: 3,
  requireAssessment: true,
};

export interface Ranking {
  position: number;
  group: string;
  groupLabel: { zh: string; en: string };
  noQueue: boolean;
  /** Why this place, in words a family understands. */
  why: { zh: string; en: string };
}

export type RankedApplicant<T extends Applicant = Applicant> = T & Ranking;

/** Orders applicants by the policy: group, then more severe level, then earlier application (then id, for a stable order). */
export function rankWaitlist<T extends Applicant>(applicants: T[], policy: WaitlistPolicy): RankedApplicant<T>[] {
  const grouped = applicants.map((applicant) => {
    const index = policy.groups.findIndex((group) => meetsAny(group.when, applicant));
    return { applicant, index: index === -1 ? policy.groups.length : index };
  });
  grouped.sort(
    (a, b) =>
      a.index - b.index ||
      (b.applicant.level ?? -1) - (a.applicant.level ?? -1) ||
      a.applicant.appliedAt.localeCompare(b.applicant.appliedAt) ||
      a.applicant.entryId.localeCompare(b.applicant.entryId),
  );
  return grouped.map(({ applicant, index }, position) => {
    const group = policy.groups[index] ?? { code: 'unmatched', label: { zh: '未归组', en: 'No group' }, when: [] };
    const applied = today(new Date(applicant.appliedAt));
    const place = `${index + 1}/${policy.groups.length}`;
    const why = {
      zh: `${group.label.zh}（第 ${place} 组）；${applicant.level === null ? '未评估' : `能力等级 ${applicant.level}`}；${applied} 申请；规则 ${policy.version}`,
      en: `${group.label.en} (group ${place}); ${applicant.level === null ? 'not assessed' : `level ${applicant.level}`}; applied ${applied}; policy ${policy.version}`,
    };
    return {
      ...applicant,
      position: position + 1,
      group: group.code,
      groupLabel: group.label,
      noQueue: Boolean(group.noQueue),
      why,
    };
  });
}
