export * from './domain/medical-kinds';
export * from './dto/medical-view.dto';
export * from './dto/medical.dto';
export * from './kangyang-consortium.entity';
export * from './medical-agreement.entity';
export * from './medical-institution-import';
export * from './medical-institution.entity';
export * from './medical.module';
