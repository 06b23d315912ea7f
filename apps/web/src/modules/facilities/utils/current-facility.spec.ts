import { pickFacility, switchFacilityPath } from './current-facility';

describe('the current facility', () => {
  it('keeps the one chosen last while the person still runs it, else opens their first', () => {
    expect(pickFacility('b', ['a', 'b'])).toBe('b');
    expect(pickFacility('gone', ['a', 'b'])).toBe('a');
    expect(pickFacility(null, ['a'])).toBe('a');
    expect(pickFacility(null, [])).toBeNull();
  });

  it('switches to the same page of another facility, leaving the old one’s filters and sub-pages behind', () => {
    expect(switchFacilityPath('/facilities/a/beds', 'b')).toBe('/facilities/b/beds');
    expect(switchFacilityPath('/facilities/a/beds/labels', 'b')).toBe('/facilities/b/beds');
    expect(switchFacilityPath('/facilities/a/services', 'b')).toBe('/facilities/b/services');
    expect(switchFacilityPath('/residents', 'b')).toBe('/facilities/b/beds');
  });
});
