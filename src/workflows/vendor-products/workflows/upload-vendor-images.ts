import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { prepareVendorImagesStep } from "../steps/prepare-vendor-images"
import { validateVendorImagesStep } from "../steps/validate-vendor-images"

export type UploadVendorImagesWorkflowInput = {
  vendor_id: string
  /** As multer read them: content in base64. */
  files: { filename: string; mimeType: string; content: string }[]
}

export type VendorImage = {
  url: string
  thumbnail_url: string
}

export const uploadVendorImagesWorkflowId = "upload-vendor-images"

/**
 * This workflow stores a co-op's product photos through the File module:
 * checked, re-encoded as WebP with a thumbnail each, and named for the
 * co-op so only it can put them on its products.
 *
 * @example
 * const { result } = await uploadVendorImagesWorkflow(container).run({
 *   input: { vendor_id: "ven_123", files: [{ filename: "orange.jpg", mimeType: "image/jpeg", content }] },
 * })
 */
export const uploadVendorImagesWorkflow = createWorkflow(
  uploadVendorImagesWorkflowId,
  (input: UploadVendorImagesWorkflowInput) => {
    validateVendorImagesStep({ files: input.files })
    const prepared = prepareVendorImagesStep({
      vendor_id: input.vendor_id,
      files: input.files,
    })
    const uploadInput = transform({ prepared }, ({ prepared }) => ({
      files: prepared.flatMap((p) => [p.photo, p.thumbnail]),
    }))
    // Its step deletes what it stored if a later step fails.
    const stored = uploadFilesWorkflow.runAsStep({ input: uploadInput })
    const images = transform({ stored }, ({ stored }): VendorImage[] => {
      const pairs: VendorImage[] = []
      for (let i = 0; i < stored.length; i += 2) {
        pairs.push({ url: stored[i].url, thumbnail_url: stored[i + 1].url })
      }
      return pairs
    })
    return new WorkflowResponse(images)
  }
)
