import type { Shape } from '../shape';

export const residentsZhCN = { title: '老年人' };

export const residentsEn: Shape<typeof residentsZhCN> = { title: 'Residents' };
