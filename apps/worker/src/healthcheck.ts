import { stat } from 'node:fs/promises';
import { WORKER_LIVENESS_FILE } from '@yiyang/core';

/**
 * Container health check of one worker: its process stamped WORKER_LIVENESS_FILE within the last minute, which it
 * does every 15 s while all its BullMQ workers run and Redis answers. A hung event loop or a lost Redis lets the
 * stamp go stale. Exit 0 healthy, 1 not. (The fleet-wide view is GET /api/v1/system/jobs.)
 */
const MAX_AGE_MS = 60_000;

stat(WORKER_LIVENESS_FILE).then(
  (file) => process.exit(Date.now() - file.mtimeMs < MAX_AGE_MS ? 0 : 1),
  () => process.exit(1),
);
