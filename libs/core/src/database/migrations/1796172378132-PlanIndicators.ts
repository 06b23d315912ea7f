import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Plan indicators: targets and baselines of the plans, monthly snapshots with revisions, rollup runs and the rows
 * their county jobs stage for the parent. Generated from the entities, plus by hand: service orders learn where the
 * person lived and on which day the service was given (backfilled from the resident and the slot), so the indicators
 * that count orders read the order alone and a later move does not rewrite past months; a covering index lets one
 * county's orders of a month be read from the index alone; a prefix index finds a region's children in a snapshot.
 */
export class PlanIndicators1796172378132 implements MigrationInterface {
    name = 'PlanIndicators1796172378132'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "kpi_rollup" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "job_id" text NOT NULL,
                "month" date NOT NULL,
                "region_code" character varying(12),
                "status" text NOT NULL DEFAULT 'queued',
                "counties_total" integer NOT NULL DEFAULT '0',
                "done_counties" text array NOT NULL DEFAULT '{}',
                "values_revised" integer,
                "values_unchanged" integer,
                "requested_by" uuid,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "error" text,
                CONSTRAINT "kpi_rollup_counts_check" CHECK (cardinality("done_counties") <= "counties_total"),
                CONSTRAINT "kpi_rollup_month_check" CHECK ("month" = date_trunc('month', "month")),
                CONSTRAINT "kpi_rollup_status_check" CHECK (
                    "status" IN ('queued', 'running', 'complete', 'failed')
                ),
                CONSTRAINT "kpi_rollup_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "kpi_rollup_month_idx" ON "kpi_rollup" ("month", "requested_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "kpi_rollup_live_key" ON "kpi_rollup" ("job_id")
            WHERE "status" IN ('queued', 'running')
        `);
        await queryRunner.query(`
            CREATE TABLE "kpi_staged_value" (
                "rollup_id" uuid NOT NULL,
                "county_code" character varying(12) NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "indicator" text NOT NULL,
                "numerator" numeric NOT NULL,
                "denominator" numeric,
                CONSTRAINT "kpi_staged_value_pkey" PRIMARY KEY (
                    "rollup_id",
                    "county_code",
                    "region_code",
                    "indicator"
                )
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "kpi_target" (
                "region_code" character varying(12) NOT NULL,
                "indicator" text NOT NULL,
                "year" smallint NOT NULL,
                "comparator" text NOT NULL,
                "value" numeric NOT NULL,
                "binding" text NOT NULL,
                "source_file" text,
                "source_quote" text,
                "note" text,
                "set_by" uuid,
                "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "kpi_target_year_check" CHECK (
                    "year" BETWEEN 2000 AND 2100
                ),
                CONSTRAINT "kpi_target_binding_check" CHECK (
                    "binding" IN ('binding', 'expected', 'not_stated')
                ),
                CONSTRAINT "kpi_target_comparator_check" CHECK ("comparator" IN ('>=', '<=', '=', '>', '<')),
                CONSTRAINT "kpi_target_pkey" PRIMARY KEY ("region_code", "indicator", "year")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "kpi_baseline" (
                "region_code" character varying(12) NOT NULL,
                "indicator" text NOT NULL,
                "year" smallint NOT NULL,
                "kind" text NOT NULL,
                "value" numeric NOT NULL,
                "source_file" text,
                "source_quote" text,
                "note" text,
                CONSTRAINT "kpi_baseline_year_check" CHECK (
                    "year" BETWEEN 2000 AND 2100
                ),
                CONSTRAINT "kpi_baseline_kind_check" CHECK ("kind" IN ('actual', 'target_for_year')),
                CONSTRAINT "kpi_baseline_pkey" PRIMARY KEY ("region_code", "indicator", "year", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "kpi_value" (
                "month" date NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "indicator" text NOT NULL,
                "revision" integer NOT NULL,
                "numerator" numeric NOT NULL,
                "denominator" numeric,
                "county_min" numeric,
                "population_basis" text,
                "rollup_id" uuid,
                "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "kpi_value_basis_check" CHECK (
                    "population_basis" IS NULL
                    OR "population_basis" IN ('registered', 'resident')
                ),
                CONSTRAINT "kpi_value_revision_check" CHECK ("revision" >= 1),
                CONSTRAINT "kpi_value_month_check" CHECK ("month" = date_trunc('month', "month")),
                CONSTRAINT "kpi_value_pkey" PRIMARY KEY ("month", "region_code", "indicator", "revision")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "kpi_value_current_key" ON "kpi_value" ("region_code", "month", "indicator")
            WHERE "superseded_at" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "region"
            ADD "administered_by" text
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order"
            ADD "region_code" character varying(12)
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order"
            ADD "service_on" date
        `);
        await queryRunner.query(`
            UPDATE service_order o
               SET region_code = r.residence_region_code,
                   service_on = (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date
              FROM resident r, service_slot s
             WHERE r.id = o.resident_id AND s.id = o.slot_id
        `);
        await queryRunner.query(`ALTER TABLE "service_order" ALTER COLUMN "region_code" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "service_order" ALTER COLUMN "service_on" SET NOT NULL`);
        await queryRunner.query(`
            CREATE INDEX "service_order_kpi_idx" ON "service_order" ("month", "region_code" varchar_pattern_ops)
            INCLUDE ("resident_id", "service_on", "service_type", "status", "subsidy_cents")
        `);
        // A person's stays by date, for "was this person in care that day" over many people at once.
        await queryRunner.query(`
            CREATE INDEX "stay_resident_idx" ON "stay" ("resident_id", "admitted_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "kpi_value_prefix_idx" ON "kpi_value" ("month", "indicator", "region_code" varchar_pattern_ops)
            WHERE "superseded_at" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_staged_value"
            ADD CONSTRAINT "kpi_staged_value_rollup_id_fkey" FOREIGN KEY ("rollup_id") REFERENCES "kpi_rollup"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_target"
            ADD CONSTRAINT "kpi_target_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_baseline"
            ADD CONSTRAINT "kpi_baseline_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "kpi_value_prefix_idx"`);
        await queryRunner.query(`DROP INDEX "stay_resident_idx"`);
        await queryRunner.query(`DROP INDEX "service_order_kpi_idx"`);
        await queryRunner.query(`
            ALTER TABLE "kpi_baseline" DROP CONSTRAINT "kpi_baseline_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_target" DROP CONSTRAINT "kpi_target_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_staged_value" DROP CONSTRAINT "kpi_staged_value_rollup_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order" DROP COLUMN "service_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "service_order" DROP COLUMN "region_code"
        `);
        await queryRunner.query(`
            ALTER TABLE "region" DROP COLUMN "administered_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."kpi_value_current_key"
        `);
        await queryRunner.query(`
            DROP TABLE "kpi_value"
        `);
        await queryRunner.query(`
            DROP TABLE "kpi_baseline"
        `);
        await queryRunner.query(`
            DROP TABLE "kpi_target"
        `);
        await queryRunner.query(`
            DROP TABLE "kpi_staged_value"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."kpi_rollup_live_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."kpi_rollup_month_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "kpi_rollup"
        `);
    }

}
