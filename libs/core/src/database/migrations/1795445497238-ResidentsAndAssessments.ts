import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The older-person registry (身份证 numbers only encrypted and as a keyed hash), the facilities serving each person,
 * capability assessments, GB 38600 safety-risk assessments and incidents. Generated from the entities, plus by hand:
 * prefix indexes for region scopes, and triggers that keep signed assessments and risk assessments immutable.
 */
export class ResidentsAndAssessments1795445497238 implements MigrationInterface {
    name = 'ResidentsAndAssessments1795445497238'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "resident" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "id_number_encrypted" text NOT NULL,
                "id_number_hash" character(64) NOT NULL,
                "sex" text NOT NULL,
                "birth_date" date NOT NULL,
                "hukou_region_code" character varying(12) NOT NULL,
                "residence_region_code" character varying(12) NOT NULL,
                "categories" text array NOT NULL DEFAULT '{}',
                "living_arrangement" text NOT NULL,
                "tekun_support_mode" text,
                "willing_centralized" boolean,
                "phone_encrypted" text,
                "emergency_contacts_encrypted" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "resident_id_number_hash_key" UNIQUE ("id_number_hash"),
                CONSTRAINT "resident_id_number_encrypted_check" CHECK ("id_number_encrypted" LIKE 'v1.%'),
                CONSTRAINT "resident_tekun_check" CHECK (
                    (
                        "tekun_support_mode" IS NULL
                        OR "tekun_support_mode" IN ('centralized', 'dispersed')
                    )
                    AND (
                        "tekun_support_mode" IS NULL
                        OR 'tekun' = ANY("categories")
                    )
                ),
                CONSTRAINT "resident_living_arrangement_check" CHECK (
                    "living_arrangement" IN (
                        'alone',
                        'empty_nest',
                        'left_behind',
                        'with_family'
                    )
                ),
                CONSTRAINT "resident_categories_check" CHECK (
                    "categories" <@ ARRAY ['tekun', 'dibao', 'dibao_edge', 'family_planning_special', 'key_entitled', 'special_merit', 'disabled_certified']::text []
                ),
                CONSTRAINT "resident_sex_check" CHECK ("sex" IN ('male', 'female')),
                CONSTRAINT "resident_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "resident_facility" (
                "resident_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "resident_facility_pkey" PRIMARY KEY ("resident_id", "facility_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "resident_facility_facility_id_idx" ON "resident_facility" ("facility_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "safety_risk_assessment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resident_id" uuid NOT NULL,
                "assessed_on" date NOT NULL,
                "reason" text NOT NULL,
                "risks" jsonb NOT NULL,
                "assessor_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "safety_risk_assessment_reason_check" CHECK ("reason" IN ('admission', 'change', 'routine')),
                CONSTRAINT "safety_risk_assessment_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "safety_risk_assessment_resident_idx" ON "safety_risk_assessment" ("resident_id", "assessed_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "incident" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resident_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "risk" text NOT NULL,
                "description" text NOT NULL,
                "handling" text,
                "family_notified_at" TIMESTAMP WITH TIME ZONE,
                "notification_channel" text,
                "notified_person" text,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "review_notes" text,
                "recorded_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "incident_notified_after_check" CHECK (
                    "family_notified_at" IS NULL
                    OR "family_notified_at" >= "occurred_at"
                ),
                CONSTRAINT "incident_channel_check" CHECK (
                    "notification_channel" IS NULL
                    OR "notification_channel" IN ('phone', 'in_person', 'message', 'other')
                ),
                CONSTRAINT "incident_risk_check" CHECK (
                    "risk" IN (
                        'choking',
                        'wrong_intake',
                        'pressure_sore',
                        'scald',
                        'bed_fall',
                        'fall',
                        'wandering',
                        'harm',
                        'activity_accident',
                        'other'
                    )
                ),
                CONSTRAINT "incident_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "incident_resident_idx" ON "incident" ("resident_id", "occurred_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "assessment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resident_id" uuid NOT NULL,
                "instrument_code" text NOT NULL,
                "instrument_version" text NOT NULL,
                "reason" text NOT NULL,
                "assessed_on" date NOT NULL,
                "assessor_id" uuid,
                "items" jsonb NOT NULL,
                "conditions" jsonb NOT NULL,
                "domain_scores" jsonb NOT NULL,
                "total" smallint NOT NULL,
                "preliminary_level" smallint NOT NULL,
                "adjustments" jsonb NOT NULL,
                "final_level" smallint NOT NULL,
                "next_due_on" date NOT NULL,
                "corrects_id" uuid,
                "notes" text,
                "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "assessment_corrects_key" UNIQUE ("corrects_id"),
                CONSTRAINT "assessment_level_check" CHECK (
                    "preliminary_level" BETWEEN 0 AND 4
                    AND "final_level" BETWEEN 0 AND 4
                ),
                CONSTRAINT "assessment_reason_check" CHECK (
                    "reason" IN ('first', 'routine', 'change', 'review')
                ),
                CONSTRAINT "assessment_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "assessment_resident_idx" ON "assessment" ("resident_id", "assessed_on")
        `);
        await queryRunner.query(`
            ALTER TABLE "resident"
            ADD CONSTRAINT "resident_hukou_region_code_fkey" FOREIGN KEY ("hukou_region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "resident"
            ADD CONSTRAINT "resident_residence_region_code_fkey" FOREIGN KEY ("residence_region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "resident_facility"
            ADD CONSTRAINT "resident_facility_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "resident_facility"
            ADD CONSTRAINT "resident_facility_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "safety_risk_assessment"
            ADD CONSTRAINT "safety_risk_assessment_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incident"
            ADD CONSTRAINT "incident_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD CONSTRAINT "assessment_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment"
            ADD CONSTRAINT "assessment_corrects_id_fkey" FOREIGN KEY ("corrects_id") REFERENCES "assessment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`CREATE INDEX "resident_residence_region_prefix_idx" ON "resident" ("residence_region_code" varchar_pattern_ops)`);
        await queryRunner.query(`CREATE INDEX "resident_hukou_region_prefix_idx" ON "resident" ("hukou_region_code" varchar_pattern_ops)`);
        await queryRunner.query(`
            CREATE FUNCTION refuse_change_of_signed_record() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% records are signed and immutable: correct them with a new record', TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
        for (const table of ["assessment", "safety_risk_assessment"]) {
            await queryRunner.query(`
                CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON "${table}"
                FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_signed_record()
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ["assessment", "safety_risk_assessment"]) {
            await queryRunner.query(`DROP TRIGGER ${table}_immutable ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION refuse_change_of_signed_record()`);
        await queryRunner.query(`DROP INDEX "resident_hukou_region_prefix_idx"`);
        await queryRunner.query(`DROP INDEX "resident_residence_region_prefix_idx"`);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP CONSTRAINT "assessment_corrects_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "assessment" DROP CONSTRAINT "assessment_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "incident" DROP CONSTRAINT "incident_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "safety_risk_assessment" DROP CONSTRAINT "safety_risk_assessment_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "resident_facility" DROP CONSTRAINT "resident_facility_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "resident_facility" DROP CONSTRAINT "resident_facility_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "resident" DROP CONSTRAINT "resident_residence_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "resident" DROP CONSTRAINT "resident_hukou_region_code_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."assessment_resident_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."incident_resident_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "incident"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."safety_risk_assessment_resident_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "safety_risk_assessment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."resident_facility_facility_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "resident_facility"
        `);
        await queryRunner.query(`
            DROP TABLE "resident"
        `);
    }

}
