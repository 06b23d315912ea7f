import { Injectable } from '@nestjs/common';

/** Bounds the cache by the size of what it holds (UTF-16 length ≈ bytes of the JSON sent). */
const MAX_CHARACTERS = 64 * 1024 * 1024;

/** A rendered board and the entity tag it is sent with. */
export interface BoardRendering {
  json: string;
  etag: string;
}

interface Entry extends BoardRendering {
  /** Epoch ms after which the board changes by itself (a reservation ends), if it will. */
  freshUntil: number;
}

/**
 * The entity tag of a board: what it is a function of — the facility's board version, the date shown, and the moment
 * the first reservation on it ends (the one change time makes by itself). The facility is the URL's. Weak, because
 * compression sends other bytes of the same board.
 */
export function boardEtag(version: string, date: string, freshUntil: Date | null): string {
  return `W/"${version}.${date}.${freshUntil ? freshUntil.getTime() : 'n'}"`;
}

const BOARD_ETAG = /^(?:W\/)?"(\d+)\.(\d{4}-\d{2}-\d{2})\.(\d+|n)"$/;

/**
 * The tag of an If-None-Match header that names the board as it is now, if any: one of the current version and the
 * same date whose reservations have not begun to end. Decided without rendering, or even holding, the board.
 */
export function unchangedBoardTag(ifNoneMatch: string | undefined, version: string, date: string, now = Date.now()): string | undefined {
  return ifNoneMatch
    ?.split(',')
    .map((tag) => tag.trim())
    .find((tag) => {
      const match = BOARD_ETAG.exec(tag);
      return match !== null && match[1] === version && match[2] === date && (match[3] === 'n' || now < Number(match[3]));
    });
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

  get(facilityId: string, date: string, version: string, now = Date.now()): BoardRendering | undefined {
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
    return { json: hit.json, etag: hit.etag };
  }

  /** Keeps a board rendered at `version` (its etag computed here) until `freshUntil`; returns what is sent. */
  set(facilityId: string, date: string, version: string, json: string, freshUntil: Date | null = null): BoardRendering {
    const rendering = { json, etag: boardEtag(version, date, freshUntil) };
    const key = `${facilityId}|${date}|${version}`;
    if (this.entries.has(key) || json.length > MAX_CHARACTERS / 4) return rendering;
    this.entries.set(key, { ...rendering, freshUntil: freshUntil ? freshUntil.getTime() : Infinity });
    this.characters += json.length;
    for (const [oldest, entry] of this.entries) {
      if (this.characters <= MAX_CHARACTERS) break;
      this.entries.delete(oldest);
      this.characters -= entry.json.length;
    }
    return rendering;
  }
}
