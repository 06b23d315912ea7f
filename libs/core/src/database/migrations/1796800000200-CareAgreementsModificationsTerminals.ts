import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Three records offices kept in spreadsheets: the entrusted-care agreements (委托照料服务协议) of dispersed-support 特困
 * people, with the caregiver's phone encrypted like residents' phones; home modifications (适老化改造) of households;
 * and smart elderly-care terminals installed in villages and communities.
 */
export class CareAgreementsModificationsTerminals1796800000200 implements MigrationInterface {
    name = 'CareAgreementsModificationsTerminals1796800000200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "tekun_care_agreement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resident_id" uuid NOT NULL,
                "caregiver_name" text NOT NULL,
                "caregiver_phone_encrypted" text NOT NULL,
                "caregiver_relation" text,
                "signed_on" date NOT NULL,
                "valid_until" date,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "tekun_care_agreement_phone_encrypted_check" CHECK ("caregiver_phone_encrypted" LIKE 'v1.%'),
                CONSTRAINT "tekun_care_agreement_period_check" CHECK (
                    "valid_until" IS NULL
                    OR "valid_until" >= "signed_on"
                ),
                CONSTRAINT "tekun_care_agreement_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "tekun_care_agreement_resident_idx" ON "tekun_care_agreement" ("resident_id", "signed_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "tekun_care_agreement"
            ADD CONSTRAINT "tekun_care_agreement_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE TABLE "home_modification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_code" character varying(12) NOT NULL,
                "resident_id" uuid,
                "applicant_name" text NOT NULL,
                "hardship" boolean NOT NULL,
                "subsidised" boolean NOT NULL,
                "subsidy_yuan" numeric(12, 2),
                "applied_on" date NOT NULL,
                "completed_on" date,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "home_modification_subsidy_check" CHECK (
                    "subsidy_yuan" IS NULL
                    OR (
                        "subsidised"
                        AND "subsidy_yuan" >= 0
                    )
                ),
                CONSTRAINT "home_modification_period_check" CHECK (
                    "completed_on" IS NULL
                    OR "completed_on" >= "applied_on"
                ),
                CONSTRAINT "home_modification_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "home_modification_region_idx" ON "home_modification" ("region_code", "applied_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "home_modification_resident_idx" ON "home_modification" ("resident_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "home_modification"
            ADD CONSTRAINT "home_modification_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "home_modification"
            ADD CONSTRAINT "home_modification_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            CREATE TABLE "smart_terminal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_code" character varying(12) NOT NULL,
                "device_kind" text NOT NULL,
                "device_code" text NOT NULL,
                "installed_on" date NOT NULL,
                "removed_on" date,
                "linked" boolean NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "smart_terminal_device_code_key" UNIQUE ("device_code"),
                CONSTRAINT "smart_terminal_kind_check" CHECK (
                    "device_kind" IN (
                        'emergency_call',
                        'smart_watch',
                        'sensor',
                        'tv_box',
                        'kiosk',
                        'other'
                    )
                ),
                CONSTRAINT "smart_terminal_period_check" CHECK (
                    "removed_on" IS NULL
                    OR "removed_on" >= "installed_on"
                ),
                CONSTRAINT "smart_terminal_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "smart_terminal_region_idx" ON "smart_terminal" ("region_code", "installed_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "smart_terminal"
            ADD CONSTRAINT "smart_terminal_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "smart_terminal"
        `);
        await queryRunner.query(`
            DROP TABLE "home_modification"
        `);
        await queryRunner.query(`
            DROP TABLE "tekun_care_agreement"
        `);
    }
}
