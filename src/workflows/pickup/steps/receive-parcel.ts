import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { refuse } from "../../../utils/refusal"
import {
  ACTIVE_PARCEL_STATUSES,
  nextCompartment,
  parcelStatusRefusal,
  storageDeadline,
  type PickupZone,
} from "../utils/parcel-rules"
import {
  derivePickupCode,
  hashPickupCode,
  newCodeNonce,
  pickupCodeSecret,
} from "../utils/pickup-code"

export const receiveParcelStepId = "receive-parcel"

const MAX_NONCE_TRIES = 50

/**
 * This step books a parcel in at its point: the zone's lowest free
 * compartment, a fresh code unique among the point's active parcels (only
 * its hash and nonce are stored), `ready_at` now and the free-storage
 * deadline. Run it under the point's lock so two receipts cannot take the
 * same compartment or code; the status is checked again here, under that
 * lock, so of parallel receipts of one parcel only the first books it.
 */
export const receiveParcelStep = createStep(
  receiveParcelStepId,
  async (input: { parcel_id: string }, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const parcel = await pickup.retrieveParcel(input.parcel_id, {
      relations: ["point"],
    })
    if (parcel.status !== "awaiting_arrival") {
      throw refuse(
        [parcelStatusRefusal(parcel, ["awaiting_arrival"], "received")],
        MedusaError.Types.NOT_ALLOWED
      )
    }
    const active = await pickup.listParcels(
      { point_id: parcel.point.id, status: ACTIVE_PARCEL_STATUSES },
      { select: ["id", "compartment", "code_hash"] }
    )
    const secret = pickupCodeSecret()
    const hashes = new Set(active.map((p) => p.code_hash))
    let nonce = newCodeNonce()
    let hash = codeHash(secret, parcel.id, parcel.point.id, nonce)
    for (let i = 0; hashes.has(hash); i++) {
      if (i >= MAX_NONCE_TRIES) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Could not find a free pickup code at point "${parcel.point.id}".`
        )
      }
      nonce = newCodeNonce()
      hash = codeHash(secret, parcel.id, parcel.point.id, nonce)
    }
    const readyAt = new Date()
    const updated = await pickup.updateParcels({
      id: parcel.id,
      status: "ready_for_pickup",
      compartment: nextCompartment(
        parcel.zone as PickupZone,
        active.map((p) => p.compartment).filter((c): c is string => !!c)
      ),
      code_nonce: nonce,
      code_hash: hash,
      failed_attempts: 0,
      locked_until: null,
      ready_at: readyAt,
      deadline_at: storageDeadline(readyAt, parcel.point.free_storage_hours),
    })
    return new StepResponse(updated, parcel.id)
  },
  async (parcelId, { container }) => {
    if (!parcelId) {
      return
    }
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    await pickup.updateParcels({
      id: parcelId,
      status: "awaiting_arrival",
      compartment: null,
      code_nonce: null,
      code_hash: null,
      ready_at: null,
      deadline_at: null,
    })
  }
)

function codeHash(
  secret: string,
  parcelId: string,
  pointId: string,
  nonce: string
) {
  return hashPickupCode(
    secret,
    pointId,
    derivePickupCode(secret, parcelId, nonce)
  )
}
