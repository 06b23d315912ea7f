import { MigrationInterface, QueryRunner } from "typeorm";

/** Imports run as jobs: their status, and the uploaded file until the worker has read it (docs/security.md). */
export class ImportJobs1796582555219 implements MigrationInterface {
    name = 'ImportJobs1796582555219'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "import_job" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" text NOT NULL,
                "status" text NOT NULL DEFAULT 'queued',
                "requested_by" uuid NOT NULL,
                "requester" jsonb NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "file_name" text NOT NULL,
                "file_type" text NOT NULL,
                "file" bytea,
                "rows_read" integer NOT NULL DEFAULT '0',
                "rows_total" integer,
                "progress" real NOT NULL DEFAULT '0',
                "errors" jsonb,
                "error_count" integer NOT NULL DEFAULT '0',
                "message" text,
                "result" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "import_job_status_check" CHECK ("status" IN ('queued', 'running', 'completed', 'failed')),
                CONSTRAINT "import_job_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "import_job_requested_by_idx" ON "import_job" ("requested_by", "created_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "import_job"`);
    }
}
