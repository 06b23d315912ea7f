import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { ForegroundActivity } from './foreground-activity';

function request(activity: ForegroundActivity): { finish: () => void } {
  const response = new EventEmitter();
  activity.middleware()({} as Request, response as unknown as Response, (() => undefined) as NextFunction);
  return { finish: () => response.emit('finish') };
}

describe('ForegroundActivity', () => {
  it('is busy while a request is in flight and for a moment after, then quiet', async () => {
    const activity = new ForegroundActivity(50, 5_000);
    expect(activity.busy).toBe(false);
    const first = request(activity);
    expect(activity.busy).toBe(true);
    first.finish();
    expect(activity.busy).toBe(true);
    await activity.whenQuiet();
    expect(activity.busy).toBe(false);
  });

  it('counts a request that both finishes and closes once', async () => {
    const activity = new ForegroundActivity(0, 5_000);
    const response = new EventEmitter();
    activity.middleware()({} as Request, response as unknown as Response, (() => undefined) as NextFunction);
    response.emit('finish');
    response.emit('close');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(activity.busy).toBe(false);
  });

  it('lets the background go on after maxWaitMs however busy the foreground is', async () => {
    const activity = new ForegroundActivity(50, 150);
    request(activity);
    const started = Date.now();
    await activity.whenQuiet();
    expect(activity.busy).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
