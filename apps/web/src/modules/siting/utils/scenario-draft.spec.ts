import { scenarioDraftHref } from './scenario-draft';

describe('a proposal turned into a scenario', () => {
  it('opens /scenarios with the region, month and changes as the draft parameter', () => {
    const changes = [{ kind: 'open_facility' as const, townshipCode: '500112100000', facilityKind: 'canteen' as const, beds: 0, careBeds: 0, from: '2025-07-01', name: '村三老年食堂' }];
    const href = scenarioDraftHref({ regionCode: '500112100000', month: '2025-06', changes });
    expect(href.startsWith('/scenarios?draft=')).toBe(true);
    const draft = new URL(href, 'http://yiyang.test').searchParams.get('draft');
    expect(JSON.parse(draft!)).toEqual({ regionCode: '500112100000', month: '2025-06', changes });
    expect(href).not.toMatch(/[{}"&]/);
  });
});
