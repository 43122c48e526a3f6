import fs from "node:fs"
import path from "node:path"

const API = path.resolve(__dirname, "..")

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : files(full)
    }
    return full.endsWith(".ts") ? [full] : []
  })

describe("request validators", () => {
  it("come from src/api/utils/validators/validate.ts, so that every 400 lists its refusals", () => {
    const direct = files(API).filter((file) => {
      if (file.endsWith(path.join("validators", "validate.ts"))) return false
      const source = fs.readFileSync(file, "utf8")
      return /import\s*\{[^}]*\bvalidateAndTransform(Body|Query)\b[^}]*\}\s*from\s*"@medusajs\/framework\/http"/.test(
        source
      )
    })
    // Medusa's own validators answer only a sentence (docs/api.md "Errors").
    expect(direct.map((f) => path.relative(API, f))).toEqual([])
  })
})
