import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export function sha256(...parts) {
  const hash = crypto.createHash("sha256")
  for (const part of parts) {
    hash.update(part)
  }
  return hash.digest("hex")
}

/**
 * Hashes the contents of files and directory trees (skipping node_modules and
 * dot-directories), so a build or migration reruns only when its inputs change.
 */
export function hashTree(root, entries) {
  const hash = crypto.createHash("sha256")
  const visit = (file) => {
    if (!fs.existsSync(file)) {
      return
    }
    const stat = fs.statSync(file)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file).sort()) {
        if (name === "node_modules" || name.startsWith(".")) {
          continue
        }
        visit(path.join(file, name))
      }
      return
    }
    hash.update(path.relative(root, file))
    hash.update(fs.readFileSync(file))
  }
  for (const entry of entries) {
    visit(path.join(root, entry))
  }
  return hash.digest("hex")
}

export function readJson(file, fallback) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"))
  } catch {
    return fallback
  }
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + "\n")
}
