import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { byEventTime } from "../../../pickup/parcels/helpers"
import { adminParcelDetailFields } from "../query-config"

/** One parcel with its history, oldest first; never its code's columns. */
export async function retrieveAdminParcel(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [parcel],
  } = await query.graph({
    entity: "parcel",
    // Fixed fields: `?fields=` must never reach code_hash or code_nonce.
    fields: adminParcelDetailFields,
    filters: { id },
  })
  if (!parcel) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Parcel "${id}" was not found.`
    )
  }
  return byEventTime(parcel)
}
