import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, uuidParam } from '@yiyang/core';
import type { AccessScope } from './access-scope';
import { Roles, Scope } from './decorators';
import { Role } from './domain/roles';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { mapUser, UserDto, UserPageDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users 用户')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: '创建用户 · Create an account', description: 'Administrators only. Each role needs its scope: officers a region, operators facilities, family members older people.' })
  @ApiCreatedResponse({ type: UserDto })
  async create(@Body() body: CreateUserDto): Promise<UserDto> {
    return mapUser(await this.users.create(body));
  }

  @Get()
  @Roles(Role.Admin, Role.CivilAffairs)
  @ApiOperation({ summary: '用户列表 · List accounts', description: 'Officers see the accounts of their region\'s subtree.' })
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() query: ListUsersQuery, @Scope() scope: AccessScope): Promise<UserPageDto> {
    const page = await this.users.list(query, scope);
    return { ...page, items: page.items.map(mapUser) };
  }

  @Get(':id')
  @Roles(Role.Admin, Role.CivilAffairs)
  @ApiOperation({ summary: '用户详情 · One account' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ description: 'No such account in the caller\'s scope' })
  async get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<UserDto> {
    return mapUser(await this.users.get(id, scope));
  }

  @Patch(':id')
  @ApiErrors(422)
  @Roles(Role.Admin)
  @ApiOperation({ summary: '修改用户 · Change an account', description: 'Role, scope, display name, password or active flag. The last active administrator cannot be demoted.' })
  @ApiOkResponse({ type: UserDto })
  async update(@Param('id', uuidParam('id')) id: string, @Body() body: UpdateUserDto, @Scope() scope: AccessScope): Promise<UserDto> {
    return mapUser(await this.users.update(id, body, scope));
  }
}
