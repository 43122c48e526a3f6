"use client"

import { useState, type ReactNode } from "react"

type Tab = { id: string; label: string; panel: ReactNode }

/**
 * Two ways to sign in, one shown at a time (WAI-ARIA tabs: arrow keys move
 * between them). Both panels stay mounted, so switching keeps what was
 * typed.
 */
export default function SignInTabs({ tabs }: { tabs: Tab[] }) {
  const [active, setActive] = useState(tabs[0]?.id)
  const move = (from: number, step: number) => {
    const next = tabs[(from + step + tabs.length) % tabs.length]
    setActive(next.id)
    document.getElementById(`signin-tab-${next.id}`)?.focus()
  }
  return (
    <div className="tabs">
      <div role="tablist" className="tablist">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            id={`signin-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={active === tab.id}
            aria-controls={`signin-panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight") move(i, 1)
              if (e.key === "ArrowLeft") move(i, -1)
            }}
            data-testid={`signin-tab-${tab.id}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`signin-panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`signin-tab-${tab.id}`}
          hidden={active !== tab.id}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  )
}
