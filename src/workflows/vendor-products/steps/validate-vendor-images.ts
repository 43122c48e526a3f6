import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  imageProblem,
  MAX_IMAGES_PER_UPLOAD,
  type UploadedImage,
} from "../utils/image-files"

export type ValidateVendorImagesStepInput = {
  files: { filename: string; mimeType: string; content: string }[]
}

export const validateVendorImagesStepId = "validate-vendor-images"

/**
 * This step checks a co-op's photo upload: one to eight JPEG, PNG or WebP
 * files of at most 8 MB each, whose bytes are the type they claim.
 */
export const validateVendorImagesStep = createStep(
  validateVendorImagesStepId,
  async (input: ValidateVendorImagesStepInput) => {
    if (!input.files.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "files: choose at least one photo to upload."
      )
    }
    if (input.files.length > MAX_IMAGES_PER_UPLOAD) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `files: at most ${MAX_IMAGES_PER_UPLOAD} photos per upload (got ${input.files.length}).`
      )
    }
    for (const file of input.files) {
      const bytes = Buffer.from(file.content, "base64")
      const image: UploadedImage = { ...file, size: bytes.length, bytes }
      const problem = imageProblem(image)
      if (problem) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      }
    }
    return new StepResponse(null)
  }
)
