import type { Shape } from '../shape';

export const assessmentsZhCN = { title: '能力评估' };

export const assessmentsEn: Shape<typeof assessmentsZhCN> = { title: 'Capability assessments' };
