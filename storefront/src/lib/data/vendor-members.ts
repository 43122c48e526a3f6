import "server-only"
import { TAGS } from "../constants"
import { vendorGet } from "./vendor-session"
import type { ApiVendorMember } from "../../types/co-op"

/** The co-op's members, invited and active (any member may list them). */
export async function listMembers(
  vendorId: string
): Promise<ApiVendorMember[]> {
  const { members } = await vendorGet<{ members: ApiVendorMember[] }>(
    "/vendors/members",
    { limit: 100, order: "created_at" },
    { tags: [TAGS.vendorMembers(vendorId)], revalidate: 60 }
  )
  return members
}
