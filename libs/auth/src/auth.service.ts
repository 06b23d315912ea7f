import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, ForbiddenError, requestContext, UnauthorizedError } from '@yiyang/core';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { AuthUser } from './access-scope';
import { AuditService } from './audit.service';
import { LoginAttemptLimiter } from './login-attempt-limiter';
import type { Role } from './domain/roles';
import { mapUser } from './dto/user.dto';
import type { LoginResponseDto } from './dto/login.dto';
import { verifyPassword } from './password-hasher';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';
import { SignInRefused, UserSignedIn } from './audit-events';

/**
 * Audience of the API's access tokens. A token for a narrower surface (the queue dashboard's cookie) names its own,
 * so neither is accepted where the other is expected.
 */
export const API_TOKEN_AUDIENCE = 'yiyang-api';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  /** The account's token version when the token was issued (User.tokenVersion). */
  ver: number;
}

/** What verification adds to the claims: a token without an expiry would be valid for ever, so it is refused. */
type VerifiedClaims = Partial<AccessTokenClaims> & { exp?: number };

function claimsOf(user: Pick<AuthUser, 'id' | 'role' | 'tokenVersion'>): AccessTokenClaims {
  return { sub: user.id, role: user.role, ver: user.tokenVersion };
}

/** Claims the account look-up can rely on: an expiry, a subject that is an account id, a version. */
function wellFormed(claims: VerifiedClaims): claims is AccessTokenClaims & { exp: number } {
  return Number.isFinite(claims.exp) && isUUID(claims.sub) && Number.isInteger(claims.ver);
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** '8h' → 28800. */
export function durationSeconds(duration: string): number {
  const match = /^(\d+)([smhd])$/.exec(duration);
  if (!match) throw new Error(`Not a duration: ${duration}`);
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
}

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    displayName: user.displayName,
    regionCode: user.regionCode,
    facilityIds: user.facilityIds,
    residentIds: user.residentIds,
    tokenVersion: user.tokenVersion,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly limiter: LoginAttemptLimiter,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Same answer and about the same time for an unknown user, a wrong password and a disabled account. */
  async login(username: string, password: string, ip: string): Promise<LoginResponseDto> {
    await this.limiter.begin(ip, username);
    const user = await this.users.findByUsername(username, this.dataSource.manager);
    const valid = await verifyPassword(user?.passwordHash, password);
    if (!user || !valid || !user.active) {
      await this.audit.record(this.dataSource.manager, SignInRefused, {
        entityId: user?.id ?? null,
        actor: { id: user?.id ?? null, role: user?.role ?? null },
      });
      throw new UnauthorizedError('Wrong username or password');
    }
    await this.limiter.succeeded(ip, username);
    await this.dataSource.transaction(async (manager) => {
      user.lastLoginAt = await this.users.stampLogin(user.id, manager);
      await this.audit.record(manager, UserSignedIn, { entityId: user.id, actor: { id: user.id, role: user.role } });
    });
    return {
      accessToken: await this.jwt.signAsync(claimsOf(user)),
      tokenType: 'Bearer',
      expiresIn: durationSeconds(this.config.jwtTtl),
      user: mapUser(user),
    };
  }

  /**
   * A short-lived token for a surface other than the API, under its own audience (the queue dashboard's cookie).
   * It carries the access token's claims, its token version included, so it ends with the token that opened it; each
   * use goes through admit() again, so the account is checked every time.
   */
  async issueAudienceToken(user: AuthUser, audience: string, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync(claimsOf(user), { audience, expiresIn: ttlSeconds });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    return { token, expiresAt: new Date(exp * 1_000) };
  }

  /**
   * What the global guard checks once it has a token, shared with requests Nest's guard never sees (the queue
   * dashboard): a valid signature for the audience, the account as the database says now, then the role.
   */
  async admit(token: string, roles?: readonly Role[], audience: string = API_TOKEN_AUDIENCE): Promise<AuthUser> {
    const user = await this.authenticate(token, audience);
    // Before the role check, so a refused request is logged with who made it.
    requestContext.setUser(user.id, user.role);
    if (roles && !roles.includes(user.role)) throw new ForbiddenError(`Requires role: ${roles.join(' or ')}`);
    return user;
  }

  /**
   * The token's user as the database says now: a deactivated account, or one whose password, role or scope changed
   * since the token was issued (another token version), loses access at once.
   */
  async authenticate(token: string, audience: string = API_TOKEN_AUDIENCE): Promise<AuthUser> {
    let claims: VerifiedClaims;
    try {
      claims = await this.jwt.verifyAsync<VerifiedClaims>(token, { audience });
    } catch {
      throw new UnauthorizedError('Invalid or expired token');
    }
    if (!wellFormed(claims)) throw new UnauthorizedError('Invalid or expired token');
    const user = await this.users.findActiveById(claims.sub, this.dataSource.manager);
    if (!user || user.tokenVersion !== claims.ver) throw new UnauthorizedError('Invalid or expired token');
    return toAuthUser(user);
  }
}
