import type { Shape } from '../shape';

export const facilityZhCN = { switch: '切换机构', none: '您还没有可管理的养老机构，请联系民政部门或管理员开通。' };

export const facilityEn: Shape<typeof facilityZhCN> = { switch: 'Switch facility', none: 'You do not run a care facility yet: ask the civil-affairs office or an administrator to give you one.' };
