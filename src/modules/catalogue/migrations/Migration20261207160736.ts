import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207160736 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" add column if not exists "images" jsonb not null default '[]', add column if not exists "description" text null, add column if not exists "description_en" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" drop column if exists "images", drop column if exists "description", drop column if exists "description_en";`);
  }

}
