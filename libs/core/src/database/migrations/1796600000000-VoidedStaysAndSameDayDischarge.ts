import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Putting admissions right. A person who leaves the day they came is discharged that day: discharged_on may equal
 * admitted_on (an empty range, which the exclusion constraints and every reader of stays leave out by themselves). An
 * admission made by mistake is voided on its day by moving the stay into voided_stay, so no reader of stays needs a
 * filter; the stay's id is kept there, as the audit log names it.
 */
export class VoidedStaysAndSameDayDischarge1796600000000 implements MigrationInterface {
    name = 'VoidedStaysAndSameDayDischarge1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "stay" DROP CONSTRAINT "stay_period_check"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay"
            ADD CONSTRAINT "stay_period_check" CHECK (
                    "discharged_on" IS NULL
                    OR "discharged_on" >= "admitted_on"
                )
        `);
        await queryRunner.query(`
            CREATE TABLE "voided_stay" (
                "id" uuid NOT NULL,
                "resident_id" uuid NOT NULL,
                "bed_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "admitted_on" date NOT NULL,
                "discharged_on" date,
                "discharge_reason" text,
                "funding" text NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "voided_by" uuid,
                "voided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "void_reason" text NOT NULL,
                CONSTRAINT "voided_stay_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "voided_stay_facility_idx" ON "voided_stay" ("facility_id", "voided_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "voided_stay"
            ADD CONSTRAINT "voided_stay_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "voided_stay"
            ADD CONSTRAINT "voided_stay_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "voided_stay"
            ADD CONSTRAINT "voided_stay_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "voided_stay"
        `);
        // Same-day stays cannot be kept under the old rule: they end a day later (one bed-day more than happened).
        await queryRunner.query(`
            UPDATE "stay" SET "discharged_on" = "admitted_on" + 1 WHERE "discharged_on" = "admitted_on"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay" DROP CONSTRAINT "stay_period_check"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay"
            ADD CONSTRAINT "stay_period_check" CHECK (
                    "discharged_on" IS NULL
                    OR "discharged_on" > "admitted_on"
                )
        `);
    }
}
