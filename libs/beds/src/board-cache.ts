import { Injectable } from '@nestjs/common';

/** Bounds the cache by the size of what it holds (UTF-16 length ≈ bytes of the JSON sent). */
const MAX_CHARACTERS = 64 * 1024 * 1024;

interface Entry {
  json: string;
  /** Epoch ms after which the board changes by itself (a reservation ends), if it will. */
  freshUntil: number;
}

/**
 * Rendered bed boards, as JSON text, keyed by facility, date and the facility's board_version. The version is bumped
 * by database triggers on every change a board shows, so an entry is either current or never asked for again; the
 * one change time makes by itself (an offered bed's reservation ending) retires an entry at that moment. Least
 * recently used entries go first when the cache is full. One per API process.
 */
@Injectable()
export class BoardCache {
  private readonly entries = new Map<string, Entry>();
  private characters = 0;

  get(facilityId: string, date: string, version: string, now = Date.now()): string | undefined {
    const key = `${facilityId}|${date}|${version}`;
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    this.entries.delete(key);
    if (hit.freshUntil <= now) {
      this.characters -= hit.json.length;
      return undefined;
    }
    // Re-insert: Map keeps insertion order, so the front is the least recently used.
    this.entries.set(key, hit);
    return hit.json;
  }

  set(facilityId: string, date: string, version: string, json: string, freshUntil: Date | null = null): void {
    const key = `${facilityId}|${date}|${version}`;
    if (this.entries.has(key) || json.length > MAX_CHARACTERS / 4) return;
    this.entries.set(key, { json, freshUntil: freshUntil ? freshUntil.getTime() : Infinity });
    this.characters += json.length;
    for (const [oldest, entry] of this.entries) {
      if (this.characters <= MAX_CHARACTERS) break;
      this.entries.delete(oldest);
      this.characters -= entry.json.length;
    }
  }
}
