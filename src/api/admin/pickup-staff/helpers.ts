import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export async function retrievePickupStaff(
  scope: MedusaContainer,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [staff],
  } = await query.graph({ entity: "pickup_staff", fields, filters: { id } })
  if (!staff) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Pickup staff "${id}" was not found.`
    )
  }
  return staff
}
