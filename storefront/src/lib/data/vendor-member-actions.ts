"use server"

import { revalidateTag } from "next/cache"
import { TAGS } from "../constants"
import type { FieldRefusal } from "../util/medusa-error"
import { getVendorAuthHeaders } from "./cookies"
import { consoleLocale, refusalState } from "./refusal-state"
import { sendToBackend } from "./send-to-backend"
import { formFieldOf, parseInvite } from "@modules/co-op/lib/forms"
import { refreshConsole } from "./vendor-refresh"
import { retrieveVendorSession } from "./vendor-session"
import type { CoopActionState } from "../../types/co-op"

const memberPath = (formData: FormData) =>
  `/vendors/members/${encodeURIComponent(String(formData.get("member_id") ?? ""))}`

/**
 * The API is the judge of who may do what (owners only, a co-op keeps an
 * owner): its refusals are worded in the form's language, at the form
 * field `fieldOf` names; a 403 without field refusals shows its sentence.
 */
async function call(
  formData: FormData,
  path: string,
  method: "POST" | "DELETE",
  body?: Record<string, unknown>,
  fieldOf?: (refusal: FieldRefusal) => string | null
): Promise<CoopActionState> {
  const session = await retrieveVendorSession()
  if (!session) return { error: "signedOut" }
  try {
    await sendToBackend(path, {
      method,
      body,
      headers: await getVendorAuthHeaders(),
    })
  } catch (error) {
    return refusalState(error, consoleLocale(formData), fieldOf)
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
  return call(formData, "/vendors/members", "POST", parsed.value, (r) =>
    formFieldOf(r.field, { email: "email", name: "name", role: "role" })
  )
}

export async function changeMemberRole(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  const role = String(formData.get("role") ?? "")
  if (!["owner", "manager", "staff"].includes(role)) {
    return { error: "checkFields", fields: { role: "required" } }
  }
  return call(formData, memberPath(formData), "POST", { role })
}

/**
 * Emails an invited member a new invitation link; the one sent before stops
 * working. The link never reaches the owner.
 */
export async function resendInvite(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return call(formData, `${memberPath(formData)}/resend-invite`, "POST", {})
}

export async function removeMember(
  _prev: CoopActionState,
  formData: FormData
): Promise<CoopActionState> {
  return call(formData, memberPath(formData), "DELETE")
}
