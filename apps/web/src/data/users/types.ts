import type { components, operations } from '@web/api/schema';

export type User = components['schemas']['UserDto'];
export type UserPage = components['schemas']['UserPageDto'];
export type CreateUser = components['schemas']['CreateUserDto'];
export type UpdateUser = components['schemas']['UpdateUserDto'];
export type UserFilters = NonNullable<operations['UsersController_list']['parameters']['query']>;
