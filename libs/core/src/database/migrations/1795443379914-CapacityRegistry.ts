import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Regions and their population, facilities with effective-dated profiles, inspections, star ratings and staff, rooms
 * and beds with effective-dated classification, and the reporting lock. Generated from the entities, plus by hand:
 * prefix indexes (varchar_pattern_ops), so "a region and everything below it" (code LIKE '500112%') uses an index
 * whatever the database's collation; and the triggers that bump facility.board_version on every change a bed board
 * shows, so cached boards are invalidated by the database itself, whichever code path writes.
 */
export class CapacityRegistry1795443379914 implements MigrationInterface {
    name = 'CapacityRegistry1795443379914'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "reporting_lock" (
                "id" boolean NOT NULL DEFAULT true,
                "closed_through" date,
                "changed_by" uuid,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "reporting_lock_single_row" CHECK ("id"),
                CONSTRAINT "reporting_lock_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "region" (
                "code" character varying(12) NOT NULL,
                "name" text NOT NULL,
                "level" text NOT NULL,
                "kind" text,
                "parent_code" character varying(12),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "region_kind_check" CHECK (
                    CASE
                        "level"
                        WHEN 'township' THEN "kind" IN ('street', 'town', 'township', 'other')
                        WHEN 'village' THEN "kind" IN ('village', 'community', 'other')
                        ELSE "kind" IS NULL
                    END
                ),
                CONSTRAINT "region_level_check" CHECK (
                    CASE
                        "level"
                        WHEN 'province' THEN "code" ~ '^[0-9]{2}0{10}$'
                        AND "parent_code" IS NULL
                        WHEN 'city' THEN "code" ~ '^[0-9]{4}0{8}$'
                        AND "code" !~ '^[0-9]{2}0{10}$'
                        AND "parent_code" = rpad(left("code", 2), 12, '0')
                        WHEN 'county' THEN "code" ~ '^[0-9]{6}0{6}$'
                        AND "code" !~ '^[0-9]{4}0{8}$'
                        AND "parent_code" = rpad(left("code", 4), 12, '0')
                        WHEN 'township' THEN "code" ~ '^[0-9]{9}000$'
                        AND "code" !~ '^[0-9]{6}0{6}$'
                        AND "parent_code" = rpad(left("code", 6), 12, '0')
                        WHEN 'village' THEN "code" ~ '^[0-9]{12}$'
                        AND "code" !~ '000$'
                        AND "parent_code" = rpad(left("code", 9), 12, '0')
                        ELSE false
                    END
                ),
                CONSTRAINT "region_pkey" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "region_parent_code_idx" ON "region" ("parent_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "region_population" (
                "region_code" character varying(12) NOT NULL,
                "year" smallint NOT NULL,
                "basis" text NOT NULL,
                "age60_plus" integer NOT NULL,
                "age65_plus" integer,
                "age80_plus" integer,
                "source" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "region_population_ages_check" CHECK (
                    "age60_plus" >= 0
                    AND (
                        "age65_plus" IS NULL
                        OR "age65_plus" BETWEEN 0 AND "age60_plus"
                    )
                    AND (
                        "age80_plus" IS NULL
                        OR "age80_plus" BETWEEN 0 AND coalesce("age65_plus", "age60_plus")
                    )
                ),
                CONSTRAINT "region_population_year_check" CHECK (
                    "year" BETWEEN 1949 AND 2100
                ),
                CONSTRAINT "region_population_basis_check" CHECK ("basis" IN ('registered', 'resident')),
                CONSTRAINT "region_population_pkey" PRIMARY KEY ("region_code", "year", "basis")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "facility" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "address" text,
                "latitude" numeric(9, 6),
                "longitude" numeric(9, 6),
                "phone" text,
                "opened_on" date NOT NULL,
                "closed_on" date,
                "close_reason" text,
                "board_version" bigint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "facility_coordinates_check" CHECK (
                    (
                        "latitude" IS NULL
                        OR "latitude" BETWEEN -90 AND 90
                    )
                    AND (
                        "longitude" IS NULL
                        OR "longitude" BETWEEN -180 AND 180
                    )
                ),
                CONSTRAINT "facility_region_level_check" CHECK (
                    "region_code" ~ '^[0-9]{12}$'
                    AND "region_code" !~ '0{6}$'
                ),
                CONSTRAINT "facility_closed_after_opened" CHECK (
                    "closed_on" IS NULL
                    OR "closed_on" > "opened_on"
                ),
                CONSTRAINT "facility_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "facility_inspection" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "year" smallint NOT NULL,
                "inspected_on" date NOT NULL,
                "passed" boolean NOT NULL,
                "score" numeric(5, 2),
                "notes" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "facility_inspection_year_key" UNIQUE ("facility_id", "year"),
                CONSTRAINT "facility_inspection_year_check" CHECK (
                    "year" BETWEEN 2000 AND 2100
                ),
                CONSTRAINT "facility_inspection_score_check" CHECK (
                    "score" IS NULL
                    OR "score" BETWEEN 0 AND 100
                ),
                CONSTRAINT "facility_inspection_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "facility_profile" (
                "facility_id" uuid NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                "kind" text NOT NULL,
                "ownership" text NOT NULL,
                "operation" text NOT NULL,
                "functions" text array NOT NULL DEFAULT '{}',
                "dementia_zone" boolean NOT NULL DEFAULT false,
                "rehab_room" boolean NOT NULL DEFAULT false,
                "sunshine_kitchen" boolean NOT NULL DEFAULT false,
                "food_safety_grade" text,
                "smart" boolean NOT NULL DEFAULT false,
                "video_connected" boolean NOT NULL DEFAULT false,
                "demo_centre" boolean NOT NULL DEFAULT false,
                "medical_integrated" boolean NOT NULL DEFAULT false,
                "standardized_canteen" boolean NOT NULL DEFAULT false,
                "a_grade" smallint,
                "managed_by_facility_id" uuid,
                "changed_by" uuid,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "facility_profile_grades_check" CHECK (
                    (
                        "food_safety_grade" IS NULL
                        OR "food_safety_grade" IN ('A', 'B', 'C')
                    )
                    AND (
                        "a_grade" IS NULL
                        OR "a_grade" BETWEEN 1 AND 5
                    )
                ),
                CONSTRAINT "facility_profile_functions_check" CHECK (
                    "functions" <@ ARRAY ['full_time_care', 'day_care', 'home_outreach', 'meals', 'rehab', 'recreation', 'medical_care', 'spiritual_comfort']::text []
                ),
                CONSTRAINT "facility_profile_private_operation_check" CHECK (
                    "ownership" = 'public'
                    OR "operation" = 'social'
                ),
                CONSTRAINT "facility_profile_ownership_check" CHECK (
                    "ownership" IN ('public', 'private')
                    AND "operation" IN ('government', 'social')
                ),
                CONSTRAINT "facility_profile_kind_check" CHECK (
                    "kind" IN (
                        'institution',
                        'tekun_home',
                        'township_centre',
                        'community_station',
                        'mutual_aid',
                        'canteen'
                    )
                ),
                CONSTRAINT "facility_profile_period_check" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" > "valid_from"
                ),
                CONSTRAINT "facility_profile_no_overlap" EXCLUDE USING gist (
                    "facility_id" WITH =,
                    daterange("valid_from", "valid_to") WITH &&
                ),
                CONSTRAINT "facility_profile_pkey" PRIMARY KEY ("facility_id", "valid_from")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "facility_star_rating" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "rated_on" date NOT NULL,
                "edition" text NOT NULL,
                "environment" numeric(5, 1) NOT NULL,
                "facilities" numeric(5, 1) NOT NULL,
                "operations" numeric(5, 1) NOT NULL,
                "services" numeric(5, 1) NOT NULL,
                "star_level" smallint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "facility_star_rating_date_key" UNIQUE ("facility_id", "rated_on"),
                CONSTRAINT "facility_star_rating_scores_check" CHECK (
                    "environment" BETWEEN 0 AND 120
                    AND "facilities" BETWEEN 0 AND 130
                    AND "operations" BETWEEN 0 AND 150
                    AND "services" BETWEEN 0 AND 600
                    AND "star_level" BETWEEN 0 AND 5
                ),
                CONSTRAINT "facility_star_rating_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "staff" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "name" text NOT NULL,
                "role" text NOT NULL,
                "hired_on" date NOT NULL,
                "left_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "staff_period_check" CHECK (
                    "left_on" IS NULL
                    OR "left_on" > "hired_on"
                ),
                CONSTRAINT "staff_role_check" CHECK (
                    "role" IN (
                        'caregiver',
                        'social_worker',
                        'nurse',
                        'doctor',
                        'rehab_therapist',
                        'dietitian',
                        'manager',
                        'other'
                    )
                ),
                CONSTRAINT "staff_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "staff_facility_id_idx" ON "staff" ("facility_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "staff_certificate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "staff_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "level" smallint,
                "number" text,
                "issued_on" date NOT NULL,
                "valid_until" date,
                CONSTRAINT "staff_certificate_validity_check" CHECK (
                    "valid_until" IS NULL
                    OR "valid_until" >= "issued_on"
                ),
                CONSTRAINT "staff_certificate_level_check" CHECK (
                    "level" IS NULL
                    OR "level" BETWEEN 1 AND 5
                ),
                CONSTRAINT "staff_certificate_kind_check" CHECK (
                    "kind" IN (
                        'caregiver_skill',
                        'social_worker',
                        'nurse_license',
                        'doctor_license',
                        'first_aid',
                        'other'
                    )
                ),
                CONSTRAINT "staff_certificate_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "staff_certificate_staff_id_idx" ON "staff_certificate" ("staff_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "room" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "name" text NOT NULL,
                "floor" smallint,
                CONSTRAINT "room_facility_name_key" UNIQUE ("facility_id", "name"),
                CONSTRAINT "room_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "bed" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "room_id" uuid,
                "code" text NOT NULL,
                "setting" text NOT NULL,
                "home_region_code" character varying(12),
                "opened_on" date NOT NULL,
                "closed_on" date,
                "close_reason" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "bed_facility_code_key" UNIQUE ("facility_id", "code"),
                CONSTRAINT "bed_home_region_level_check" CHECK ("home_region_code" IS NULL OR "home_region_code" !~ '0{6}$'),
                CONSTRAINT "bed_closed_after_opened" CHECK (
                    "closed_on" IS NULL
                    OR "closed_on" > "opened_on"
                ),
                CONSTRAINT "bed_home_check" CHECK (
                    ("setting" = 'home') = ("home_region_code" IS NOT NULL)
                    AND ("setting" = 'home') = ("room_id" IS NULL)
                ),
                CONSTRAINT "bed_setting_check" CHECK (
                    "setting" IN ('institution', 'community', 'home')
                ),
                CONSTRAINT "bed_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "bed_room_id_idx" ON "bed" ("room_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "bed_classification" (
                "bed_id" uuid NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                "care_type" boolean NOT NULL,
                "dementia_care" boolean NOT NULL DEFAULT false,
                "changed_by" uuid,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "bed_classification_dementia_check" CHECK (
                    NOT "dementia_care"
                    OR "care_type"
                ),
                CONSTRAINT "bed_classification_period_check" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" > "valid_from"
                ),
                CONSTRAINT "bed_classification_no_overlap" EXCLUDE USING gist (
                    "bed_id" WITH =,
                    daterange("valid_from", "valid_to") WITH &&
                ),
                CONSTRAINT "bed_classification_pkey" PRIMARY KEY ("bed_id", "valid_from")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "bed_out_of_service" (
                "bed_id" uuid NOT NULL,
                "valid_from" date NOT NULL,
                "valid_to" date,
                "reason" text NOT NULL,
                "changed_by" uuid,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "bed_out_of_service_period_check" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" > "valid_from"
                ),
                CONSTRAINT "bed_out_of_service_no_overlap" EXCLUDE USING gist (
                    "bed_id" WITH =,
                    daterange("valid_from", "valid_to") WITH &&
                ),
                CONSTRAINT "bed_out_of_service_pkey" PRIMARY KEY ("bed_id", "valid_from")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "region"
            ADD CONSTRAINT "region_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "region_population"
            ADD CONSTRAINT "region_population_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "facility"
            ADD CONSTRAINT "facility_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_inspection"
            ADD CONSTRAINT "facility_inspection_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_profile"
            ADD CONSTRAINT "facility_profile_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_profile"
            ADD CONSTRAINT "facility_profile_managed_by_fkey" FOREIGN KEY ("managed_by_facility_id") REFERENCES "facility"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_star_rating"
            ADD CONSTRAINT "facility_star_rating_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "staff"
            ADD CONSTRAINT "staff_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "staff_certificate"
            ADD CONSTRAINT "staff_certificate_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "room"
            ADD CONSTRAINT "room_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bed"
            ADD CONSTRAINT "bed_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bed"
            ADD CONSTRAINT "bed_room_id_fkey" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bed"
            ADD CONSTRAINT "bed_home_region_code_fkey" FOREIGN KEY ("home_region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bed_classification"
            ADD CONSTRAINT "bed_classification_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bed_out_of_service"
            ADD CONSTRAINT "bed_out_of_service_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // The one row exists from the start, so a change can share-lock it against a concurrent closing.
        await queryRunner.query(`INSERT INTO "reporting_lock" ("id", "closed_through") VALUES (true, NULL)`);
        await queryRunner.query(`CREATE INDEX "region_code_prefix_idx" ON "region" ("code" varchar_pattern_ops)`);
        await queryRunner.query(`CREATE INDEX "facility_region_code_prefix_idx" ON "facility" ("region_code" varchar_pattern_ops)`);
        await queryRunner.query(`
            CREATE FUNCTION bump_board_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- TG_ARGV[0] says how the changed rows name their facility: directly, or through their bed.
                IF TG_ARGV[0] = 'facility_id' THEN
                    UPDATE facility SET board_version = board_version + 1
                     WHERE id IN (SELECT DISTINCT facility_id FROM changed_rows);
                ELSE
                    UPDATE facility SET board_version = board_version + 1
                     WHERE id IN (SELECT DISTINCT b.facility_id FROM bed b JOIN changed_rows c ON c.bed_id = b.id);
                END IF;
                RETURN NULL;
            END
            $$
        `);
        for (const [table, key] of [["room", "facility_id"], ["bed", "facility_id"], ["bed_classification", "bed_id"], ["bed_out_of_service", "bed_id"]]) {
            for (const [event, transition] of [["INSERT", "NEW"], ["UPDATE", "NEW"], ["DELETE", "OLD"]]) {
                await queryRunner.query(`
                    CREATE TRIGGER ${table}_${event.toLowerCase()}_bumps_board AFTER ${event} ON "${table}"
                    REFERENCING ${transition} TABLE AS changed_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_board_version('${key}')
                `);
            }
        }
        await queryRunner.query(`
            CREATE FUNCTION facility_bump_board_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF (NEW.name, NEW.opened_on, NEW.closed_on) IS DISTINCT FROM (OLD.name, OLD.opened_on, OLD.closed_on) THEN
                    NEW.board_version := OLD.board_version + 1;
                END IF;
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER facility_bumps_board BEFORE UPDATE ON "facility"
            FOR EACH ROW EXECUTE FUNCTION facility_bump_board_version()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER facility_bumps_board ON "facility"`);
        await queryRunner.query(`DROP FUNCTION facility_bump_board_version()`);
        for (const table of ["room", "bed", "bed_classification", "bed_out_of_service"]) {
            for (const event of ["insert", "update", "delete"]) {
                await queryRunner.query(`DROP TRIGGER ${table}_${event}_bumps_board ON "${table}"`);
            }
        }
        await queryRunner.query(`DROP FUNCTION bump_board_version()`);
        await queryRunner.query(`DROP INDEX "facility_region_code_prefix_idx"`);
        await queryRunner.query(`DROP INDEX "region_code_prefix_idx"`);
        await queryRunner.query(`
            ALTER TABLE "bed_out_of_service" DROP CONSTRAINT "bed_out_of_service_bed_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "bed_classification" DROP CONSTRAINT "bed_classification_bed_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "bed" DROP CONSTRAINT "bed_home_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "bed" DROP CONSTRAINT "bed_room_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "bed" DROP CONSTRAINT "bed_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "room" DROP CONSTRAINT "room_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "staff_certificate" DROP CONSTRAINT "staff_certificate_staff_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "staff" DROP CONSTRAINT "staff_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_star_rating" DROP CONSTRAINT "facility_star_rating_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_profile" DROP CONSTRAINT "facility_profile_managed_by_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_profile" DROP CONSTRAINT "facility_profile_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_inspection" DROP CONSTRAINT "facility_inspection_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "facility" DROP CONSTRAINT "facility_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "region_population" DROP CONSTRAINT "region_population_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "region" DROP CONSTRAINT "region_parent_code_fkey"
        `);
        await queryRunner.query(`
            DROP TABLE "bed_out_of_service"
        `);
        await queryRunner.query(`
            DROP TABLE "bed_classification"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."bed_room_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "bed"
        `);
        await queryRunner.query(`
            DROP TABLE "room"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."staff_certificate_staff_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "staff_certificate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."staff_facility_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "staff"
        `);
        await queryRunner.query(`
            DROP TABLE "facility_star_rating"
        `);
        await queryRunner.query(`
            DROP TABLE "facility_profile"
        `);
        await queryRunner.query(`
            DROP TABLE "facility_inspection"
        `);
        await queryRunner.query(`
            DROP TABLE "facility"
        `);
        await queryRunner.query(`
            DROP TABLE "region_population"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."region_parent_code_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "region"
        `);
        await queryRunner.query(`
            DROP TABLE "reporting_lock"
        `);
    }

}
