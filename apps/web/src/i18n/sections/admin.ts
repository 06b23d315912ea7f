import type { Shape } from '../shape';

export const adminZhCN = {
  title: '系统管理',
};

export const adminEn: Shape<typeof adminZhCN> = {
  title: 'Administration',
};
