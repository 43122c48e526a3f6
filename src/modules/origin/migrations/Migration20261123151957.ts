import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123151957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "brand_authorization" add column if not exists "status" text check ("status" in ('valid', 'expiring', 'expired')) not null default 'valid', add column if not exists "expiry_notified_at" timestamptz null;`);

    this.addSql(`alter table if exists "certification" add column if not exists "status" text check ("status" in ('valid', 'expiring', 'expired')) not null default 'valid', add column if not exists "expiry_notified_at" timestamptz null, add column if not exists "review_status" text check ("review_status" in ('pending', 'approved', 'rejected')) not null default 'approved', add column if not exists "submitted_by" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_certification_status" ON "certification" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "brand_authorization" drop column if exists "status", drop column if exists "expiry_notified_at";`);

    this.addSql(`drop index if exists "IDX_certification_status";`);
    this.addSql(`alter table if exists "certification" drop column if exists "status", drop column if exists "expiry_notified_at", drop column if exists "review_status", drop column if exists "submitted_by";`);
  }

}
