import path from "node:path"
import { createRequire } from "node:module"

/** One query through the `pg` driver that Medusa already installs. */
export async function queryOne(root, url, sql, params = []) {
  const require = createRequire(path.join(root, "package.json"))
  const { Client } = require("pg")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(sql, params)
    return rows[0] ?? null
  } finally {
    await client.end()
  }
}

/** The demo-data version recorded on the store by src/scripts/seed-demo.ts. */
export async function demoSeedVersion(root, url) {
  const row = await queryOne(
    root,
    url,
    `select metadata -> 'tiantou_demo_seed' ->> 'version' as version
       from store where deleted_at is null order by created_at limit 1`
  )
  return row?.version ?? null
}
