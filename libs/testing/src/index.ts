export * from './factories';
export * from './test-app';
export * from './test-database';
export * from './test-redis';
export * from './test-services';
export * from './wait';
export * from './capacity-factories';
export * from './redis-server';
