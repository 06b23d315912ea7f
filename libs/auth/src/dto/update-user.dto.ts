import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Omittable } from '@yiyang/core';
import { UserFields } from './user-fields';
import type { Role } from '../domain/roles';

/** Every field optional; what is sent is changed, the rest stays. */
export class UpdateUserDto {
  @UserFields.password(false)
  password?: string;

  @UserFields.role(false)
  role?: Role;

  @UserFields.displayName()
  displayName?: string;

  @UserFields.regionCode()
  regionCode?: string | null;

  @UserFields.uuidList('可见机构 · Facilities the user may see')
  facilityIds?: string[];

  @UserFields.uuidList('关联老年人 · Older people a family member is linked to')
  residentIds?: string[];

  @ApiProperty({ description: '是否启用；停用后立即无法访问 · Whether the account may log in; takes effect at once', required: false })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}
