import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedisServer, type OwnRedisServer } from '@yiyang/testing';
import { redisDurabilityProblems } from './redis-durability';

/** Each case runs its own redis-server configured as a deployment might be. */
describe('redisDurabilityProblems', () => {
  let dir: string;
  let server: OwnRedisServer | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'yiyang-redis-'));
  });
  afterEach(async () => {
    await server?.cleanup();
    server = undefined;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const problemsOf = async (settings: string[]) => {
    server = await startRedisServer(['--dir', dir, ...settings]);
    return redisDurabilityProblems(server.client());
  };

  it('finds nothing wrong with the append-only file and noeviction', async () => {
    expect(await problemsOf(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction'])).toEqual([]);
  });

  it('names each setting that would lose jobs', async () => {
    expect(await problemsOf(['--maxmemory-policy', 'allkeys-lru'])).toEqual([
      expect.stringMatching(/^appendonly is no, should be yes/),
      expect.stringMatching(/^maxmemory-policy is allkeys-lru, should be noeviction/),
    ]);
  });

  it('cannot tell, without failing, when CONFIG is disabled', async () => {
    expect(await problemsOf(['--rename-command', 'CONFIG', ''])).toBeUndefined();
  });
});
