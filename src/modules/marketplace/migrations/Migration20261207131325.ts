import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207131325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_order_stage" drop constraint if exists "vendor_order_stage_order_id_unique";`);
    this.addSql(`create table if not exists "vendor_order_stage" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "stage" text check ("stage" in ('to_fulfil', 'fulfilled', 'shipped', 'delivered', 'canceled')) not null default 'to_fulfil', "placed_at" timestamptz not null, "display_id" integer null, "refreshed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_order_stage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_stage_deleted_at" ON "vendor_order_stage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_order_stage_order_id_unique" ON "vendor_order_stage" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_stage_vendor_id_placed_at" ON "vendor_order_stage" ("vendor_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_order_stage_vendor_id_stage_placed_at" ON "vendor_order_stage" ("vendor_id", "stage", "placed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "vendor_order_stage" cascade;`);
  }

}
