import type { Shape } from '../shape';

export const bedImportZhCN = { title: '批量新增床位' };

export const bedImportEn: Shape<typeof bedImportZhCN> = { title: 'Add beds in bulk' };
