import { UserFields } from './user-fields';
import type { Role } from '../domain/roles';

export class CreateUserDto {
  @UserFields.username()
  username: string;

  @UserFields.password(true)
  password: string;

  @UserFields.role(true)
  role: Role;

  @UserFields.displayName()
  displayName?: string;

  @UserFields.regionCode()
  regionCode?: string | null;

  @UserFields.uuidList('可见机构 · Facilities the user may see (operators need at least one)')
  facilityIds?: string[];

  @UserFields.uuidList('关联老年人 · Older people a family member is linked to')
  residentIds?: string[];
}
