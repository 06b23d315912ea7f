import { Module } from '@nestjs/common';
import { AuthModule } from '@yiyang/auth';
import { ReportingController } from './reporting.controller';
import { ReportingLockService } from './reporting-lock.service';

@Module({
  imports: [AuthModule],
  controllers: [ReportingController],
  providers: [ReportingLockService],
  exports: [ReportingLockService],
})
export class ReportingModule {}
