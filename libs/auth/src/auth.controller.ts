import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthUser } from './access-scope';
import { AuthService } from './auth.service';
import { CurrentUser, Public, Read } from './decorators';
import { LoginDto, LoginResponseDto } from './dto/login.dto';
import { mapUser, UserDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('auth 认证')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '登录 · Log in', description: 'Returns a bearer token. After LOGIN_RATE_LIMIT failed attempts for one username from one address (or five times as many from one address), 429 with Retry-After until the window ends.' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins; Retry-After says for how many seconds' })
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<LoginResponseDto> {
    return this.auth.login(body.username, body.password, ip);
  }

  @ApiBearerAuth()
  @Read('me', UserDto, { summary: '当前用户 · The caller\'s account' })
  async me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return mapUser(await this.users.getOwnAccount(user.id));
  }
}
