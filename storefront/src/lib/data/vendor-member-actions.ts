"use server"

import { revalidateTag } from "next/cache"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { medusaErrorMessage } from "../util/medusa-error"
import { getVendorAuthHeaders } from "./cookies"
import { apiErrorField, cleanApiMessage, parseInvite } from "./vendor-forms"
import { refreshConsole } from "./vendor-refresh"
import { retrieveVendorSession } from "./vendor-session"
import type { CoopActionState } from "./vendor-types"

const memberPath = (formData: FormData) =>
  `/vendors/members/${encodeURIComponent(String(formData.get("member_id") ?? ""))}`

/**
 * The API is the judge of who may do what (owners only, a co-op keeps an
 * owner): its 403 and 400 sentences are shown as they are.
 */
async function call(
  path: string,
  method: "POST" | "DELETE",
  body?: Record<string, unknown>
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return { error: "signedOut" }
  try {
    await sdk.client.fetch(path, {
      method,
      body,
      headers: await getVendorAuthHeaders(),
    })
  } catch (error) {
    return { error: medusaErrorMessage(error) }
  }
  revalidateTag(TAGS.vendorMembers(session.vendor.id))
  refreshConsole()
  return { error: null, ok: true }
}

export async function inviteMember(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const parsed = parseInvite(formData)
  if (!parsed.ok) {
    return { error: "checkFields", fields: parsed.fields }
  }
  const result = await call("/vendors/members", "POST", parsed.value)
  const field = result.error
    ? apiErrorField(result.error, {
        email: "email",
        name: "name",
        role: "role",
      })
    : null
  return field
    ? {
        error: "checkFields",
        fields: { [field]: cleanApiMessage(result.error!) },
      }
    : result
}

export async function changeMemberRole(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const role = String(formData.get("role") ?? "")
  if (!["owner", "manager", "staff"].includes(role)) {
    return { error: "checkFields", fields: { role: "required" } }
  }
  return call(memberPath(formData), "POST", { role })
}

/**
 * Emails an invited member a new invitation link; the one sent before stops
 * working. The link never reaches the owner.
 */
export async function resendInvite(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return call(`${memberPath(formData)}/resend-invite`, "POST", {})
}

export async function removeMember(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return call(memberPath(formData), "DELETE")
}
