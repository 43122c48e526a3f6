import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { describe, it } from "node:test"
import ts from "typescript"

/**
 * The shop's words live in messages/<locale>/shop.json, so switching to
 * English changes every label. This reads the shop's .tsx files and fails
 * on text a shopper would see that does not come from a message:
 * - JSX text with letters, or with CJK punctuation ("：" reads wrong in English);
 * - any string literal with CJK text (a label in code, in zh);
 * - a literal aria-label, alt, title, placeholder or label with letters.
 * A data value that must stay in code (e.g. matching a backend name) is
 * allowed with an `i18n-data: <why>` comment on its line or the line above.
 */
const src = path.resolve(__dirname, "..", "..", "..")
const SHOP = [
  "modules/home",
  "modules/store",
  "modules/products",
  "modules/cart",
  "modules/checkout",
  "modules/account",
  "modules/order",
  "modules/brands",
  "modules/layout",
  "modules/common",
  "app/[locale]/layout.tsx",
  "app/[locale]/(shop)",
]
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "alt",
  "title",
  "placeholder",
  "label",
  "aria-description",
  "aria-placeholder",
])
// Han, kana, hangul, CJK and full-width punctuation.
const CJK =
  /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef]/
const LETTER = /\p{L}/u

function tsxFiles(entry: string): string[] {
  const full = path.join(src, entry)
  if (!fs.existsSync(full)) {
    return []
  }
  if (fs.statSync(full).isFile()) {
    return full.endsWith(".tsx") ? [full] : []
  }
  return fs
    .readdirSync(full)
    .filter((name) => name !== "__tests__")
    .flatMap((name) => tsxFiles(path.join(entry, name)))
}

export type Finding = { file: string; line: number; text: string; why: string }

/** The hard-coded user-facing strings of one .tsx source. */
export function findHardCodedStrings(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(
    file,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX
  )
  const lines = code.split("\n")
  const allowed = (line: number) =>
    /i18n-data:/.test(lines[line] ?? "") ||
    /i18n-data:/.test(lines[line - 1] ?? "")
  const findings: Finding[] = []
  const report = (node: ts.Node, text: string, why: string) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line
    if (!allowed(line)) {
      findings.push({ file, line: line + 1, text: text.trim(), why })
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.getText()
      if (LETTER.test(text) || CJK.test(text)) {
        report(node, text, "JSX text")
      }
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const text = node.text
      const attribute = ts.isJsxAttribute(node.parent)
        ? node.parent.name.getText()
        : null
      if (CJK.test(text)) {
        report(node, text, "CJK text in a string")
      } else if (
        attribute &&
        TEXT_ATTRIBUTES.has(attribute) &&
        LETTER.test(text)
      ) {
        report(node, text, `literal ${attribute}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

describe("shop components take their words from messages", () => {
  it("finds the shop's components", () => {
    // A moved folder would otherwise drop out of the scan unnoticed.
    const missing = SHOP.filter(
      (entry) => !fs.existsSync(path.join(src, entry))
    )
    assert.deepEqual(missing, [], "every listed path exists")
    const files = SHOP.flatMap(tsxFiles)
    assert.ok(files.length >= 25, `only ${files.length} .tsx files found`)
  })

  it("catches each kind of hard-coded string, and lets marked data through", () => {
    const found = findHardCodedStrings(
      "x.tsx",
      [
        "const a = <p>Add to cart</p>",
        "const b = <p>{t('season')}：{months}</p>",
        'const c = <nav aria-label="pagination" />',
        'const d = cond ? "已选择" : null',
        "const e = `${n} 件`",
        "// i18n-data: the backend's option name",
        'const f = name.includes("冷藏")',
        'const g = <p data-testid="cart-total" className="price">{" · "}</p>',
        "const h = <span>{price} × {qty} · ✓</span>",
      ].join("\n")
    )
    assert.deepEqual(
      found.map((f) => [f.line, f.why]),
      [
        [1, "JSX text"],
        [2, "JSX text"],
        [3, "literal aria-label"],
        [4, "CJK text in a string"],
        [5, "CJK text in a string"],
      ]
    )
  })

  it("no shop .tsx file hard-codes a user-facing string", () => {
    const findings = SHOP.flatMap(tsxFiles).flatMap((file) =>
      findHardCodedStrings(
        path.relative(src, file),
        fs.readFileSync(file, "utf8")
      )
    )
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.why}: ${f.text}`),
      []
    )
  })
})
