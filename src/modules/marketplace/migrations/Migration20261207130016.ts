import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207130016 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" add column if not exists "invite_token_hash" text null, add column if not exists "invite_expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop column if exists "invite_token_hash", drop column if exists "invite_expires_at";`);
  }

}
