export * from './domain/id-number';
export * from './domain/resident-enums';
export * from './dto/resident.dto';
export * from './resident.entity';
export * from './residents.module';
export * from './residents.repository';
export * from './residents.service';
