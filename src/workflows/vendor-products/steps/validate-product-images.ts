import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isSafeUrl } from "../../../api/utils/safe-url"
import { isVendorUpload } from "../utils/image-files"

export type ValidateProductImagesStepInput = {
  vendor_id: string
  /** The product being updated; none when creating. */
  product_id?: string
  /** The URLs the update sets: images[].url and thumbnail. */
  urls: string[]
}

export const validateProductImagesStepId = "validate-product-images"

/**
 * This step checks that every photo a product update sets is already the
 * product's, or was uploaded by the co-op itself (POST /vendors/uploads
 * names files for their co-op). A stored image URL ends up in front of every
 * shopper, so it may not point at another co-op's files or another site.
 */
export const validateProductImagesStep = createStep(
  validateProductImagesStepId,
  async (input: ValidateProductImagesStepInput, { container }) => {
    if (!input.urls.length) {
      return new StepResponse(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = input.product_id
      ? await query.graph({
          entity: "product",
          fields: ["id", "thumbnail", "images.url"],
          filters: { id: input.product_id },
        })
      : { data: [] }
    const product = data[0] as
      | { thumbnail?: string | null; images?: { url: string }[] | null }
      | undefined
    const current = new Set<string>(
      [
        product?.thumbnail,
        ...(product?.images ?? []).map((i) => i?.url),
      ].filter((url): url is string => !!url)
    )
    const refused = input.urls.find(
      (url) =>
        !current.has(url) &&
        !(isSafeUrl(url) && isVendorUpload(url, input.vendor_id))
    )
    if (refused) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `images: ${JSON.stringify(refused.slice(0, 200))} is not a photo this co-op uploaded; upload it with POST /vendors/uploads first.`
      )
    }
    return new StepResponse(null)
  }
)
