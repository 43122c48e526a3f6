import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207162553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_stage_vendor_id_stage_updated_at" ON "vendor_order_stage" ("vendor_id", "stage", "updated_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_vendor_order_stage_vendor_id_stage_updated_at";`);
  }

}
