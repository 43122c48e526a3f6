"use server"

import { revalidateTag } from "next/cache"
import { redirect } from "next/navigation"
import { sdk } from "../config"
import { TAGS } from "../constants"
import { href } from "../util/href"
import { parsePickupQr, readHandoverInput } from "@modules/pickup/lib/code"
import { describePickupError } from "@modules/pickup/lib/errors"
import { pickupFailure } from "@modules/pickup/lib/failure"
import { readUnlockReason } from "@modules/pickup/lib/unlock"
import {
  getPickupAuthHeaders,
  removePickupAuthToken,
  setPickupAuthToken,
  setPickupPointChoice,
} from "./cookies"
import type { PickupActionState, StaffParcel } from "./pickup-staff-types"
import { sendToBackend } from "./send-to-backend"

const localeOf = (formData: FormData) =>
  formData.get("locale") === "en" ? "en" : "zh-CN"

const status = (error: unknown) => (error as { status?: number } | null)?.status

const text = (formData: FormData, name: string) =>
  String(formData.get(name) ?? "").trim()

/** Parcel ids come from our own pages; anything else is not sent on. */
const PARCEL_ID = /^pcl_[0-9A-Za-z]+$/

function revalidateParcel(parcel: Pick<StaffParcel, "id" | "point_id">) {
  revalidateTag(TAGS.pickupParcels(parcel.point_id))
  revalidateTag(TAGS.pickupParcel(parcel.id))
}

export async function signInPickup(
  _prev: PickupActionState,
  formData: FormData
): Promise<PickupActionState> {
  const email = text(formData, "email")
  const password = String(formData.get("password") ?? "")
  if (!email || !password) {
    return describePickupError(
      { kind: "missing" },
      localeOf(formData),
      "signIn"
    )
  }
  // Which call refuses tells the two 401s apart: the login (wrong email or
  // password) or /pickup/me (a login with no staff record behind it).
  let step: "badLogin" | "notStaff" = "badLogin"
  try {
    const { token } = await sdk.client.fetch<{ token: string }>(
      "/auth/pickup/emailpass",
      { method: "POST", body: { email, password } }
    )
    step = "notStaff"
    await sdk.client.fetch("/pickup/me", {
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
    await setPickupAuthToken(token)
  } catch (error) {
    return describePickupError(
      { kind: status(error) === 401 ? step : "other" },
      localeOf(formData),
      "signIn"
    )
  }
  redirect(href(localeOf(formData), "/pickup"))
}

export async function signOutPickup(formData: FormData): Promise<void> {
  await removePickupAuthToken()
  redirect(href(localeOf(formData), "/pickup/sign-in"))
}

/** Chooses the point the console shows ("all" for every point of the staff member). */
export async function choosePickupPoint(formData: FormData): Promise<void> {
  const point = text(formData, "point_id")
  await setPickupPointChoice(/^pkpt_[0-9A-Za-z]+$/.test(point) ? point : "all")
  const back = text(formData, "back")
  redirect(
    back.startsWith("/") && !back.startsWith("//")
      ? back
      : href(localeOf(formData), "/pickup")
  )
}

/** Books an arrived parcel in; the page then shows its compartment and deadline. */
export async function receiveParcel(
  _prev: PickupActionState,
  formData: FormData
): Promise<PickupActionState> {
  const id = text(formData, "parcel_id")
  const locale = localeOf(formData)
  if (!PARCEL_ID.test(id)) {
    return describePickupError({ kind: "notFound" }, locale, "receive")
  }
  try {
    const { parcel } = await sendToBackend<{ parcel: StaffParcel }>(
      `/pickup/parcels/${id}/receive`,
      { body: {}, headers: await getPickupAuthHeaders() }
    )
    revalidateParcel(parcel)
  } catch (error) {
    return describePickupError(
      pickupFailure(error, "receive"),
      locale,
      "receive"
    )
  }
  redirect(href(localeOf(formData), `/pickup/parcels/${id}?done=received`))
}

async function handover(
  id: string,
  body: { code: string } | { qr: string },
  locale: string
): Promise<PickupActionState> {
  try {
    const { parcel } = await sendToBackend<{ parcel: StaffParcel }>(
      `/pickup/parcels/${id}/handover`,
      { body, headers: await getPickupAuthHeaders() }
    )
    revalidateParcel(parcel)
  } catch (error) {
    // A wrong code changed the attempts left: the lists must show it too.
    revalidateTag(TAGS.pickupParcel(id))
    return describePickupError(
      pickupFailure(error, "handover"),
      locale,
      "handover"
    )
  }
  redirect(href(locale, `/pickup/parcels/${id}?done=handed_over`))
}

/**
 * Hands a parcel over against the code typed on its page (or a QR payload
 * a scanner gun typed into the same field).
 */
export async function handoverWithCode(
  _prev: PickupActionState,
  formData: FormData
): Promise<PickupActionState> {
  const id = text(formData, "parcel_id")
  const locale = localeOf(formData)
  if (!PARCEL_ID.test(id)) {
    return describePickupError({ kind: "notFound" }, locale, "handover")
  }
  const input = readHandoverInput(String(formData.get("code") ?? ""))
  if ("error" in input) {
    return describePickupError({ kind: input.error }, locale, "handover")
  }
  if ("qr" in input && input.parcel_id !== id) {
    return describePickupError({ kind: "qrOther" }, locale, "handover")
  }
  return handover(
    id,
    "qr" in input ? { qr: input.qr } : { code: input.code },
    localeOf(formData)
  )
}

/** Hands over whichever parcel a scanned QR is for. */
export async function handoverWithQr(
  _prev: PickupActionState,
  formData: FormData
): Promise<PickupActionState> {
  const qr = parsePickupQr(String(formData.get("qr") ?? ""))
  if (!qr) {
    return describePickupError(
      { kind: "notOurQr" },
      localeOf(formData),
      "handover"
    )
  }
  return handover(qr.parcel_id, { qr: qr.qr }, localeOf(formData))
}

/**
 * A manager lifts the parcel's wrong-code lock with a reason; plain staff
 * are told to ask the manager (the backend decides, from the membership).
 */
export async function unlockParcel(
  _prev: PickupActionState,
  formData: FormData
): Promise<PickupActionState> {
  const id = text(formData, "parcel_id")
  const locale = localeOf(formData)
  if (!PARCEL_ID.test(id)) {
    return describePickupError({ kind: "notFound" }, locale, "unlock")
  }
  const input = readUnlockReason(String(formData.get("reason") ?? ""))
  if ("error" in input) {
    return describePickupError({ kind: input.error }, locale, "unlock")
  }
  try {
    const { parcel } = await sendToBackend<{ parcel: StaffParcel }>(
      `/pickup/parcels/${id}/unlock`,
      {
        body: { reason: input.reason },
        headers: await getPickupAuthHeaders(),
      }
    )
    revalidateParcel(parcel)
  } catch (error) {
    return describePickupError(pickupFailure(error, "unlock"), locale, "unlock")
  }
  redirect(href(locale, `/pickup/parcels/${id}?done=unlocked`))
}
