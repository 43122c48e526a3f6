import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123115029 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_email_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_credit_code_unique";`);
    this.addSql(`alter table if exists "vendor" drop constraint if exists "vendor_handle_unique";`);
    this.addSql(`alter table if exists "payout_line" drop constraint if exists "payout_line_order_id_unique";`);
    this.addSql(`alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`);
    this.addSql(`alter table if exists "commission_rule" drop constraint if exists "commission_rule_scope_category_id_unique";`);
    this.addSql(`alter table if exists "commission_line" drop constraint if exists "commission_line_line_item_id_unique";`);
    this.addSql(`create table if not exists "commission_line" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "line_item_id" text not null, "rule_id" text null, "scope" text check ("scope" in ('default', 'vendor', 'category')) not null, "rate" real not null, "currency_code" text not null, "base_amount" numeric not null, "amount" numeric not null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_order_id" ON "commission_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_line_vendor_id" ON "commission_line" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_line_item_id_unique" ON "commission_line" ("line_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "commission_rule" ("id" text not null, "scope" text check ("scope" in ('default', 'category')) not null, "category_id" text null, "rate" real not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_rule_scope_category_id_unique" ON "commission_rule" ("scope", "category_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_group" ("id" text not null, "display_id" serial, "cart_id" text not null, "customer_id" text null, "email" text null, "currency_code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_group_customer_id" ON "order_group" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout" ("id" text not null, "vendor_id" text not null, "currency_code" text not null, "amount" numeric not null, "reference" text null, "note" text null, "recorded_by" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_vendor_id" ON "payout" ("vendor_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "payout_line" ("id" text not null, "order_id" text not null, "vendor_id" text not null, "currency_code" text not null, "gross" numeric not null, "commission" numeric not null, "net" numeric not null, "status" text check ("status" in ('pending', 'payable', 'paid', 'cancelled')) not null default 'pending', "delivered_at" timestamptz null, "payable_after" timestamptz null, "paid_at" timestamptz null, "payout_id" text null, "raw_gross" jsonb not null, "raw_commission" jsonb not null, "raw_net" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_payout_id" ON "payout_line" ("payout_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_deleted_at" ON "payout_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_line_order_id_unique" ON "payout_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_vendor_id_status" ON "payout_line" ("vendor_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_line_status_payable_after" ON "payout_line" ("status", "payable_after") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor" ("id" text not null, "handle" text not null, "name" text not null, "kind" text check ("kind" in ('cooperative', 'family_farm', 'enterprise')) not null default 'cooperative', "status" text check ("status" in ('pending_review', 'active', 'suspended', 'rejected', 'closed')) not null default 'pending_review', "status_reason" text null, "status_changed_by" text null, "status_changed_at" timestamptz null, "region_code" text not null, "address" jsonb null, "contact" jsonb not null, "credit_code" text not null, "business_licence_no" text null, "food_licence_no" text null, "description_zh" text null, "description_en" text null, "logo" text null, "commission_rate" real null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_deleted_at" ON "vendor" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_handle_unique" ON "vendor" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_credit_code_unique" ON "vendor" ("credit_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_status" ON "vendor" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_member" ("id" text not null, "email" text not null, "name" text not null, "role" text check ("role" in ('owner', 'manager', 'staff')) not null default 'staff', "status" text check ("status" in ('invited', 'active')) not null default 'invited', "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_vendor_id" ON "vendor_member" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_member_deleted_at" ON "vendor_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_vendor_member_email_unique" ON "vendor_member" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "vendor_status_change" ("id" text not null, "from_status" text not null, "to_status" text not null, "reason" text not null, "changed_by" text not null, "vendor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "vendor_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_status_change_vendor_id" ON "vendor_status_change" ("vendor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_vendor_status_change_deleted_at" ON "vendor_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "payout_line" add constraint "payout_line_payout_id_foreign" foreign key ("payout_id") references "payout" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "vendor_member" add constraint "vendor_member_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "vendor_status_change" add constraint "vendor_status_change_vendor_id_foreign" foreign key ("vendor_id") references "vendor" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "payout_line" drop constraint if exists "payout_line_payout_id_foreign";`);

    this.addSql(`alter table if exists "vendor_member" drop constraint if exists "vendor_member_vendor_id_foreign";`);

    this.addSql(`alter table if exists "vendor_status_change" drop constraint if exists "vendor_status_change_vendor_id_foreign";`);

    this.addSql(`drop table if exists "commission_line" cascade;`);

    this.addSql(`drop table if exists "commission_rule" cascade;`);

    this.addSql(`drop table if exists "order_group" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`drop table if exists "payout_line" cascade;`);

    this.addSql(`drop table if exists "vendor" cascade;`);

    this.addSql(`drop table if exists "vendor_member" cascade;`);

    this.addSql(`drop table if exists "vendor_status_change" cascade;`);
  }

}
