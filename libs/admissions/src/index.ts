export * from './admission-policy.service';
export * from './admissions.module';
export * from './admissions.service';
export * from './domain/waitlist-policy';
export * from './dto/admission.dto';
export * from './dto/policy.dto';
export * from './stay.entity';
export * from './waitlist.service';
