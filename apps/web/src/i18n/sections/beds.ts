import type { Shape } from '../shape';

export const bedsZhCN = { title: '床位一览' };

export const bedsEn: Shape<typeof bedsZhCN> = { title: 'Bed board' };
