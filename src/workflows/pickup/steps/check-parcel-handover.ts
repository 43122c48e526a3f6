import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PICKUP_MODULE } from "../../../modules/pickup"
import type PickupModuleService from "../../../modules/pickup/service"
import { refuse } from "../../../utils/refusal"
import {
  afterWrongCode,
  handoverLock,
  handoverLockedRefusal,
  qrRefusal,
  wrongCodeRefusal,
} from "../utils/parcel-rules"
import {
  codesMatch,
  pickupCodeSecret,
  verifyQrPayload,
} from "../utils/pickup-code"

export type CheckParcelHandoverStepInput = {
  parcel_id: string
  staff_id: string
  code?: string
  qr?: string
}

export const checkParcelHandoverStepId = "check-parcel-handover"

/**
 * This step checks the code (typed, or from the customer's signed QR) in
 * constant time. A wrong code is counted and answered with the attempts
 * left; the fifth locks the parcel for 15 minutes, which is logged. The
 * count is written before the step fails and deliberately has no
 * compensation: rolling it back would make brute force free. Each refusal
 * names its rule (`wrong_code`, `code_locked`, `qr_expired`, …) and values.
 */
export const checkParcelHandoverStep = createStep(
  checkParcelHandoverStepId,
  async (input: CheckParcelHandoverStepInput, { container }) => {
    const pickup = container.resolve<PickupModuleService>(PICKUP_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const secret = pickupCodeSecret()
    const now = new Date()

    const field = input.qr !== undefined ? "qr" : "code"
    let code = input.code
    if (input.qr !== undefined) {
      const qr = verifyQrPayload(secret, input.qr, now)
      if (!qr.ok) {
        throw refuse([
          qrRefusal(
            input.parcel_id,
            qr.reason === "expired" ? "expired" : "invalid"
          ),
        ])
      }
      if (qr.parcel_id !== input.parcel_id) {
        throw refuse([qrRefusal(input.parcel_id, "other_parcel")])
      }
      code = qr.code
    }

    const parcel = await pickup.retrieveParcel(input.parcel_id)
    const lock = handoverLock(parcel, now)
    if (lock.locked) {
      throw refuse(
        [handoverLockedRefusal(parcel.id, field, lock.seconds_left)],
        MedusaError.Types.NOT_ALLOWED
      )
    }
    if (codesMatch(secret, parcel.point_id, code ?? "", parcel.code_hash)) {
      return new StepResponse(void 0)
    }

    const next = afterWrongCode(parcel, now)
    await pickup.updateParcels({
      id: parcel.id,
      failed_attempts: next.failed_attempts,
      locked_until: next.locked_until,
    })
    if (next.locked_until) {
      logger.warn(
        `Pickup: parcel ${parcel.id} at point ${parcel.point_id} locked until ${next.locked_until.toISOString()} after ${next.failed_attempts} wrong codes (last entered by staff ${input.staff_id}).`
      )
    }
    throw refuse([wrongCodeRefusal(parcel.id, field, next)])
  }
)
