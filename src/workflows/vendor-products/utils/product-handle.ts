import { pinyin } from "pinyin-pro"

/** Generated handles stop at a word boundary within this many characters. */
export const PINYIN_HANDLE_MAX_LENGTH = 60

const FALLBACK_HANDLE = "product"

/**
 * The syllables of one run of Chinese characters, grouped two by two (an
 * odd last syllable joins the last pair). pinyin-pro has no dictionary for
 * most produce and place names, and most Chinese words are two characters:
 * 奉节脐橙 reads fengjie-qicheng, not fengjieqicheng or feng-jie-qi-cheng.
 */
function pairSyllables(syllables: string[]): string[] {
  const words: string[] = []
  for (let i = 0; i < syllables.length; i += 2) {
    words.push(syllables.slice(i, i + 2).join(""))
  }
  if (words.length > 1 && syllables.length % 2 === 1) {
    const last = words.pop() as string
    words[words.length - 1] += last
  }
  return words
}

/** Lowercase ASCII words of a non-Chinese stretch of a title ("Café 5kg" → cafe, 5kg). */
function latinWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/**
 * A readable, URL-safe handle from a product title or a co-op's name, in
 * toneless pinyin: "奉节脐橙 特级" → "fengjie-qicheng-teji", "赣南脐橙 5kg装"
 * → "gannan-qicheng-5kg-zhuang". Only a-z, 0-9 and single hyphens, at most
 * PINYIN_HANDLE_MAX_LENGTH characters; `fallback` ("product") when nothing
 * is left.
 */
export function pinyinHandle(
  title: string,
  fallback = FALLBACK_HANDLE
): string {
  const words: string[] = []
  let run: string[] = []
  const flush = () => {
    words.push(...pairSyllables(run))
    run = []
  }
  for (const part of pinyin(title, {
    toneType: "none",
    type: "all",
    v: true,
    nonZh: "consecutive",
  })) {
    if (part.isZh && /^[a-z]+$/.test(part.pinyin)) {
      run.push(part.pinyin)
    } else {
      flush()
      words.push(...latinWords(part.origin))
    }
  }
  flush()
  let handle = ""
  for (const word of words) {
    const next = handle ? `${handle}-${word}` : word
    if (next.length > PINYIN_HANDLE_MAX_LENGTH) {
      break
    }
    handle = next
  }
  if (!handle && words.length) {
    handle = words[0].slice(0, PINYIN_HANDLE_MAX_LENGTH)
  }
  return handle || fallback
}

/**
 * `base` if nothing (no product, no co-op) holds it, else the first free `base-2`, `base-3`, …
 */
export function uniqueHandle(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) {
    return base
  }
  let n = 2
  while (taken.has(`${base}-${n}`)) {
    n++
  }
  return `${base}-${n}`
}

/** Whether a co-op left a handle (its product's or its own) for the platform to choose. */
export function isHandleEmpty(handle: string | null | undefined): boolean {
  return !handle?.trim()
}
