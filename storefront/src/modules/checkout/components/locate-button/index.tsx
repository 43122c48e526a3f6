"use client"

import { usePathname, useRouter, useSearchParams } from "next/navigation"
import { useState } from "react"

/** Asks the browser for the shopper's position and reloads the points nearest first. */
export default function LocateButton({
  label,
  locating,
  denied,
}: {
  label: string
  locating: string
  denied: string
}) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [state, setState] = useState<"idle" | "busy" | "denied">("idle")
  const locate = () => {
    if (!navigator.geolocation) {
      setState("denied")
      return
    }
    setState("busy")
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const next = new URLSearchParams(params.toString())
        next.delete("district")
        next.set("lat", coords.latitude.toFixed(4))
        next.set("lng", coords.longitude.toFixed(4))
        setState("idle")
        router.replace(`${pathname}?${next}`, { scroll: false })
      },
      () => setState("denied"),
      { timeout: 8000, maximumAge: 600000 }
    )
  }
  return (
    <p className="row">
      <button
        type="button"
        className="secondary"
        onClick={locate}
        disabled={state === "busy"}
        data-testid="use-location"
      >
        {state === "busy" ? locating : label}
      </button>
      <span role="status" aria-live="polite">
        {state === "denied" ? <span className="error">{denied}</span> : null}
      </span>
    </p>
  )
}
