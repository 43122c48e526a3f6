import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201180940 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" add column if not exists "vendor" jsonb null, add column if not exists "temperature_class" text not null default 'ambient';`);
    // Rows are derived data: emptied, they are rebuilt whole (with the new
    // columns) by the catalogue-reconcile job's first run after boot.
    this.addSql(`truncate table "catalogue_product";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" drop column if exists "vendor", drop column if exists "temperature_class";`);
  }

}
