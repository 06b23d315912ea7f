export const PROJECT_KINDS = ['upgrade', 'fire_safety', 'repair', 'expansion', 'new_build'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const PROJECT_KIND_LABELS: Record<ProjectKind, { zh: string; en: string }> = {
  upgrade: { zh: '提升改造', en: 'Upgrade' },
  fire_safety: { zh: '消防改造', en: 'Fire-safety works' },
  repair: { zh: '维修改造', en: 'Repair' },
  expansion: { zh: '改扩建', en: 'Rebuild or expansion' },
  new_build: { zh: '新建', en: 'New build' },
};

/** The kinds that upgrade an existing 敬老院 (tekun_facility_upgrade): all but a new build. */
export const UPGRADE_PROJECT_KINDS: readonly ProjectKind[] = ['upgrade', 'fire_safety', 'repair', 'expansion'];

/** The plan period the upgrade indicators count from (十四五: 2021–2025). */
export const UPGRADES_COUNT_FROM = '2021-01-01';
