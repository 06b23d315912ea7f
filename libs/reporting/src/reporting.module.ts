import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { ReportingController } from './reporting.controller';
import { ReportingLockRepository } from './reporting-lock.repository';
import { ReportingLockService } from './reporting-lock.service';

@Module({
  imports: [AuthModule],
  controllers: [ReportingController],
  providers: [ReportingLockService, ReportingLockRepository],
  exports: [ReportingLockService],
})
export class ReportingModule {}
