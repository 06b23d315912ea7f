import type { Shape } from '../shape';

export const familyZhCN = {
  title: '我的家人',
};

export const familyEn: Shape<typeof familyZhCN> = {
  title: 'My family',
};
