import { z } from "@medusajs/framework/zod"
import { safeUrl } from "../../utils/safe-url"
import { findParams } from "../../utils/query-params"
import { CERTIFICATION_TYPES } from "../../../modules/origin/utils/certification"

const certificationType = z.enum(CERTIFICATION_TYPES as [string, ...string[]], {
  message: `type must be one of ${CERTIFICATION_TYPES.join(", ")}`,
})

export type VendorGetCertificationsParamsType = z.infer<
  typeof VendorGetCertificationsParams
>
export const VendorGetCertificationsParams = findParams({
  limit: 50,
  orderable: ["created_at", "valid_to", "type"],
}).extend({
  type: certificationType.optional(),
  status: z.enum(["valid", "expiring", "expired"]).optional(),
})

export type VendorCreateCertificationType = z.infer<
  typeof VendorCreateCertification
>
/**
 * A certificate the co-op holds, with its evidence. The number's format is
 * checked per type by the workflow, so its message names the format.
 */
export const VendorCreateCertification = z
  .object({
    type: certificationType,
    number: z.string().min(1, "number must not be empty").max(64),
    issuer: z.string().min(1, "issuer must not be empty").max(200),
    issuer_en: z.string().max(200).nullish(),
    /** Omit for a certificate held by the co-op itself. */
    product_id: z.string().min(1).nullish(),
    valid_from: z.coerce.date({ message: "valid_from must be a date" }),
    valid_to: z.coerce.date({ message: "valid_to must be a date" }),
    evidence_url: safeUrl("evidence_url"),
  })
  .strict()
