import { z } from "@medusajs/framework/zod"

/**
 * Minimum password lengths by actor. Co-op members, pickup staff and
 * platform admins (`user`) act for others and reach money or parcels, so
 * they need 10 characters; shoppers 8. An actor not listed gets the
 * stricter rule.
 */
export const PASSWORD_MIN_LENGTH: Record<string, number> = {
  customer: 8,
  vendor: 10,
  pickup: 10,
  user: 10,
}
const DEFAULT_MIN_LENGTH = 10
// scrypt hashes whatever it is given; a cap keeps a megabyte "password"
// from being one.
export const PASSWORD_MAX_LENGTH = 128

export function passwordMinLength(actorType: string | undefined): number {
  return PASSWORD_MIN_LENGTH[actorType ?? ""] ?? DEFAULT_MIN_LENGTH
}

/** The password rule for an actor, as a zod schema with messages. */
export function passwordSchema(actorType: string | undefined) {
  const min = passwordMinLength(actorType)
  return z
    .string({ error: "password must be a string" })
    .min(min, `password must have at least ${min} characters`)
    .max(
      PASSWORD_MAX_LENGTH,
      `password must have at most ${PASSWORD_MAX_LENGTH} characters`
    )
}

/** Why a password breaks the actor's rule, or null when it passes. */
export function passwordProblem(
  actorType: string | undefined,
  password: unknown
): string | null {
  const parsed = passwordSchema(actorType).safeParse(password)
  if (parsed.success) {
    return null
  }
  return `${parsed.error.issues[0].message}.`
}
