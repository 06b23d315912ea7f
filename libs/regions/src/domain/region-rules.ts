import { impliedParentCode, isRegionCode, REGION_LEVELS, regionLevelOf, type RegionLevel } from '@yiyang/core';

/** 乡镇级 township-level kinds and 村级 village-level kinds; levels above have none. */
export const REGION_KINDS = ['street', 'town', 'township', 'village', 'community', 'other'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const REGION_KIND_LABELS: Record<RegionKind, { zh: string; en: string }> = {
  street: { zh: '街道', en: 'Sub-district' },
  town: { zh: '镇', en: 'Town' },
  township: { zh: '乡', en: 'Township' },
  village: { zh: '村', en: 'Village' },
  community: { zh: '社区', en: 'Community' },
  other: { zh: '其他', en: 'Other' },
};

export const REGION_LEVEL_LABELS: Record<RegionLevel, { zh: string; en: string }> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '地级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  township: { zh: '乡级', en: 'Township' },
  village: { zh: '村级', en: 'Village' },
};

const KINDS_OF_LEVEL: Record<RegionLevel, readonly RegionKind[]> = {
  province: [],
  city: [],
  county: [],
  township: ['street', 'town', 'township', 'other'],
  village: ['village', 'community', 'other'],
};

export interface RegionInput {
  code: string;
  name: string;
  level: string;
  parentCode?: string | null;
  kind?: string | null;
}

/**
 * What is wrong with a region as given, field by field: the code must be 12 digits and of the stated level, and
 * extend its parent's prefix (the parent is the code with its own level's digits zeroed, so a township's parent is
 * always a county); the kind must fit the level. Empty when it is right.
 */
export function regionProblems(input: RegionInput): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (!input.name?.trim()) problems.push({ field: 'name', message: 'name is required' });
  if (!(REGION_LEVELS as readonly string[]).includes(input.level)) {
    problems.push({ field: 'level', message: `level must be one of ${REGION_LEVELS.join(', ')}` });
  }
  if (!isRegionCode(input.code)) {
    problems.push({ field: 'code', message: 'code must be a 12-digit statistical division code' });
    return problems;
  }
  const level = regionLevelOf(input.code);
  if ((REGION_LEVELS as readonly string[]).includes(input.level) && level !== input.level) {
    problems.push({ field: 'level', message: `code ${input.code} is a ${level}-level code, not ${input.level}` });
  }
  const parent = impliedParentCode(input.code);
  const givenParent = input.parentCode || null;
  if (givenParent !== parent) {
    problems.push({
      field: 'parentCode',
      message: parent
        ? `the parent of ${input.code} is ${parent}: a code extends its parent's prefix`
        : 'a province has no parent',
    });
  }
  const kinds = KINDS_OF_LEVEL[level];
  const kind = input.kind || null;
  if (kind && !kinds.includes(kind as RegionKind)) {
    problems.push({ field: 'kind', message: kinds.length ? `kind of a ${level} must be one of ${kinds.join(', ')}` : `a ${level} has no kind` });
  }
  if (!kind && kinds.length) problems.push({ field: 'kind', message: `kind of a ${level} is required: ${kinds.join(', ')}` });
  return problems;
}
