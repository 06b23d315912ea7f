import { Injectable } from '@nestjs/common';
import { selectPage, type Page } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { ancestorsOf, circleFacilities, circleOf, coveredOn, reaches, type CircleParams } from './circle.sql';
import type { LatLng } from './domain/geo';
import type { CommunityPlaceRow } from './dto/place.dto';

export interface NewCommunityPlace extends LatLng {
  regionCode: string;
  olderPopulation: number;
  populationYear: number | null;
}

export interface CircleCommunityRow extends CommunityPlaceRow {
  minutes: number;
  radius: number;
  covered: boolean;
}

/** The values a circle is drawn with (AppConfig's walking speed and detour factor, the default minutes). */
export interface CircleValues {
  speed: number;
  detour: number;
  minutes: number;
}

export interface CircleFacilityRow {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  lat: number;
  lng: number;
}

const PLACE_COLUMNS = `c.region_code AS "regionCode", r.name, r.kind, c.lat, c.lng, c.older_population AS "olderPopulation", c.population_year AS "populationYear"`;

/** Community points and the service-circle minutes, the tables libs/places owns; facilities' points are the facility's own (FacilitiesRepository). */
@Injectable()
export class PlacesRepository {
  /** The communities' current points and populations, locked for the change. */
  async communityPlaces(codes: string[], manager: EntityManager): Promise<Map<string, NewCommunityPlace>> {
    const rows: NewCommunityPlace[] = await manager.query(
      `SELECT region_code AS "regionCode", lat, lng, older_population AS "olderPopulation", population_year AS "populationYear"
         FROM community_place WHERE region_code = ANY($1::varchar[]) ORDER BY region_code FOR UPDATE`,
      [codes],
    );
    return new Map(rows.map((row) => [row.regionCode, row]));
  }

  /** Inserts or replaces the points, set-based. */
  async putCommunityPlaces(places: readonly NewCommunityPlace[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO community_place (region_code, lat, lng, older_population, population_year)
       SELECT * FROM unnest($1::varchar[], $2::float8[], $3::float8[], $4::int[], $5::smallint[])
       ON CONFLICT (region_code) DO UPDATE SET lat = excluded.lat, lng = excluded.lng, older_population = excluded.older_population,
                                               population_year = excluded.population_year, updated_at = now()`,
      [
        places.map((p) => p.regionCode),
        places.map((p) => p.lat),
        places.map((p) => p.lng),
        places.map((p) => p.olderPopulation),
        places.map((p) => p.populationYear),
      ],
    );
  }

  async communityPlace(code: string, manager: EntityManager): Promise<CommunityPlaceRow | null> {
    const rows: CommunityPlaceRow[] = await manager.query(
      `SELECT ${PLACE_COLUMNS} FROM community_place c JOIN region r ON r.code = c.region_code WHERE c.region_code = $1`,
      [code],
    );
    return rows[0] ?? null;
  }

  /** The community points of a region's subtree, a page at a time in code order. */
  listCommunityPlaces(prefix: string, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<CommunityPlaceRow>> {
    return selectPage<CommunityPlaceRow>(
      manager,
      {
        count: `FROM community_place c WHERE c.region_code LIKE $1`,
        rows: `SELECT ${PLACE_COLUMNS} FROM community_place c JOIN region r ON r.code = c.region_code WHERE c.region_code LIKE $1 ORDER BY c.region_code`,
        params: [prefix],
      },
      query,
    );
  }

  /** The minutes that apply to a region and the region that sets them (itself or the nearest above), if any. */
  async circleMinutes(code: string, manager: EntityManager): Promise<{ minutes: number; setAt: string } | null> {
    const rows: { minutes: number; setAt: string }[] = await manager.query(
      `SELECT m.minutes, m.region_code AS "setAt" FROM service_circle_minutes m WHERE m.region_code IN (${ancestorsOf('$1::varchar')})
        ORDER BY m.region_code DESC LIMIT 1`,
      [code],
    );
    return rows[0] ?? null;
  }

  async ownCircleMinutes(code: string, manager: EntityManager): Promise<number | null> {
    const rows: { minutes: number }[] = await manager.query(`SELECT minutes FROM service_circle_minutes WHERE region_code = $1 FOR UPDATE`, [code]);
    return rows[0]?.minutes ?? null;
  }

  async putCircleMinutes(code: string, minutes: number, setBy: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO service_circle_minutes (region_code, minutes, set_by) VALUES ($1, $2, $3)
       ON CONFLICT (region_code) DO UPDATE SET minutes = excluded.minutes, set_by = excluded.set_by, updated_at = now()`,
      [code, minutes, setBy],
    );
  }

  /**
   * Every community point of the subtree with its circle and whether it is covered on `day` (by a facility of `kind`
   * only, when given).
   */
  circleCommunities(prefix: string, day: string, circle: CircleValues, manager: EntityManager, kind?: string): Promise<CircleCommunityRow[]> {
    const params: CircleParams = { speed: '$3', detour: '$4', minutes: '$5' };
    return manager.query(
      `SELECT ${PLACE_COLUMNS}, r2.minutes, r2.radius, ${coveredOn('c', 'r2', '$2::date', kind && '$6::text')} AS covered
         FROM community_place c JOIN region r ON r.code = c.region_code
        CROSS JOIN LATERAL ${circleOf('c', params)} r2
        WHERE c.region_code LIKE $1
        ORDER BY c.region_code`,
      [prefix, day, circle.speed, circle.detour, circle.minutes, ...(kind ? [kind] : [])],
    );
  }

  /**
   * The facilities drawing a circle on `day` (open, of a counting kind — of `kind` only, when given —, located) that
   * stand in the subtree or reach one of its communities from outside it.
   */
  circleFacilities(prefix: string, day: string, circle: CircleValues, manager: EntityManager, kind?: string): Promise<CircleFacilityRow[]> {
    const params: CircleParams = { speed: '$3', detour: '$4', minutes: '$5' };
    // The subtree's circles once, and the box around all of them: a facility outside that box reaches none, so
    // only those inside it are measured against each circle (on the demo data, 640 ms → a few ms for a district).
    return manager.query(
      `WITH circle AS MATERIALIZED (
         SELECT c.lat, c.lng, r2.radius, r2.dlat, r2.dlng FROM community_place c CROSS JOIN LATERAL ${circleOf('c', params)} r2 WHERE c.region_code LIKE $1),
       box AS (SELECT min(lat - dlat) AS south, max(lat + dlat) AS north, min(lng - dlng) AS west, max(lng + dlng) AS east FROM circle)
       SELECT f.id, f.name, p.kind, f.region_code AS "regionCode", f.latitude AS lat, f.longitude AS lng
         FROM ${circleFacilities('$2::date')}${kind ? ' AND p.kind = $6::text' : ''}
          AND (f.region_code LIKE $1
               OR EXISTS (SELECT 1 FROM box WHERE f.latitude BETWEEN box.south AND box.north AND f.longitude BETWEEN box.west AND box.east)
                  AND EXISTS (SELECT 1 FROM circle c WHERE ${reaches('c', 'c', 'f')}))
        ORDER BY f.region_code, f.name, f.id`,
      [prefix, day, circle.speed, circle.detour, circle.minutes, ...(kind ? [kind] : [])],
    );
  }

  /**
   * 选址 siting: which candidate sites — the community points of the subtree — lie within the circle of which of the
   * `demands` (communities by code), set-based: the demand's circle and box (circleOf), the candidates inside the box
   * through the (lat, lng) index, then the distance (reaches), as the circle KPI takes it for a facility.
   */
  sitingReaches(prefix: string, demands: readonly string[], circle: CircleValues, manager: EntityManager): Promise<{ site: string; demand: string }[]> {
    const params: CircleParams = { speed: '$3', detour: '$4', minutes: '$5' };
    return manager.query(
      `WITH demand AS MATERIALIZED (
         SELECT c.region_code, c.lat, c.lng, r.radius, r.dlat, r.dlng
           FROM community_place c CROSS JOIN LATERAL ${circleOf('c', params)} r
          WHERE c.region_code = ANY($2::varchar[]))
       SELECT s.region_code AS site, d.region_code AS demand
         FROM demand d
         JOIN (SELECT region_code, lat AS latitude, lng AS longitude FROM community_place WHERE region_code LIKE $1) s ON ${reaches('d', 'd', 's')}
        ORDER BY s.region_code, d.region_code`,
      [prefix, demands, circle.speed, circle.detour, circle.minutes],
    );
  }
}
