import { sitingParamsOf } from './siting-params';

describe('the siting page’s address', () => {
  const of = (query: string) => sitingParamsOf(new URLSearchParams(query));

  it('asks for a proposal when region, kind, k and month are all there and sound', () => {
    expect(of('region=500112100000&kind=canteen&k=3&month=2025-06')).toEqual({ regionCode: '500112100000', facilityKind: 'canteen', k: 3, month: '2025-06' });
  });

  it('asks nothing when one is missing or out of range', () => {
    expect(of('region=500112100000&kind=canteen&k=3')).toBeNull();
    expect(of('region=500112&kind=canteen&k=3&month=2025-06')).toBeNull();
    expect(of('region=500112100000&kind=institution&k=3&month=2025-06')).toBeNull();
    expect(of('region=500112100000&kind=canteen&k=21&month=2025-06')).toBeNull();
    expect(of('region=500112100000&kind=canteen&k=1.5&month=2025-06')).toBeNull();
    expect(of('region=500112100000&kind=canteen&k=2&month=2025-6')).toBeNull();
  });
});
