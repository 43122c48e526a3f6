"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useEffect, useRef, useState } from "react"

/**
 * Search as you type: the query goes into the URL after a short pause, and
 * the server renders the filtered listing. Without JavaScript the form
 * submits, keeping the other filters.
 */
export default function SearchBox({
  label,
  placeholder,
}: {
  label: string
  placeholder: string
}) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const urlQuery = params.get("q") ?? ""
  const [value, setValue] = useState(urlQuery)
  const input = useRef<HTMLInputElement>(null)

  // The query changed by a link (a removed filter chip, back/forward) while
  // the shopper is not typing: show it.
  useEffect(() => {
    if (document.activeElement !== input.current) {
      setValue(urlQuery)
    }
  }, [urlQuery])

  useEffect(() => {
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params.toString())
      if (value.trim()) {
        next.set("q", value.trim())
      } else {
        next.delete("q")
      }
      if ((next.get("q") ?? "") === urlQuery) {
        return
      }
      next.delete("page")
      router.replace(`${pathname}?${next.toString()}`, { scroll: false })
    }, 300)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])

  return (
    <form role="search" action={pathname} className="search-box">
      {[...params.entries()]
        .filter(([k]) => k !== "q" && k !== "page")
        .map(([k, v], i) => (
          // A key may repeat (?grade=premium&grade=first): keyed by place.
          <input key={`${i}-${k}`} type="hidden" name={k} value={v} />
        ))}
      <label htmlFor="q">{label}</label>
      <input
        ref={input}
        id="q"
        name="q"
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
        enterKeyHint="search"
        data-testid="search-input"
      />
    </form>
  )
}
