import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207162545 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "certification" add column if not exists "issuer_en" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "certification" drop column if exists "issuer_en";`);
  }

}
