import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import sharp from "sharp"
import {
  IMAGE_MAX_SIDE,
  THUMBNAIL_MAX_SIDE,
  vendorImageName,
} from "../utils/image-files"

export type PrepareVendorImagesStepInput = {
  vendor_id: string
  files: { filename: string; content: string }[]
}

export type PreparedImageFile = {
  filename: string
  mimeType: "image/webp"
  content: string
  access: "public"
}

export const prepareVendorImagesStepId = "prepare-vendor-images"

const webp = (bytes: Buffer, side: number) =>
  sharp(bytes, { limitInputPixels: 50_000_000 })
    // Turn the photo upright by its EXIF orientation before the metadata
    // (camera, GPS position of the farm) is dropped, as sharp does by default.
    .rotate()
    .resize(side, side, { fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer()

/**
 * This step re-encodes each photo as WebP at most 1600 px on its longest
 * side, plus a 480 px thumbnail, named for the co-op. Re-encoding also drops
 * EXIF data and anything a crafted file carried besides the picture. It
 * stores nothing, so it has nothing to undo.
 */
export const prepareVendorImagesStep = createStep(
  prepareVendorImagesStepId,
  async (input: PrepareVendorImagesStepInput) => {
    const prepared: {
      photo: PreparedImageFile
      thumbnail: PreparedImageFile
    }[] = []
    for (const file of input.files) {
      const bytes = Buffer.from(file.content, "base64")
      const key = randomBytes(8).toString("hex")
      let photo: Buffer
      let thumbnail: Buffer
      try {
        photo = await webp(bytes, IMAGE_MAX_SIDE)
        thumbnail = await webp(photo, THUMBNAIL_MAX_SIDE)
      } catch (e) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `files: ${JSON.stringify(file.filename)} could not be read as a picture (${(e as Error).message}).`
        )
      }
      const entry = (content: Buffer, thumb: boolean): PreparedImageFile => ({
        filename: vendorImageName(input.vendor_id, key, thumb),
        mimeType: "image/webp",
        content: content.toString("base64"),
        access: "public",
      })
      prepared.push({
        photo: entry(photo, false),
        thumbnail: entry(thumbnail, true),
      })
    }
    return new StepResponse(prepared)
  }
)
