import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The demo remembers how far it has extended itself: stays and service orders written through one date, slots
 * published through another (two weeks ahead). One row, written by the demo loader and moved at every start.
 */
export class DemoExtension1796700000000 implements MigrationInterface {
    name = 'DemoExtension1796700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "demo_extension" (
                "id" boolean NOT NULL DEFAULT true,
                "extended_through" date NOT NULL,
                "published_through" date NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "demo_extension_one_row_check" CHECK ("id"),
                CONSTRAINT "demo_extension_dates_check" CHECK ("published_through" >= "extended_through"),
                CONSTRAINT "demo_extension_pkey" PRIMARY KEY ("id")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "demo_extension"
        `);
    }
}
