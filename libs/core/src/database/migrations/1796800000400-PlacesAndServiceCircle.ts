import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Places on the map (facilities' points, now double precision, and communities', WGS-84) and the plan's service-circle minutes per region, for the
 * service circle's coverage (service_circle_coverage). The (lat, lng) indexes serve the bounding-box prefilter
 * before the haversine distance.
 */
export class PlacesAndServiceCircle1796800000400 implements MigrationInterface {
    name = 'PlacesAndServiceCircle1796800000400'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // A facility's point stays where the registry always kept it (facility.latitude/longitude), now declared WGS-84
        // and stored as double precision, so the circle's bounding box compares it with an index.
        await queryRunner.query(`ALTER TABLE "facility" DROP CONSTRAINT "facility_coordinates_check"`);
        await queryRunner.query(`ALTER TABLE "facility" ALTER COLUMN "latitude" TYPE double precision, ALTER COLUMN "longitude" TYPE double precision`);
        await queryRunner.query(`
            ALTER TABLE "facility" ADD CONSTRAINT "facility_coordinates_check"
            CHECK (("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180))
        `);
        await queryRunner.query(`CREATE INDEX "facility_latitude_longitude_idx" ON "facility" ("latitude", "longitude")`);
        await queryRunner.query(`
            CREATE TABLE "community_place" (
                "region_code" character varying(12) NOT NULL,
                "lat" double precision NOT NULL,
                "lng" double precision NOT NULL,
                "older_population" integer NOT NULL,
                "population_year" smallint,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "community_place_region_code_check" CHECK ("region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '000$'),
                CONSTRAINT "community_place_lat_check" CHECK ("lat" BETWEEN 3 AND 54),
                CONSTRAINT "community_place_lng_check" CHECK ("lng" BETWEEN 73 AND 136),
                CONSTRAINT "community_place_older_population_check" CHECK ("older_population" >= 0),
                CONSTRAINT "community_place_population_year_check" CHECK ("population_year" IS NULL OR "population_year" BETWEEN 2000 AND 2100),
                CONSTRAINT "community_place_pkey" PRIMARY KEY ("region_code")
            )
        `);
        await queryRunner.query(`CREATE INDEX "community_place_lat_lng_idx" ON "community_place" ("lat", "lng")`);
        await queryRunner.query(`
            ALTER TABLE "community_place"
            ADD CONSTRAINT "community_place_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE TABLE "service_circle_minutes" (
                "region_code" character varying(12) NOT NULL,
                "minutes" smallint NOT NULL,
                "set_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "service_circle_minutes_minutes_check" CHECK ("minutes" BETWEEN 5 AND 60),
                CONSTRAINT "service_circle_minutes_pkey" PRIMARY KEY ("region_code")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "service_circle_minutes"
            ADD CONSTRAINT "service_circle_minutes_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "service_circle_minutes"`);
        await queryRunner.query(`DROP TABLE "community_place"`);
        await queryRunner.query(`DROP INDEX "facility_latitude_longitude_idx"`);
        await queryRunner.query(`ALTER TABLE "facility" DROP CONSTRAINT "facility_coordinates_check"`);
        await queryRunner.query(`ALTER TABLE "facility" ALTER COLUMN "latitude" TYPE numeric(9, 6), ALTER COLUMN "longitude" TYPE numeric(9, 6)`);
        await queryRunner.query(`
            ALTER TABLE "facility" ADD CONSTRAINT "facility_coordinates_check"
            CHECK (("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180))
        `);
    }
}
