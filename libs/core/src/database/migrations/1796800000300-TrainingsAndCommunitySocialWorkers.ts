import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Trainings (one line of an attendance list: course type, where it counts, the trainee with the ID number encrypted
 * and found by a keyed hash, the day, the hours) and the social workers serving community elders over a period.
 */
export class TrainingsAndCommunitySocialWorkers1796800000300 implements MigrationInterface {
    name = 'TrainingsAndCommunitySocialWorkers1796800000300'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "training_record" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "course_type" text NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "trainee_name" text NOT NULL,
                "trainee_id_number_encrypted" text NOT NULL,
                "trainee_id_number_hash" text NOT NULL,
                "staff_id" uuid,
                "trained_on" date NOT NULL,
                "hours" numeric(6,1) NOT NULL,
                "provider" text,
                "free" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "training_record_course_type_check" CHECK ("course_type" IN ('caregiver', 'manager', 'family_caregiver')),
                CONSTRAINT "training_record_region_level_check" CHECK ("region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'),
                CONSTRAINT "training_record_hours_check" CHECK ("hours" > 0),
                CONSTRAINT "training_record_trainee_id_number_check" CHECK ("trainee_id_number_encrypted" LIKE 'v1.%'),
                CONSTRAINT "training_record_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "training_record_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION,
                CONSTRAINT "training_record_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "training_record_region_code_trained_on_idx" ON "training_record" ("region_code", "trained_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "training_record_trainee_id_number_hash_idx" ON "training_record" ("trainee_id_number_hash", "course_type", "trained_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "community_social_worker" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "region_code" character varying(12) NOT NULL,
                "organisation" text,
                "started_on" date NOT NULL,
                "ended_on" date,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "community_social_worker_region_level_check" CHECK ("region_code" ~ '^[0-9]{12}$' AND "region_code" !~ '0{6}$'),
                CONSTRAINT "community_social_worker_period_check" CHECK ("ended_on" IS NULL OR "ended_on" > "started_on"),
                CONSTRAINT "community_social_worker_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "community_social_worker_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "community_social_worker_region_code_idx" ON "community_social_worker" ("region_code")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "community_social_worker"`);
        await queryRunner.query(`DROP TABLE "training_record"`);
    }
}
