import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A counter carried in every token an account receives and compared on each request: changing the account's password,
 * role or scope, or deactivating it, bumps the counter in the same transaction, so its earlier tokens stop working at
 * once instead of at their expiry. A counter rather than a timestamp, because a token's `iat` has whole seconds only.
 */
export class UserTokenVersion1796582467560 implements MigrationInterface {
    name = 'UserTokenVersion1796582467560'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "app_user" ADD "token_version" integer NOT NULL DEFAULT 0`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_version"`);
    }
}
