import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadVendorImagesWorkflow } from "../../../workflows/vendor-products"
import type { VendorRequest } from "../../utils/vendor-context"

/**
 * Stores product photos for the caller's co-op (multipart, field `files`):
 * JPEG, PNG or WebP, at most 8 MB and 8 files; each comes back as a WebP
 * photo and thumbnail to set as a product's images.
 */
/** What multer's memory storage leaves on the request per file. */
type MemoryFile = { originalname: string; mimetype: string; buffer: Buffer }

export async function POST(req: VendorRequest, res: MedusaResponse) {
  const files = ((req as { files?: MemoryFile[] }).files ?? []).map((file) => ({
    filename: file.originalname,
    mimeType: file.mimetype,
    content: file.buffer.toString("base64"),
  }))
  const { result } = await uploadVendorImagesWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor_id, files },
  })
  res.status(201).json({ images: result })
}
