import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requestContext } from '@yiyang/core';
import type { Request } from 'express';
import { AuthService } from './auth.service';
import { IS_PUBLIC, REQUIRED_ROLES, type AuthenticatedRequest } from './decorators';
import type { Role } from './domain/roles';

/** Global guard: every endpoint needs a valid bearer token unless marked @Public(), and the role @Roles() names. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & Partial<AuthenticatedRequest>>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedException('Missing bearer token');
    const user = await this.auth.authenticate(token);
    request.user = user;
    requestContext.setUser(user.id, user.role);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(user.role)) throw new ForbiddenException(`Requires role: ${roles.join(' or ')}`);
    return true;
  }
}
