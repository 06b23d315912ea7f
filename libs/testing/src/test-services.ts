import { Socket } from 'node:net';
import { loadTestEnvironment, type TestEnvironment } from '@yiyang/core';

let environment: TestEnvironment | undefined;

export function testEnvironment(): TestEnvironment {
  environment ??= loadTestEnvironment();
  return environment;
}

/** Whether something answers TCP at the URL's host and port. */
export function reachable(url: string, timeoutMs = 1_000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const defaultPort = url.startsWith('redis') ? 6379 : 5432;
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port || defaultPort), hostname, () => done(true));
  });
}

/** Printed once per test file when a service is missing and we fall back or skip (never under CI). */
export function notice(message: string): void {
  process.stderr.write(`\n  ⚠ ${message}\n\n`);
}
