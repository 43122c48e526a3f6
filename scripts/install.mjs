#!/usr/bin/env node
// Installs the backend's (and storefront's) dependencies when missing or
// stale; the same check `npm start` and `npm test` run first.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
await ensureInstalled(root, "backend")
if (fs.existsSync(path.join(root, "storefront", "package.json"))) {
  await ensureInstalled(path.join(root, "storefront"), "storefront")
}
