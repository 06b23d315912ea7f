import { profileChanges } from './profile-changes';

const current = { name: '渝北区福利院', address: '双凤桥街道 1 号', phone: null, kind: 'institution', ownership: 'public', functions: ['full_time_care', 'meals'], smart: false, aGrade: null };

describe('profileChanges', () => {
  it('sends only what changed, with the effective date when a dated field is among it', () => {
    expect(profileChanges(current, { ...current, smart: true, functions: ['meals', 'full_time_care', 'day_care'] }, '2026-12-01')).toEqual({
      body: { smart: true, functions: ['meals', 'full_time_care', 'day_care'], effectiveFrom: '2026-12-01' },
      dated: true,
    });
  });
  it('changes the description at once, without a date', () => {
    expect(profileChanges(current, { ...current, phone: '023-6789 0000' }, '2026-12-01')).toEqual({ body: { phone: '023-6789 0000' }, dated: false });
  });
  it('treats an emptied text as clearing it, and the same functions in another order as unchanged', () => {
    expect(profileChanges(current, { ...current, address: '', functions: ['meals', 'full_time_care'] }, undefined)).toEqual({ body: { address: null }, dated: false });
    expect(profileChanges(current, { ...current, phone: '' }, undefined)).toEqual({ body: {}, dated: false });
  });
  it('never sends an official field the form did not change', () => {
    expect(profileChanges(current, { ...current, kind: 'institution', ownership: 'public', sunshineKitchen: true }, '2026-12-01').body).toEqual({ sunshineKitchen: true, effectiveFrom: '2026-12-01' });
  });
});
