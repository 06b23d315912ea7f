import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A rollup run whose job Redis no longer has (it restarted without its data, or the job was removed) is marked
 * `lost` instead of staying queued for ever and holding its month. `enqueued_at` tells a run whose job existed
 * once from one whose request is still on its way to the queue.
 */
export class LostRollups1796582534167 implements MigrationInterface {
    name = 'LostRollups1796582534167'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "kpi_rollup" ADD "enqueued_at" TIMESTAMP WITH TIME ZONE
        `);
        // Runs live before this migration were enqueued as they were created.
        await queryRunner.query(`
            UPDATE "kpi_rollup" SET "enqueued_at" = "requested_at" WHERE "status" IN ('queued', 'running')
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_rollup" DROP CONSTRAINT "kpi_rollup_status_check"
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_rollup"
            ADD CONSTRAINT "kpi_rollup_status_check" CHECK (
                    "status" IN ('queued', 'running', 'complete', 'failed', 'lost')
                )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            UPDATE "kpi_rollup" SET "status" = 'failed' WHERE "status" = 'lost'
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_rollup" DROP CONSTRAINT "kpi_rollup_status_check"
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_rollup"
            ADD CONSTRAINT "kpi_rollup_status_check" CHECK (
                    "status" IN ('queued', 'running', 'complete', 'failed')
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "kpi_rollup" DROP COLUMN "enqueued_at"
        `);
    }
}
