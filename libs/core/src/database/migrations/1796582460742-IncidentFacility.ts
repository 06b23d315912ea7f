import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An incident belongs to the facility that recorded it: a facility serving the person sees its own incidents, not
 * those of other facilities (PIPL data minimisation, docs/security.md). Incidents recorded before are filed under the
 * facility the person was staying in when it happened; the rest (recorded by an office, or at home) under none.
 */
export class IncidentFacility1796582460742 implements MigrationInterface {
    name = 'IncidentFacility1796582460742'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "incident" ADD "facility_id" uuid`);
        await queryRunner.query(`
            ALTER TABLE "incident" ADD CONSTRAINT "incident_facility_id_fkey"
            FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            UPDATE "incident" i SET "facility_id" = s."facility_id"
              FROM "stay" s
             WHERE s."resident_id" = i."resident_id"
               AND daterange(s."admitted_on", s."discharged_on") @> (i."occurred_at" AT TIME ZONE 'Asia/Shanghai')::date
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "incident" DROP CONSTRAINT "incident_facility_id_fkey"`);
        await queryRunner.query(`ALTER TABLE "incident" DROP COLUMN "facility_id"`);
    }
}
