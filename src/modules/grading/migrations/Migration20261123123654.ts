import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123123654 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "variant_grade" drop constraint if exists "variant_grade_variant_id_unique";`);
    this.addSql(`alter table if exists "grade_level" drop constraint if exists "grade_level_standard_id_code_unique";`);
    this.addSql(`alter table if exists "grade_standard" drop constraint if exists "grade_standard_code_unique";`);
    this.addSql(`create table if not exists "grade_standard" ("id" text not null, "code" text not null, "title_zh" text not null, "title_en" text not null, "product_kind" text not null, "verification" text check ("verification" in ('verified', 'unverified')) not null default 'unverified', "source" text not null, "status" text check ("status" in ('active', 'superseded')) not null default 'active', "supersedes_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "grade_standard_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_standard_deleted_at" ON "grade_standard" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_grade_standard_code_unique" ON "grade_standard" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_standard_product_kind_status" ON "grade_standard" ("product_kind", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "grade_level" ("id" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "rank" integer not null, "tolerance_pct" real not null, "tolerance_verified" boolean not null default false, "description_zh" text null, "description_en" text null, "criteria" jsonb not null, "standard_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "grade_level_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_level_standard_id" ON "grade_level" ("standard_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_grade_level_deleted_at" ON "grade_level" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_grade_level_standard_id_code_unique" ON "grade_level" ("standard_id", "code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "variant_grade" ("id" text not null, "variant_id" text not null, "measured" jsonb not null, "declared_by" text null, "verified_at" timestamptz null, "level_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "variant_grade_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_grade_level_id" ON "variant_grade" ("level_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_grade_deleted_at" ON "variant_grade" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_variant_grade_variant_id_unique" ON "variant_grade" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "grade_level" add constraint "grade_level_standard_id_foreign" foreign key ("standard_id") references "grade_standard" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "variant_grade" add constraint "variant_grade_level_id_foreign" foreign key ("level_id") references "grade_level" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "grade_level" drop constraint if exists "grade_level_standard_id_foreign";`);

    this.addSql(`alter table if exists "variant_grade" drop constraint if exists "variant_grade_level_id_foreign";`);

    this.addSql(`drop table if exists "grade_standard" cascade;`);

    this.addSql(`drop table if exists "grade_level" cascade;`);

    this.addSql(`drop table if exists "variant_grade" cascade;`);
  }

}
