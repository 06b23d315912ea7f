import type { SessionUser } from './session-store';

/**
 * The region whose subtree the person sees (null: everything). The OpenAPI document types UserDto.regionCode as an
 * object (its @ApiProperty gives no `type` for the nullable string), so it is read here, in one place, as what the
 * API sends: a 12-digit code or null.
 */
export function userRegion(user: SessionUser | undefined): string | null {
  const code: unknown = user?.regionCode;
  return typeof code === 'string' ? code : null;
}
