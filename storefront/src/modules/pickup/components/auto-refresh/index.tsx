"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"

/**
 * Re-reads the page every `seconds` while it is visible and nobody is
 * typing, so a co-op's new delivery or the overdue job's change reaches
 * the counter without a tap. Server components re-render; no client state.
 */
export default function AutoRefresh({ seconds = 30 }: { seconds?: number }) {
  const router = useRouter()
  useEffect(() => {
    const tick = () => {
      const active = document.activeElement
      const typing =
        active instanceof HTMLInputElement ||
        active instanceof HTMLTextAreaElement ||
        active instanceof HTMLSelectElement
      if (document.visibilityState === "visible" && !typing) {
        router.refresh()
      }
    }
    const timer = window.setInterval(tick, seconds * 1000)
    return () => window.clearInterval(timer)
  }, [router, seconds])
  return null
}
