import { draftHref, namedIn, parseDraft } from './draft';

const draft = {
  regionCode: '330203000000',
  month: '2025-06',
  changes: [
    { kind: 'convert_beds' as const, facilityId: 'f1', beds: 20, from: '2025-06-01' },
    { kind: 'add_centre' as const, townshipCode: '330203001000', from: '2025-06-01' },
    { kind: 'set_population' as const, regionCode: '330203000000', age60Plus: 12000, from: '2025-01-01' },
  ],
};

describe('scenario drafts in the URL', () => {
  it('round-trips through the link the other pages build', () => {
    const href = draftHref(draft);
    expect(href.startsWith('/scenarios?draft=')).toBe(true);
    expect(parseDraft(new URLSearchParams(href.split('?')[1]).get('draft'))).toEqual(draft);
  });

  it('refuses what is not a draft and drops changes of unknown kinds', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{')).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, regionCode: '33' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, month: '2025-13' }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft, changes: [{ kind: 'raze' }, draft.changes[0], null] }))?.changes).toEqual([draft.changes[0]]);
  });

  it('lists the facilities and regions to name', () => {
    expect(namedIn(draft.changes)).toEqual({ facilities: ['f1'], regions: ['330203001000', '330203000000'] });
  });
});
