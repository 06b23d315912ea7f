import { Client } from 'pg';
import { loadConfig } from '@yiyang/core';

/**
 * Container health check of a worker: some worker processed a job of the system queue within the last two minutes
 * (the heartbeat job runs every 30 seconds). Exit 0 healthy, 1 not.
 */
async function check(): Promise<boolean> {
  const config = loadConfig();
  if (!config.databaseUrl) return false;
  const client = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ fresh: boolean }>(
      `SELECT coalesce(max(beat_at) > now() - interval '2 minutes', false) AS fresh FROM queue_heartbeat WHERE queue = 'system'`,
    );
    return rows[0].fresh;
  } finally {
    await client.end();
  }
}

check().then(
  (healthy) => process.exit(healthy ? 0 : 1),
  () => process.exit(1),
);
