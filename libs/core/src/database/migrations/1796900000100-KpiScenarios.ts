import { MigrationInterface, QueryRunner } from "typeorm";

/** Saved what-if scenarios (情景推演): a region, a month and a list of changes, evaluated on today's records and never applied. */
export class KpiScenarios1796900000100 implements MigrationInterface {
    name = 'KpiScenarios1796900000100'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "kpi_scenario" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "month" character varying(7) NOT NULL,
                "changes" jsonb NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "kpi_scenario_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 200),
                CONSTRAINT "kpi_scenario_month_check" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
                CONSTRAINT "kpi_scenario_changes_check" CHECK (jsonb_typeof("changes") = 'array' AND jsonb_array_length("changes") BETWEEN 1 AND 50),
                CONSTRAINT "kpi_scenario_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "kpi_scenario_region_code_idx" ON "kpi_scenario" ("region_code")`);
        await queryRunner.query(`
            ALTER TABLE "kpi_scenario"
            ADD CONSTRAINT "kpi_scenario_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "kpi_scenario"`);
    }
}
