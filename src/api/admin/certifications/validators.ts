import { z } from "@medusajs/framework/zod"
import { safeUrl } from "../../utils/safe-url"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import { CERTIFICATION_TYPES } from "../../../modules/origin/utils/certification"

const certificationType = z.enum(CERTIFICATION_TYPES as [string, ...string[]], {
  error: `type must be one of ${CERTIFICATION_TYPES.join(", ")}`,
})
const subjectType = z.enum(["vendor", "product"], {
  error: "subject_type must be vendor or product",
})
const date = (field: string) =>
  z.coerce.date({ error: `${field} must be a date` })

export type AdminGetCertificationsParamsType = z.infer<
  typeof AdminGetCertificationsParams
>
export const AdminGetCertificationsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "valid_to",
}).extend({
  type: z.union([certificationType, z.array(certificationType)]).optional(),
  subject_type: subjectType.optional(),
  subject_id: z.union([z.string(), z.array(z.string())]).optional(),
  /** As kept by the daily expiry job. */
  status: z
    .enum(["valid", "expiring", "expired"], {
      error: "status must be valid, expiring or expired",
    })
    .optional(),
  review_status: z.enum(["pending", "approved", "rejected"]).optional(),
  /** Certificates whose valid_to is on or before this date. */
  expiring_before: date("expiring_before").optional(),
})

export type AdminGetCertificationParamsType = z.infer<
  typeof AdminGetCertificationParams
>
export const AdminGetCertificationParams = createSelectParams()

// The number's format per type, the window and the subject's existence are
// checked by the workflow against the stored record.
const certificationFields = {
  type: certificationType,
  number: z.string().trim().min(1, "number must not be empty").max(64),
  issuer: z.string().trim().min(1, "issuer must not be empty").max(200),
  issuer_en: z.string().trim().max(200).nullish(),
  subject_type: subjectType,
  subject_id: z.string().min(1, "subject_id must not be empty"),
  valid_from: date("valid_from"),
  valid_to: date("valid_to"),
  evidence_url: safeUrl("evidence_url").nullish(),
}

export type AdminCreateCertificationType = z.infer<
  typeof AdminCreateCertification
>
export const AdminCreateCertification = z.object(certificationFields).strict()

export type AdminUpdateCertificationType = z.infer<
  typeof AdminUpdateCertification
>
/** review_status approves or rejects a certificate a co-op submitted. */
export const AdminUpdateCertification = z
  .object({
    ...certificationFields,
    review_status: z.enum(["pending", "approved", "rejected"], {
      error: "review_status must be pending, approved or rejected",
    }),
  })
  .partial()
  .strict()
