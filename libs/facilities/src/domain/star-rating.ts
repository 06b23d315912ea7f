/**
 * GB/T 37276-2018 养老机构等级划分与评定: scored out of 1,000 in four sections; a star level needs both the total
 * and every section at or above the level's thresholds. Kept as data so a local variant is a new table.
 */
export interface StarRatingRule {
  edition: string;
  sections: Record<StarSection, number>;
  /** Index 0 = 一星 … 4 = 五星. */
  minimumTotal: readonly number[];
  /** Minimum share of every section's maximum, per level. */
  minimumSectionShare: readonly number[];
}

export const STAR_SECTIONS = ['environment', 'facilities', 'operations', 'services'] as const;
export type StarSection = (typeof STAR_SECTIONS)[number];
export type StarScores = Record<StarSection, number>;

export const GBT_37276_2018: StarRatingRule = {
  edition: 'GB/T 37276-2018',
  sections: { environment: 120, facilities: 130, operations: 150, services: 600 },
  minimumTotal: [360, 450, 570, 780, 900],
  minimumSectionShare: [0.4, 0.5, 0.6, 0.8, 0.9],
};

export function starRatingTotal(scores: StarScores): number {
  return STAR_SECTIONS.reduce((sum, section) => sum + scores[section], 0);
}

/** Scores outside 0 … the section's maximum, by section. */
export function starScoreProblems(scores: StarScores, rule: StarRatingRule = GBT_37276_2018): { field: string; message: string }[] {
  return STAR_SECTIONS.filter((section) => !(scores[section] >= 0 && scores[section] <= rule.sections[section])).map((section) => ({
    field: `scores.${section}`,
    message: `${section} is scored 0–${rule.sections[section]}`,
  }));
}

/** The star level the scores earn: 0 (no star) to 5. */
export function starLevel(scores: StarScores, rule: StarRatingRule = GBT_37276_2018): number {
  const total = starRatingTotal(scores);
  let level = 0;
  rule.minimumTotal.forEach((minimum, index) => {
    const sectionsMeet = STAR_SECTIONS.every((section) => scores[section] >= rule.sections[section] * rule.minimumSectionShare[index]);
    if (total >= minimum && sectionsMeet) level = index + 1;
  });
  return level;
}
