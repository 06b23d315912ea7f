import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Home and community services: the service catalog, slots (one by one or from a recurrence rule) whose CHECK holds
 * the booked count within capacity, orders with their subsidy split and idempotency keys, subsidy rules, and
 * 探访关爱 visit plans and visits. Generated from the entities, plus by hand: the catalog's rows (standards.md §7),
 * written out here so that the migration means the same whatever the code later says.
 */
const CATALOG: [string, string, string, string, boolean, number, number][] = [
    ["meal", "助餐", "Meals", "01", false, 120, 60],
    ["cleaning", "助洁", "Cleaning", "01", true, 1440, 120],
    ["bathing", "助浴", "Bathing", "02", true, 1440, 120],
    ["walking", "助行", "Walking and escort", "02", true, 720, 120],
    ["medical", "助医", "Medical escort", "04", true, 720, 120],
    ["emergency", "助急", "Emergency help", "02", true, 0, 60],
    ["recreation", "助乐", "Recreation", "06", false, 120, 60],
    ["visit", "探访关爱", "Caring visit", "03", true, 120, 120],
];

export class ServicesAndSubsidies1795450164098 implements MigrationInterface {
    name = 'ServicesAndSubsidies1795450164098'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "service_type" (
                "code" text NOT NULL,
                "name_zh" text NOT NULL,
                "name_en" text NOT NULL,
                "national_code" text NOT NULL,
                "at_home" boolean NOT NULL,
                "cancel_cutoff_minutes" integer NOT NULL,
                "no_show_grace_minutes" integer NOT NULL,
                CONSTRAINT "service_type_minutes_check" CHECK (
                    "cancel_cutoff_minutes" >= 0
                    AND "no_show_grace_minutes" >= 0
                ),
                CONSTRAINT "service_type_pkey" PRIMARY KEY ("code")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "slot_series" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "service_type" text NOT NULL,
                "rrule" text NOT NULL,
                "from_date" date NOT NULL,
                "until_date" date NOT NULL,
                "start_time" TIME NOT NULL,
                "end_time" TIME NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "slot_series_dates_check" CHECK (
                    "until_date" >= "from_date"
                    AND "end_time" > "start_time"
                ),
                CONSTRAINT "slot_series_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "service_slot" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "service_type" text NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "capacity" integer NOT NULL,
                "booked" integer NOT NULL DEFAULT '0',
                "price_cents" integer NOT NULL,
                "area" text array NOT NULL,
                "area_prefixes" text array NOT NULL,
                "status" text NOT NULL DEFAULT 'open',
                "cancel_reason" text,
                "series_id" uuid,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "service_slot_status_check" CHECK ("status" IN ('open', 'cancelled')),
                CONSTRAINT "service_slot_area_check" CHECK (
                    cardinality("area") >= 1
                    AND cardinality("area") = cardinality("area_prefixes")
                ),
                CONSTRAINT "service_slot_price_check" CHECK ("price_cents" >= 0),
                CONSTRAINT "service_slot_capacity_check" CHECK (
                    "capacity" > 0
                    AND "booked" >= 0
                    AND "booked" <= "capacity"
                ),
                CONSTRAINT "service_slot_period_check" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "service_slot_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "service_slot_series_key" ON "service_slot" ("series_id", "starts_at")
            WHERE "series_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "service_slot_type_idx" ON "service_slot" ("service_type", "starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "service_slot_facility_idx" ON "service_slot" ("facility_id", "starts_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "subsidy_rule" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_code" character varying NOT NULL,
                "name" text NOT NULL,
                "conditions" jsonb NOT NULL,
                "monthly_cap_cents" integer,
                "per_order_cap_cents" integer,
                "orders_per_month" integer,
                "rate_percent" integer NOT NULL DEFAULT '100',
                "service_types" text array NOT NULL DEFAULT '{}',
                "valid_from" date NOT NULL,
                "valid_to" date,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "subsidy_rule_period_check" CHECK (
                    "valid_to" IS NULL
                    OR "valid_to" > "valid_from"
                ),
                CONSTRAINT "subsidy_rule_amounts_check" CHECK (
                    (
                        "monthly_cap_cents" IS NULL
                        OR "monthly_cap_cents" >= 0
                    )
                    AND (
                        "per_order_cap_cents" IS NULL
                        OR "per_order_cap_cents" >= 0
                    )
                    AND (
                        "orders_per_month" IS NULL
                        OR "orders_per_month" >= 0
                    )
                    AND "rate_percent" BETWEEN 0 AND 100
                ),
                CONSTRAINT "subsidy_rule_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "subsidy_rule_region_idx" ON "subsidy_rule" ("region_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "service_order" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slot_id" uuid NOT NULL,
                "resident_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "service_type" text NOT NULL,
                "month" date NOT NULL,
                "status" text NOT NULL DEFAULT 'booked',
                "price_cents" integer NOT NULL,
                "subsidy_cents" integer NOT NULL,
                "self_pay_cents" integer NOT NULL,
                "subsidy_rule_id" uuid,
                "booked_by" uuid NOT NULL,
                "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "idempotency_key" text NOT NULL,
                "request_hash" text NOT NULL,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancelled_by" uuid,
                "checked_in_at" TIMESTAMP WITH TIME ZONE,
                "checked_in_by" uuid,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "completed_by" uuid,
                "no_show_at" TIMESTAMP WITH TIME ZONE,
                "reminded_at" TIMESTAMP WITH TIME ZONE,
                "rating" smallint,
                "comment" text,
                CONSTRAINT "service_order_month_check" CHECK ("month" = date_trunc('month', "month")),
                CONSTRAINT "service_order_rating_check" CHECK (
                    "rating" IS NULL
                    OR (
                        "rating" BETWEEN 1 AND 5
                        AND "status" = 'completed'
                    )
                ),
                CONSTRAINT "service_order_lifecycle_check" CHECK (
                    ("checked_in_at" IS NOT NULL) = ("status" IN ('checked_in', 'completed'))
                    AND ("completed_at" IS NOT NULL) = ("status" = 'completed')
                    AND ("cancelled_at" IS NOT NULL) = ("status" = 'cancelled')
                ),
                CONSTRAINT "service_order_split_check" CHECK (
                    "subsidy_cents" >= 0
                    AND "self_pay_cents" >= 0
                    AND "subsidy_cents" + "self_pay_cents" = "price_cents"
                ),
                CONSTRAINT "service_order_status_check" CHECK (
                    "status" IN (
                        'booked',
                        'checked_in',
                        'completed',
                        'cancelled',
                        'no_show'
                    )
                ),
                CONSTRAINT "service_order_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "service_order_booked_idx" ON "service_order" ("slot_id")
            WHERE "status" = 'booked'
        `);
        await queryRunner.query(`
            CREATE INDEX "service_order_facility_month_idx" ON "service_order" ("facility_id", "month")
        `);
        await queryRunner.query(`
            CREATE INDEX "service_order_resident_month_idx" ON "service_order" ("resident_id", "month")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "service_order_idempotency_key" ON "service_order" ("booked_by", "idempotency_key")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "service_order_live_key" ON "service_order" ("slot_id", "resident_id")
            WHERE "status" <> 'cancelled'
        `);
        await queryRunner.query(`
            CREATE TABLE "visit_plan" (
                "resident_id" uuid NOT NULL,
                "frequency" text NOT NULL,
                "facility_id" uuid,
                "updated_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "visit_plan_frequency_check" CHECK ("frequency" IN ('weekly', 'monthly')),
                CONSTRAINT "visit_plan_pkey" PRIMARY KEY ("resident_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "visit" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resident_id" uuid NOT NULL,
                "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "mode" text NOT NULL,
                "outcome" text NOT NULL,
                "notes" text,
                "facility_id" uuid,
                "order_id" uuid,
                "visitor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "visit_outcome_check" CHECK (
                    "outcome" IN (
                        'well',
                        'needs_help',
                        'referred',
                        'not_home',
                        'hospitalized',
                        'deceased'
                    )
                ),
                CONSTRAINT "visit_mode_check" CHECK (
                    "mode" IN ('in_person', 'phone', 'video', 'monitoring')
                ),
                CONSTRAINT "visit_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "visit_resident_idx" ON "visit" ("resident_id", "visited_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "slot_series"
            ADD CONSTRAINT "slot_series_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "slot_series"
            ADD CONSTRAINT "slot_series_service_type_fkey" FOREIGN KEY ("service_type") REFERENCES "service_type"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_slot"
            ADD CONSTRAINT "service_slot_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_slot"
            ADD CONSTRAINT "service_slot_service_type_fkey" FOREIGN KEY ("service_type") REFERENCES "service_type"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_slot"
            ADD CONSTRAINT "service_slot_series_id_fkey" FOREIGN KEY ("series_id") REFERENCES "slot_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "subsidy_rule"
            ADD CONSTRAINT "subsidy_rule_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order"
            ADD CONSTRAINT "service_order_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "service_slot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order"
            ADD CONSTRAINT "service_order_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order"
            ADD CONSTRAINT "service_order_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order"
            ADD CONSTRAINT "service_order_subsidy_rule_id_fkey" FOREIGN KEY ("subsidy_rule_id") REFERENCES "subsidy_rule"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "visit_plan"
            ADD CONSTRAINT "visit_plan_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "visit_plan"
            ADD CONSTRAINT "visit_plan_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "visit"
            ADD CONSTRAINT "visit_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "visit"
            ADD CONSTRAINT "visit_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "visit"
            ADD CONSTRAINT "visit_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "service_order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        for (const row of CATALOG) {
            await queryRunner.query(
                `INSERT INTO "service_type" ("code", "name_zh", "name_en", "national_code", "at_home", "cancel_cutoff_minutes", "no_show_grace_minutes")
                 VALUES ($1, $2, $3, $4, $5, $6, $7)`,
                row,
            );
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "visit" DROP CONSTRAINT "visit_order_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "visit" DROP CONSTRAINT "visit_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "visit" DROP CONSTRAINT "visit_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "visit_plan" DROP CONSTRAINT "visit_plan_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "visit_plan" DROP CONSTRAINT "visit_plan_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order" DROP CONSTRAINT "service_order_subsidy_rule_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order" DROP CONSTRAINT "service_order_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order" DROP CONSTRAINT "service_order_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order" DROP CONSTRAINT "service_order_slot_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "subsidy_rule" DROP CONSTRAINT "subsidy_rule_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_slot" DROP CONSTRAINT "service_slot_series_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_slot" DROP CONSTRAINT "service_slot_service_type_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_slot" DROP CONSTRAINT "service_slot_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "slot_series" DROP CONSTRAINT "slot_series_service_type_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "slot_series" DROP CONSTRAINT "slot_series_facility_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."visit_resident_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "visit"
        `);
        await queryRunner.query(`
            DROP TABLE "visit_plan"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_order_live_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_order_idempotency_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_order_resident_month_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_order_facility_month_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_order_booked_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "service_order"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."subsidy_rule_region_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "subsidy_rule"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_slot_facility_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_slot_type_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."service_slot_series_key"
        `);
        await queryRunner.query(`
            DROP TABLE "service_slot"
        `);
        await queryRunner.query(`
            DROP TABLE "slot_series"
        `);
        await queryRunner.query(`
            DROP TABLE "service_type"
        `);
    }

}
