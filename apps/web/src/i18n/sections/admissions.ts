import type { Shape } from '../shape';

export const admissionsZhCN = { title: '办理入住' };

export const admissionsEn: Shape<typeof admissionsZhCN> = { title: 'Admission' };
