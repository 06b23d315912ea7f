import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts, the audit log and queue heartbeats. Generated from the entities, plus by hand: btree_gist (for the
 * exclusion constraints of stays later on) and a trigger that keeps the audit log append-only.
 */
export class Foundation1795439232135 implements MigrationInterface {
    name = 'Foundation1795439232135'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
        await queryRunner.query(`
            CREATE TABLE "queue_heartbeat" (
                "queue" text NOT NULL,
                "processed_by" text NOT NULL,
                "beat_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "queue_heartbeat_pkey" PRIMARY KEY ("queue")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "actor_role" text,
                "action" text NOT NULL,
                "entity" text NOT NULL,
                "entity_id" text,
                "changes" jsonb,
                "request_id" text,
                "ip" inet,
                CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "username" text NOT NULL,
                "password_hash" text NOT NULL,
                "role" text NOT NULL,
                "display_name" text NOT NULL,
                "region_code" character varying(12),
                "facility_ids" uuid array NOT NULL DEFAULT '{}',
                "resident_ids" uuid array NOT NULL DEFAULT '{}',
                "active" boolean NOT NULL DEFAULT true,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "app_user_username_key" UNIQUE ("username"),
                CONSTRAINT "app_user_scope_check" CHECK (
                    CASE "role"
                        WHEN 'admin' THEN "region_code" IS NULL AND cardinality("facility_ids") = 0 AND cardinality("resident_ids") = 0
                        WHEN 'civil_affairs' THEN "region_code" IS NOT NULL AND cardinality("facility_ids") = 0 AND cardinality("resident_ids") = 0
                        WHEN 'operator' THEN "region_code" IS NULL AND cardinality("facility_ids") > 0 AND cardinality("resident_ids") = 0
                        WHEN 'assessor' THEN ("region_code" IS NOT NULL OR cardinality("facility_ids") > 0) AND cardinality("resident_ids") = 0
                        WHEN 'family' THEN "region_code" IS NULL AND cardinality("facility_ids") = 0 AND cardinality("resident_ids") > 0
                    END
                ),
                CONSTRAINT "app_user_region_code_check" CHECK ("region_code" ~ '^[0-9]{12}$'),
                CONSTRAINT "app_user_username_check" CHECK ("username" ~ '^[a-z0-9._-]{3,64}$'),
                CONSTRAINT "app_user_role_check" CHECK (
                    "role" IN (
                        'admin',
                        'civil_affairs',
                        'operator',
                        'assessor',
                        'family'
                    )
                ),
                CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
        await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
        await queryRunner.query(`
            DROP TABLE "app_user"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_entity_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_actor_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
        await queryRunner.query(`
            DROP TABLE "queue_heartbeat"
        `);
        await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
    }

}
