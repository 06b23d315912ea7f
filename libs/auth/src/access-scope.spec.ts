import { AccessScope, type AuthUser } from './access-scope';
import { Role } from './domain/roles';

const FACILITY = '0b5c3f8e-1111-4a2b-9c3d-000000000001';
const RESIDENT = '0b5c3f8e-2222-4a2b-9c3d-000000000002';

function user(role: Role, grants: Partial<AuthUser> = {}): AuthUser {
  return { id: 'u', username: 'u', displayName: 'u', role, regionCode: null, facilityIds: [], residentIds: [], tokenVersion: 0, ...grants };
}

describe('AccessScope', () => {
  it('does not restrict an administrator', () => {
    const params: unknown[] = [];
    expect(new AccessScope(user(Role.Admin)).sql({ regionCode: 'f.region_code' }, params)).toBe('TRUE');
    expect(params).toEqual([]);
  });

  it('limits an officer to the subtree of their region', () => {
    const params: unknown[] = ['already-there'];
    const sql = new AccessScope(user(Role.CivilAffairs, { regionCode: '500112000000' })).sql({ regionCode: 'f.region_code' }, params);
    expect(sql).toBe('(f.region_code LIKE $2)');
    expect(params).toEqual(['already-there', '500112%']);
  });

  it('limits an operator to their facilities, with named parameters for the query builder', () => {
    const where = new AccessScope(user(Role.Operator, { facilityIds: [FACILITY] })).where({ regionCode: 'b.region_code', facilityId: 'b.facility_id' });
    expect(where.sql).toBe('(b.facility_id = ANY(:scope0::uuid[]))');
    expect(where.params).toEqual({ scope0: [FACILITY] });
  });

  it('matches any grant the caller holds', () => {
    const scope = new AccessScope(user(Role.Assessor, { regionCode: '330203000000', facilityIds: [FACILITY] }));
    const params: unknown[] = [];
    expect(scope.sql({ regionCode: 'r.region_code', facilityId: 'r.facility_id' }, params)).toBe(
      '(r.region_code LIKE $1 OR r.facility_id = ANY($2::uuid[]))',
    );
  });

  it('ignores a grant the role may not hold, should one ever be stored', () => {
    const family = new AccessScope(user(Role.Family, { residentIds: [RESIDENT], regionCode: '330000000000' }));
    expect(family.sql({ regionCode: 'r.region_code', residentId: 'r.id' }, [])).toBe('(r.id = ANY($1::uuid[]))');
  });

  it('matches nothing when the query has no column the grants apply to', () => {
    const family = new AccessScope(user(Role.Family, { residentIds: [RESIDENT] }));
    expect(family.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, [])).toBe('FALSE');
    expect(family.sql({ residentId: 's.resident_id' }, [])).toBe('(s.resident_id = ANY($1::uuid[]))');
  });

  it('matches several region columns and facilities linked through a subquery', () => {
    const params: unknown[] = [];
    const officer = new AccessScope(user(Role.CivilAffairs, { regionCode: '500112000000' }));
    expect(officer.sql({ regionCode: ['r.residence_region_code', 'r.hukou_region_code'] }, params)).toBe(
      '(r.residence_region_code LIKE $1 OR r.hukou_region_code LIKE $1)',
    );
    const operator = new AccessScope(user(Role.Operator, { facilityIds: [FACILITY] }));
    expect(operator.sql({ facilityIdIn: 'SELECT facility_id FROM resident_facility WHERE resident_id = r.id' }, [])).toBe(
      '(EXISTS (SELECT 1 FROM (SELECT facility_id FROM resident_facility WHERE resident_id = r.id) AS linked(facility_id) WHERE linked.facility_id = ANY($1::uuid[])))',
    );
  });

  it('says which targets a caller may change', () => {
    const officer = new AccessScope(user(Role.CivilAffairs, { regionCode: '500112000000' }));
    expect(officer.covers({ regionCode: '500112002000' })).toBe(true);
    expect(officer.covers({ regionCode: '500113002000' })).toBe(false);
    const operator = new AccessScope(user(Role.Operator, { facilityIds: [FACILITY] }));
    expect(operator.covers({ regionCode: '500112002000', facilityId: FACILITY })).toBe(true);
    expect(operator.covers({ regionCode: '500112002000' })).toBe(false);
    expect(new AccessScope(user(Role.Admin)).covers({ regionCode: '110000000000' })).toBe(true);
  });
});
