import { Container, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled card on the co-op page. */
export const Section = ({
  title,
  actions,
  children,
  testId,
}: {
  title: string
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-center justify-between px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    {children}
  </Container>
)

/** One label and value row. */
export const Field = ({
  label,
  value,
}: {
  label: string
  value: ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3 text-sm">
    <span className="font-medium">{label}</span>
    <span className="text-ui-fg-base break-words">{value || "—"}</span>
  </div>
)
