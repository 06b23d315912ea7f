export * from './bed.entity';
export * from './beds.module';
export * from './beds.repository';
export * from './beds.service';
export * from './dto/bed-view.dto';
export * from './dto/bed.dto';
