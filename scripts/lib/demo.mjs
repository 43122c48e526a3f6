import path from "node:path"
import { queryOne } from "./database.mjs"
import { readJson } from "./fsutil.mjs"
import { run } from "./run.mjs"

const medusaBin = (root) => path.join(root, "node_modules", ".bin", "medusa")

/** `medusa db:migrate` on env.DATABASE_URL. */
export function migrate(root, env, options = {}) {
  return run(medusaBin(root), ["db:migrate"], { cwd: root, env, ...options })
}

/** Loads data/demo/ into env.DATABASE_URL (src/scripts/seed-demo.ts; idempotent). */
export function seedDemo(root, env, options = {}) {
  return run(medusaBin(root), ["exec", "./src/scripts/seed-demo.ts"], {
    cwd: root,
    env,
    ...options,
  })
}

/** The storefront's publishable key that the demo seed created, or null. */
export async function demoPublishableKey(root, databaseUrl) {
  const { publishable_key } = readJson(
    path.join(root, "data", "demo", "store.json"),
    {}
  )
  const row = await queryOne(
    root,
    databaseUrl,
    `select token from api_key
      where title = $1 and type = 'publishable'
        and revoked_at is null and deleted_at is null
      order by created_at limit 1`,
    [publishable_key.title]
  )
  return row?.token ?? null
}

/** The demo logins of data/demo/users.json, as `{ email, password }` per role. */
export function demoLogins(root) {
  const users = readJson(path.join(root, "data", "demo", "users.json"), {})
  const login = (user) =>
    user ? { email: user.email, password: user.password } : null
  return {
    admin: login(users.admin),
    vendor: login(users.vendor),
    pickup: login(users.pickup),
    customer: login(users.customer),
  }
}
