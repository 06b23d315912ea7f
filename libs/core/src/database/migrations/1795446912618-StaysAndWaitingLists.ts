import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Stays (who lies in which bed, when), admission rules per facility or region, waiting-list applications and bed
 * offers. Generated from the entities — among them the exclusion constraints that make overlapping stays of one bed
 * or one person impossible — plus by hand: the bed board now shows occupants (masked names) and reserved beds, so
 * changes to stays, offers and residents' names bump facility.board_version too; and the bump locks the facilities
 * it touches in id order, as transfers do, so writers touching several facilities never wait on each other in a ring.
 */
const BOARD_BUMP = `
    CREATE OR REPLACE FUNCTION bump_board_version() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        facilities uuid[];
    BEGIN
        -- TG_ARGV[0] says how the changed rows name their facility: directly, through their bed, or (name: the
        -- resident table) through the stays of a person whose name changed.
        IF TG_ARGV[0] = 'facility_id' THEN
            SELECT array_agg(DISTINCT facility_id) INTO facilities FROM changed_rows;
        ELSIF TG_ARGV[0] = 'name' THEN
            SELECT array_agg(DISTINCT s.facility_id) INTO facilities
              FROM changed_rows c JOIN old_rows o ON o.id = c.id JOIN stay s ON s.resident_id = c.id
             WHERE c.name IS DISTINCT FROM o.name;
        ELSE
            SELECT array_agg(DISTINCT b.facility_id) INTO facilities FROM bed b JOIN changed_rows c ON c.bed_id = b.id;
        END IF;
        PERFORM 1 FROM facility WHERE id = ANY(facilities) ORDER BY id FOR NO KEY UPDATE;
        UPDATE facility SET board_version = board_version + 1 WHERE id = ANY(facilities);
        RETURN NULL;
    END
    $$
`;

/** The function as CapacityRegistry made it, for down(). */
const PREVIOUS_BOARD_BUMP = `
    CREATE OR REPLACE FUNCTION bump_board_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        -- TG_ARGV[0] says how the changed rows name their facility: directly, or through their bed.
        IF TG_ARGV[0] = 'facility_id' THEN
            UPDATE facility SET board_version = board_version + 1
             WHERE id IN (SELECT DISTINCT facility_id FROM changed_rows);
        ELSE
            UPDATE facility SET board_version = board_version + 1
             WHERE id IN (SELECT DISTINCT b.facility_id FROM bed b JOIN changed_rows c ON c.bed_id = b.id);
        END IF;
        RETURN NULL;
    END
    $$
`;

/** Table, key the bump function follows, and the events that change what a board shows. */
const BOARD_TRIGGERS: [string, string, string[]][] = [
    ["stay", "facility_id", ["INSERT", "UPDATE", "DELETE"]],
    ["waitlist_offer", "bed_id", ["INSERT", "UPDATE", "DELETE"]],
    ["resident", "name", ["UPDATE"]],
];

export class StaysAndWaitingLists1795446912618 implements MigrationInterface {
    name = 'StaysAndWaitingLists1795446912618'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "stay" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resident_id" uuid NOT NULL,
                "bed_id" uuid NOT NULL,
                "facility_id" uuid NOT NULL,
                "admitted_on" date NOT NULL,
                "discharged_on" date,
                "discharge_reason" text,
                "funding" text NOT NULL DEFAULT 'self_pay',
                "transferred_from_id" uuid,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "stay_funding_check" CHECK (
                    "funding" IN (
                        'self_pay',
                        'tekun_centralized',
                        'government_purchased'
                    )
                ),
                CONSTRAINT "stay_discharge_reason_check" CHECK (
                    ("discharged_on" IS NULL) = ("discharge_reason" IS NULL)
                    AND (
                        "discharge_reason" IS NULL
                        OR "discharge_reason" IN (
                            'home',
                            'hospital',
                            'death',
                            'transfer_out',
                            'other',
                            'transfer'
                        )
                    )
                ),
                CONSTRAINT "stay_period_check" CHECK (
                    "discharged_on" IS NULL
                    OR "discharged_on" > "admitted_on"
                ),
                CONSTRAINT "stay_resident_no_overlap" EXCLUDE USING gist (
                    "resident_id" WITH =,
                    daterange("admitted_on", "discharged_on") WITH &&
                ),
                CONSTRAINT "stay_bed_no_overlap" EXCLUDE USING gist (
                    "bed_id" WITH =,
                    daterange("admitted_on", "discharged_on") WITH &&
                ),
                CONSTRAINT "stay_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "stay_facility_idx" ON "stay" ("facility_id", "admitted_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "admission_policy" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "region_code" character varying,
                "facility_id" uuid,
                "requires_assessment" boolean NOT NULL,
                "waitlist" jsonb NOT NULL,
                "updated_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "admission_policy_target_check" CHECK (
                    ("region_code" IS NULL) <> ("facility_id" IS NULL)
                ),
                CONSTRAINT "admission_policy_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "admission_policy_facility_key" ON "admission_policy" ("facility_id")
            WHERE "facility_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "admission_policy_region_key" ON "admission_policy" ("region_code")
            WHERE "region_code" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "waitlist_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "facility_id" uuid NOT NULL,
                "resident_id" uuid NOT NULL,
                "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "status" text NOT NULL DEFAULT 'waiting',
                "suspended_until" date,
                "created_by" uuid,
                CONSTRAINT "waitlist_entry_status_check" CHECK (
                    "status" IN ('waiting', 'offered', 'admitted', 'withdrawn')
                ),
                CONSTRAINT "waitlist_entry_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "waitlist_entry_open_key" ON "waitlist_entry" ("facility_id", "resident_id")
            WHERE "status" IN ('waiting', 'offered')
        `);
        await queryRunner.query(`
            CREATE TABLE "waitlist_offer" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "entry_id" uuid NOT NULL,
                "bed_id" uuid NOT NULL,
                "offered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" text NOT NULL DEFAULT 'pending',
                "stay_id" uuid,
                "funding" text NOT NULL DEFAULT 'self_pay',
                "skip_reason" text,
                "offered_by" uuid,
                CONSTRAINT "waitlist_offer_funding_check" CHECK (
                    "funding" IN (
                        'self_pay',
                        'tekun_centralized',
                        'government_purchased'
                    )
                ),
                CONSTRAINT "waitlist_offer_expiry_check" CHECK ("expires_at" > "offered_at"),
                CONSTRAINT "waitlist_offer_stay_check" CHECK (
                    ("status" = 'accepted') = ("stay_id" IS NOT NULL)
                ),
                CONSTRAINT "waitlist_offer_status_check" CHECK (
                    "status" IN (
                        'pending',
                        'accepted',
                        'declined',
                        'expired',
                        'lapsed'
                    )
                ),
                CONSTRAINT "waitlist_offer_pkey" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "waitlist_offer_bed_idx" ON "waitlist_offer" ("bed_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "waitlist_offer_pending_entry_key" ON "waitlist_offer" ("entry_id")
            WHERE "status" = 'pending'
        `);
        await queryRunner.query(`
            ALTER TABLE "stay"
            ADD CONSTRAINT "stay_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stay"
            ADD CONSTRAINT "stay_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stay"
            ADD CONSTRAINT "stay_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stay"
            ADD CONSTRAINT "stay_transferred_from_id_fkey" FOREIGN KEY ("transferred_from_id") REFERENCES "stay"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "admission_policy"
            ADD CONSTRAINT "admission_policy_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "admission_policy"
            ADD CONSTRAINT "admission_policy_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_entry"
            ADD CONSTRAINT "waitlist_entry_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_entry"
            ADD CONSTRAINT "waitlist_entry_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "resident"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_offer"
            ADD CONSTRAINT "waitlist_offer_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "waitlist_entry"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_offer"
            ADD CONSTRAINT "waitlist_offer_bed_id_fkey" FOREIGN KEY ("bed_id") REFERENCES "bed"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_offer"
            ADD CONSTRAINT "waitlist_offer_stay_id_fkey" FOREIGN KEY ("stay_id") REFERENCES "stay"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(BOARD_BUMP);
        for (const [table, key, events] of BOARD_TRIGGERS) {
            for (const event of events) {
                const transitions = event === "DELETE" ? "OLD TABLE AS changed_rows" : event === "UPDATE" ? "OLD TABLE AS old_rows NEW TABLE AS changed_rows" : "NEW TABLE AS changed_rows";
                await queryRunner.query(`
                    CREATE TRIGGER ${table}_${event.toLowerCase()}_bumps_board AFTER ${event} ON "${table}"
                    REFERENCING ${transitions}
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_board_version('${key}')
                `);
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table, , events] of BOARD_TRIGGERS) {
            for (const event of events) await queryRunner.query(`DROP TRIGGER ${table}_${event.toLowerCase()}_bumps_board ON "${table}"`);
        }
        await queryRunner.query(PREVIOUS_BOARD_BUMP);
        await queryRunner.query(`
            ALTER TABLE "waitlist_offer" DROP CONSTRAINT "waitlist_offer_stay_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_offer" DROP CONSTRAINT "waitlist_offer_bed_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_offer" DROP CONSTRAINT "waitlist_offer_entry_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_entry" DROP CONSTRAINT "waitlist_entry_resident_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "waitlist_entry" DROP CONSTRAINT "waitlist_entry_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "admission_policy" DROP CONSTRAINT "admission_policy_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "admission_policy" DROP CONSTRAINT "admission_policy_region_code_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay" DROP CONSTRAINT "stay_transferred_from_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay" DROP CONSTRAINT "stay_facility_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay" DROP CONSTRAINT "stay_bed_id_fkey"
        `);
        await queryRunner.query(`
            ALTER TABLE "stay" DROP CONSTRAINT "stay_resident_id_fkey"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."waitlist_offer_pending_entry_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."waitlist_offer_bed_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "waitlist_offer"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."waitlist_entry_open_key"
        `);
        await queryRunner.query(`
            DROP TABLE "waitlist_entry"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."admission_policy_region_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."admission_policy_facility_key"
        `);
        await queryRunner.query(`
            DROP TABLE "admission_policy"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."stay_facility_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "stay"
        `);
    }

}
