export * from './domain/region-rules';
export * from './dto/region.dto';
export * from './region-population.entity';
export * from './region.entity';
export * from './regions.module';
export * from './regions.repository';
export * from './regions.service';
