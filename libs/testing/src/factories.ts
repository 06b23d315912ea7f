import type { Role } from '@yiyang/auth';
import { TEST_ADMIN, type TestApp } from './test-app';

let sequence = 0;

export interface CreatedUser {
  id: string;
  username: string;
  password: string;
  token: string;
}

/** Creates an account through the API as the administrator would, and logs it in. */
export async function createUser(
  t: TestApp,
  input: { role: Role; regionCode?: string; facilityIds?: string[]; residentIds?: string[]; username?: string },
): Promise<CreatedUser> {
  const adminToken = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
  const username = input.username ?? `${input.role.replace('_', '-')}-${process.pid}-${++sequence}`;
  const password = `pw-${username}-long-enough`;
  const response = await t.http
    .post('/api/v1/users')
    .set('Authorization', `Bearer ${adminToken}`)
    .send({ ...input, username, password });
  if (response.status !== 201) throw new Error(`creating ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: response.body.id, username, password, token: await t.login(username, password) };
}
