import type { Shape } from '../shape';

export const waitlistZhCN = { title: '轮候' };

export const waitlistEn: Shape<typeof waitlistZhCN> = { title: 'Waiting list' };
