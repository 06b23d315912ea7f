import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Building works and safety findings (issue 18): beds commissioned by new building or rebuilding (新建、改建床位),
 * building projects of facilities (提升改造…), safety hazards found and rectified, and three facility flags
 * (康复辅具消杀场所, 国际交流平台, 老年用品展示平台) on the effective-dated profile.
 */
export class FacilityWorksAndHazards1796800000000 implements MigrationInterface {
    name = 'FacilityWorksAndHazards1796800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "facility_profile"
                ADD "assistive_device_site" boolean NOT NULL DEFAULT false,
                ADD "exchange_platform" boolean NOT NULL DEFAULT false,
                ADD "products_display_platform" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            CREATE TABLE "bed_commissioning" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "bed_id" uuid NOT NULL,
                "origin" text NOT NULL,
                "commissioned_on" date NOT NULL,
                "notes" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "bed_commissioning_bed_date_key" UNIQUE ("bed_id", "commissioned_on"),
                CONSTRAINT "bed_commissioning_origin_check" CHECK ("origin" IN ('new_build', 'rebuild')),
                CONSTRAINT "bed_commissioning_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "bed_commissioning_commissioned_on_idx" ON "bed_commissioning" ("commissioned_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "bed_commissioning"
            ADD CONSTRAINT "bed_commissioning_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE TABLE "facility_project" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "title" text NOT NULL,
                "started_on" date NOT NULL,
                "completed_on" date,
                "funding_yuan" numeric(14, 2),
                "funding_source" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "facility_project_kind_check" CHECK ("kind" IN ('upgrade', 'fire_safety', 'repair', 'expansion', 'new_build')),
                CONSTRAINT "facility_project_completed_check" CHECK ("completed_on" IS NULL OR "completed_on" >= "started_on"),
                CONSTRAINT "facility_project_funding_check" CHECK ("funding_yuan" IS NULL OR "funding_yuan" >= 0),
                CONSTRAINT "facility_project_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "facility_project_facility_idx" ON "facility_project" ("facility_id", "completed_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "facility_project"
            ADD CONSTRAINT "facility_project_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE TABLE "inspection_hazard" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "inspection_id" uuid,
                "description" text NOT NULL,
                "major" boolean NOT NULL,
                "found_on" date NOT NULL,
                "rectified_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "inspection_hazard_rectified_check" CHECK ("rectified_on" IS NULL OR "rectified_on" >= "found_on"),
                CONSTRAINT "inspection_hazard_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "inspection_hazard_facility_idx" ON "inspection_hazard" ("facility_id", "found_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "inspection_hazard_inspection_idx" ON "inspection_hazard" ("inspection_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "inspection_hazard"
            ADD CONSTRAINT "inspection_hazard_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "inspection_hazard"
            ADD CONSTRAINT "inspection_hazard_inspection_id_fkey" FOREIGN KEY ("inspection_id") REFERENCES "facility_inspection"("id") ON DELETE SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "inspection_hazard"`);
        await queryRunner.query(`DROP TABLE "facility_project"`);
        await queryRunner.query(`DROP TABLE "bed_commissioning"`);
        await queryRunner.query(`
            ALTER TABLE "facility_profile" DROP COLUMN "products_display_platform", DROP COLUMN "exchange_platform", DROP COLUMN "assistive_device_site"
        `);
    }
}
