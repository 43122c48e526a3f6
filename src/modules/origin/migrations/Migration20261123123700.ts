import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123123700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "origin_region" drop constraint if exists "origin_region_code_unique";`);
    this.addSql(`alter table if exists "brand" drop constraint if exists "brand_handle_unique";`);
    this.addSql(`create table if not exists "brand" ("id" text not null, "handle" text not null, "type" text check ("type" in ('regional_public', 'enterprise', 'umbrella')) not null default 'regional_public', "name_zh" text not null, "name_en" text not null, "gi_number" text null, "holder" text null, "story_zh" text null, "story_en" text null, "harvest_months" jsonb null, "region_codes" jsonb not null, "verification_notes" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_deleted_at" ON "brand" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_brand_handle_unique" ON "brand" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "brand_authorization" ("id" text not null, "vendor_id" text not null, "valid_from" timestamptz not null, "valid_to" timestamptz not null, "note" text null, "brand_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "brand_authorization_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_brand_id" ON "brand_authorization" ("brand_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_deleted_at" ON "brand_authorization" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_brand_authorization_vendor_id" ON "brand_authorization" ("vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "certification" ("id" text not null, "type" text check ("type" in ('green_food', 'organic', 'geographical_indication', 'compliance_certificate')) not null, "number" text not null, "issuer" text not null, "subject_type" text check ("subject_type" in ('vendor', 'product')) not null, "subject_id" text not null, "valid_from" timestamptz not null, "valid_to" timestamptz not null, "evidence_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_deleted_at" ON "certification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_subject_type_subject_id" ON "certification" ("subject_type", "subject_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_valid_to" ON "certification" ("valid_to") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "origin_region" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "level" text check ("level" in ('province', 'prefecture', 'county')) not null, "parent_code" text null, "lat" real null, "lng" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "origin_region_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_origin_region_deleted_at" ON "origin_region" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_origin_region_code_unique" ON "origin_region" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_origin_region_parent_code" ON "origin_region" ("parent_code") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "brand_authorization" add constraint "brand_authorization_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "brand_authorization" drop constraint if exists "brand_authorization_brand_id_foreign";`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "brand_authorization" cascade;`);

    this.addSql(`drop table if exists "certification" cascade;`);

    this.addSql(`drop table if exists "origin_region" cascade;`);
  }

}
