#!/usr/bin/env node
// The "machine's limit" reference for the bench: a bare Express route that
// returns 20 product rows from the same database through a pg Pool(10).
//   DATABASE_URL=... PORT=9101 node bench/reference-server.mjs
import express from "express"
import pg from "pg"

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
})
const app = express()
app.get("/products", async (_req, res) => {
  try {
    const { rows } = await pool.query(
      `select id, title, handle, subtitle, thumbnail, status, created_at
         from product where deleted_at is null and status = 'published'
        order by created_at desc, id limit 20`
    )
    res.json({ products: rows })
  } catch (error) {
    res.status(500).json({ message: error.message })
  }
})
app.get("/health", (_req, res) => res.send("OK"))
const server = app.listen(Number(process.env.PORT || 9101), "127.0.0.1")
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close()
    pool.end().finally(() => process.exit(0))
  })
}
