"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useEffect, useRef, useState } from "react"

/**
 * Search as you type: the query goes into the URL after a short pause, and
 * the server renders the filtered listing. Without JavaScript the form submits.
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
  const [value, setValue] = useState(params.get("q") ?? "")
  const first = useRef(true)

  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params.toString())
      next.delete("page")
      if (value.trim()) {
        next.set("q", value.trim())
      } else {
        next.delete("q")
      }
      router.replace(`${pathname}?${next.toString()}`, { scroll: false })
    }, 300)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])

  return (
    <form role="search" action={pathname}>
      <label htmlFor="q">{label}</label>
      <input
        id="q"
        name="q"
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
        data-testid="search-input"
      />
    </form>
  )
}
