import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit log's console lists newest first and filters by day range and by action. With only the actor and record
 * indexes those read the whole table (a sequential scan and a sort: 180 ms at a million rows, and the table only
 * grows, since every read of a person's record appends to it); with these the newest page is an index walk backwards,
 * and the export's keyset batches (at, id) < (…) are too.
 */
export class AuditLogFilters1796614283511 implements MigrationInterface {
    name = 'AuditLogFilters1796614283511'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_action_idx" ON "audit_log" ("action", "at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."audit_log_action_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_at_idx"`);
    }
}
