import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207131553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" add column if not exists "raw_min_price" jsonb null, add column if not exists "raw_max_price" jsonb null;`);
    this.addSql(`alter table if exists "catalogue_product" alter column "min_price" type numeric using ("min_price"::numeric);`);
    this.addSql(`alter table if exists "catalogue_product" alter column "max_price" type numeric using ("max_price"::numeric);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" drop column if exists "raw_min_price", drop column if exists "raw_max_price";`);

    this.addSql(`alter table if exists "catalogue_product" alter column "min_price" type real using ("min_price"::real);`);
    this.addSql(`alter table if exists "catalogue_product" alter column "max_price" type real using ("max_price"::real);`);
  }

}
