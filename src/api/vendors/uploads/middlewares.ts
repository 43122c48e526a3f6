import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import {
  MAX_IMAGE_BYTES,
  MAX_IMAGES_PER_UPLOAD,
} from "../../../workflows/vendor-products/utils/image-files"
import { vendorAuth } from "../auth"
import { requireVendorRole } from "../../utils/vendor-context"

// In memory, as Medusa's own /admin/uploads: the File module takes the
// content as a string. The limits stop a large body before it is buffered.
const upload = multer({
  storage: multer.memoryStorage(),
  limits: {
    fileSize: MAX_IMAGE_BYTES,
    files: MAX_IMAGES_PER_UPLOAD,
    fields: 0,
  },
}).array("files")

const LIMIT_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: `files: a photo may be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
  LIMIT_FILE_COUNT: `files: at most ${MAX_IMAGES_PER_UPLOAD} photos per upload.`,
  LIMIT_FIELD_COUNT: "files: send only files, under the field name files.",
  LIMIT_UNEXPECTED_FILE: "files: send the photos under the field name files.",
}

/** multer, with its refusals as 400s that name the rule. */
function readPhotos(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  upload(req as any, res as any, (error: unknown) => {
    if (!error) {
      return next()
    }
    const code = (error as { code?: string }).code ?? ""
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        LIMIT_MESSAGES[code] ??
          `files: the upload could not be read (${(error as Error).message}).`
      )
    )
  })
}

// Photos go on products, so the same people who edit products upload them.
const canEditCatalogue = requireVendorRole(
  ["owner", "manager"],
  "upload product photos"
)

export const vendorUploadsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/uploads",
    methods: ["POST"],
    middlewares: [...vendorAuth, canEditCatalogue, readPhotos],
  },
]
