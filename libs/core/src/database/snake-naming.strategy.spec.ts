import { toSnakeCase } from './snake-naming.strategy';

describe('toSnakeCase', () => {
  it.each([
    ['careType', 'care_type'],
    ['age60Plus', 'age60_plus'],
    ['QueueHeartbeat', 'queue_heartbeat'],
    ['facilityIds', 'facility_ids'],
    ['HTTPStatus', 'http_status'],
    ['id', 'id'],
  ])('%s → %s', (name, expected) => expect(toSnakeCase(name)).toBe(expected));
});
