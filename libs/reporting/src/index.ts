export * from './reporting-lock.entity';
export * from './reporting-lock.service';
export * from './reporting.module';
