import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import { MESSAGE_FILES } from "../messages"
import { routing } from "../routing"

const dir = path.resolve(__dirname, "..", "..", "..", "messages")

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) {
    return [prefix]
  }
  return Object.entries(value).flatMap(([k, v]) =>
    keys(v, prefix ? `${prefix}.${k}` : k)
  )
}

const read = (locale: string, file: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, locale, `${file}.json`), "utf8"))

describe("messages", () => {
  for (const file of MESSAGE_FILES) {
    it(`${file}: every key exists in zh-CN and en, with text`, () => {
      const [zh, en] = routing.locales.map((l) => read(l, file))
      assert.deepEqual(keys(en).sort(), keys(zh).sort())
      for (const locale of routing.locales) {
        const messages = read(locale, file)
        const empty = keys(messages).filter((k) => {
          const v = k
            .split(".")
            .reduce<unknown>(
              (o, p) => (o as Record<string, unknown> | undefined)?.[p],
              messages
            )
          return typeof v !== "string" || !v.trim()
        })
        assert.deepEqual(empty, [], `${locale}/${file}.json has empty strings`)
      }
    })
  }

  it("no two files define the same top-level namespace", () => {
    const seen = new Map<string, string>()
    for (const file of MESSAGE_FILES) {
      for (const ns of Object.keys(read("zh-CN", file))) {
        assert.equal(
          seen.get(ns),
          undefined,
          `${ns} is in ${seen.get(ns)} and ${file}`
        )
        seen.set(ns, file)
      }
    }
  })
})
