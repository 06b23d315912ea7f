import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '@yiyang/core';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AuditLogController } from './audit-log/audit-log.controller';
import { AuditLogRepository } from './audit-log/audit-log.repository';
import { AuditLogService } from './audit-log/audit-log.service';
import { AuditService } from './audit.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { API_TOKEN_AUDIENCE, AuthService } from './auth.service';
import { LoginAttemptLimiter } from './login-attempt-limiter';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.jwtSecret) throw new Error('JWT_SECRET is not set (embedded mode generates one at start-up)');
        // A ready KeyObject: given a string, jsonwebtoken tries to parse it as a public key on every verify, which
        // throws and costs more than the rest of an authenticated request.
        const key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.jwtTtl as `${number}h`, issuer: 'yiyang', audience: API_TOKEN_AUDIENCE, algorithm: 'HS256' },
          verifyOptions: { issuer: 'yiyang', audience: API_TOKEN_AUDIENCE, algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController, UsersController, AuditLogController],
  providers: [
    AuthService,
    UsersService,
    UsersRepository,
    AuditService,
    AuditLogService,
    AuditLogRepository,
    AdminBootstrapService,
    LoginAttemptLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuditService, AdminBootstrapService, AuthService, UsersService],
})
export class AuthModule {}
