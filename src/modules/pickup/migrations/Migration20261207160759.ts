import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207160759 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "parcel_event" ("id" text not null, "type" text check ("type" in ('unlocked')) not null default 'unlocked', "actor_type" text check ("actor_type" in ('pickup_staff', 'user')) not null, "actor_id" text not null, "actor_name" text null, "reason" text not null, "data" jsonb null, "parcel_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "parcel_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_event_parcel_id" ON "parcel_event" ("parcel_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_event_deleted_at" ON "parcel_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_parcel_event_parcel_id_created_at" ON "parcel_event" ("parcel_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "parcel_event" add constraint "parcel_event_parcel_id_foreign" foreign key ("parcel_id") references "parcel" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "parcel_event" cascade;`);
  }

}
