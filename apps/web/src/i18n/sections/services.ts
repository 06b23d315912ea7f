import type { Shape } from '../shape';

export const servicesZhCN = { title: '今日服务' };

export const servicesEn: Shape<typeof servicesZhCN> = { title: 'Today\'s services' };
