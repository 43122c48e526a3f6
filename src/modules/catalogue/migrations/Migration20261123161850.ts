import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123161850 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "catalogue_stale" ("id" text not null, "kind" text not null, "ref_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_stale_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalogue_stale_deleted_at" ON "catalogue_stale" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_stale" cascade;`);
  }

}
