import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The look-ups the indicator sources make once per bed and once per person — the classification a bed had on a day,
 * the stays a person had around a month — answered from btree indexes alone. The exclusion constraints' GiST
 * indexes answer them too, and the planner picks them, but each probe costs several times an index-only btree probe.
 * The effective-dated look-up reads the latest version starting on or before the day (ORDER BY valid_from DESC
 * LIMIT 1), which only a btree can give in order.
 */
export class KpiLookupIndexes1796185228094 implements MigrationInterface {
    name = 'KpiLookupIndexes1796185228094'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "bed_classification_current_idx" ON "bed_classification" ("bed_id", "valid_from")
            INCLUDE ("valid_to", "care_type", "dementia_care")
        `);
        await queryRunner.query(`DROP INDEX "stay_resident_idx"`);
        await queryRunner.query(`
            CREATE INDEX "stay_resident_idx" ON "stay" ("resident_id", "admitted_on")
            INCLUDE ("discharged_on", "funding", "discharge_reason")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "stay_resident_idx"`);
        await queryRunner.query(`CREATE INDEX "stay_resident_idx" ON "stay" ("resident_id", "admitted_on")`);
        await queryRunner.query(`DROP INDEX "bed_classification_current_idx"`);
    }
}
