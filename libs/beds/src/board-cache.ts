import { Injectable } from '@nestjs/common';

/** Bounds the cache by the size of what it holds (UTF-16 length ≈ bytes of the JSON sent). */
const MAX_CHARACTERS = 64 * 1024 * 1024;

/**
 * Rendered bed boards, as JSON text, keyed by facility, date and the facility's board_version. The version is bumped
 * by database triggers on every change a board shows, so an entry is either current or never asked for again;
 * least recently used entries go first when the cache is full. One per API process.
 */
@Injectable()
export class BoardCache {
  private readonly entries = new Map<string, string>();
  private characters = 0;

  get(facilityId: string, date: string, version: string): string | undefined {
    const key = `${facilityId}|${date}|${version}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-insert: Map keeps insertion order, so the front is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(facilityId: string, date: string, version: string, json: string): void {
    const key = `${facilityId}|${date}|${version}`;
    if (this.entries.has(key) || json.length > MAX_CHARACTERS / 4) return;
    this.entries.set(key, json);
    this.characters += json.length;
    for (const [oldest, value] of this.entries) {
      if (this.characters <= MAX_CHARACTERS) break;
      this.entries.delete(oldest);
      this.characters -= value.length;
    }
  }
}
