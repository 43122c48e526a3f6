import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123151806 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "catalogue_product" drop constraint if exists "catalogue_product_handle_unique";`);
    this.addSql(`create table if not exists "catalogue_product" ("id" text not null, "handle" text not null, "title" text not null, "title_en" text null, "thumbnail" text null, "vendor_id" text null, "vendor_handle" text null, "vendor_name" text null, "vendor_status" text null, "brand_id" text null, "brand_handle" text null, "brand" jsonb null, "brand_windows" jsonb not null, "brand_region_codes" text[] not null, "region_codes" text[] not null, "category_ids" text[] not null, "category_handles" text[] not null, "sales_channel_ids" text[] not null, "grade_codes" text[] not null, "grade_standard_codes" text[] not null, "grades" jsonb not null, "certifications" jsonb not null, "min_price" real null, "max_price" real null, "in_stock" boolean not null, "variants" jsonb not null, "search_text" text not null, "product_created_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalogue_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalogue_product_deleted_at" ON "catalogue_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalogue_product_handle_unique" ON "catalogue_product" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalogue_product_product_created_at" ON "catalogue_product" ("product_created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalogue_product_min_price" ON "catalogue_product" ("min_price") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalogue_product_vendor_id" ON "catalogue_product" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalogue_product_brand_id" ON "catalogue_product" ("brand_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_product" cascade;`);
  }

}
