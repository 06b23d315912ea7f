import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * 医养结合: medical institutions as a light registry, care facilities' cooperation agreements (签约合作) with them, and
 * health-and-care consortia (康养联合体) with their members (a facility or a medical institution each).
 */
export class MedicalCooperation1796800000100 implements MigrationInterface {
    name = 'MedicalCooperation1796800000100'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "medical_institution" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "kind" text NOT NULL,
                "level" text NOT NULL DEFAULT 'unrated',
                "region_code" character varying(12) NOT NULL,
                "opened_on" date,
                "closed_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "medical_institution_name_key" UNIQUE ("name", "region_code"),
                CONSTRAINT "medical_institution_closed_after_opened" CHECK ("closed_on" IS NULL OR "opened_on" IS NULL OR "closed_on" > "opened_on"),
                CONSTRAINT "medical_institution_region_level_check" CHECK ("region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'),
                CONSTRAINT "medical_institution_level_check" CHECK ("level" IN ('tertiary', 'secondary', 'primary', 'unrated')),
                CONSTRAINT "medical_institution_kind_check" CHECK (
                    "kind" IN ('general_hospital', 'tcm_hospital', 'township_health_centre', 'community_health_centre', 'clinic', 'rehabilitation', 'other')
                ),
                CONSTRAINT "medical_institution_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "medical_institution_region_code_idx" ON "medical_institution"("region_code")`);
        await queryRunner.query(`
            CREATE TABLE "kangyang_consortium" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "established_on" date NOT NULL,
                "dissolved_on" date,
                "meets_five_standards" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "kangyang_consortium_dissolved_after_established" CHECK ("dissolved_on" IS NULL OR "dissolved_on" > "established_on"),
                CONSTRAINT "kangyang_consortium_region_level_check" CHECK ("region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'),
                CONSTRAINT "kangyang_consortium_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "kangyang_consortium_region_code_idx" ON "kangyang_consortium"("region_code")`);
        await queryRunner.query(`
            CREATE TABLE "consortium_member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "consortium_id" uuid NOT NULL,
                "facility_id" uuid,
                "medical_institution_id" uuid,
                CONSTRAINT "consortium_member_one_member_check" CHECK (num_nonnulls("facility_id", "medical_institution_id") = 1),
                CONSTRAINT "consortium_member_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "consortium_member_facility_idx" ON "consortium_member"("facility_id")`);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "consortium_member_institution_key" ON "consortium_member"("consortium_id", "medical_institution_id")
            WHERE "medical_institution_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "consortium_member_facility_key" ON "consortium_member"("consortium_id", "facility_id")
            WHERE "facility_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "medical_agreement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "medical_institution_id" uuid NOT NULL,
                "signed_on" date NOT NULL,
                "valid_until" date,
                "services" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "medical_agreement_signed_key" UNIQUE ("facility_id", "medical_institution_id", "signed_on"),
                CONSTRAINT "medical_agreement_valid_until_check" CHECK ("valid_until" IS NULL OR "valid_until" >= "signed_on"),
                CONSTRAINT "medical_agreement_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`CREATE INDEX "medical_agreement_institution_idx" ON "medical_agreement"("medical_institution_id")`);
        await queryRunner.query(`
            ALTER TABLE "medical_institution" ADD CONSTRAINT "medical_institution_region_code_fkey"
            FOREIGN KEY ("region_code") REFERENCES "region"("code")
            ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "kangyang_consortium" ADD CONSTRAINT "kangyang_consortium_region_code_fkey"
            FOREIGN KEY ("region_code") REFERENCES "region"("code")
            ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consortium_member" ADD CONSTRAINT "consortium_member_consortium_id_fkey"
            FOREIGN KEY ("consortium_id") REFERENCES "kangyang_consortium"("id")
            ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consortium_member" ADD CONSTRAINT "consortium_member_facility_id_fkey"
            FOREIGN KEY ("facility_id") REFERENCES "facility"("id")
            ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "consortium_member" ADD CONSTRAINT "consortium_member_medical_institution_id_fkey"
            FOREIGN KEY ("medical_institution_id") REFERENCES "medical_institution"("id")
            ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "medical_agreement" ADD CONSTRAINT "medical_agreement_facility_id_fkey"
            FOREIGN KEY ("facility_id") REFERENCES "facility"("id")
            ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "medical_agreement" ADD CONSTRAINT "medical_agreement_medical_institution_id_fkey"
            FOREIGN KEY ("medical_institution_id") REFERENCES "medical_institution"("id")
            ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "medical_agreement"`);
        await queryRunner.query(`DROP TABLE "consortium_member"`);
        await queryRunner.query(`DROP TABLE "kangyang_consortium"`);
        await queryRunner.query(`DROP TABLE "medical_institution"`);
    }
}
