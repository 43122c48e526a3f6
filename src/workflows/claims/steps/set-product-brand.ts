import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import ProductBrandLink from "../../../links/product-brand"
import { ORIGIN_MODULE } from "../../../modules/origin"

export type SetProductBrandStepInput = {
  product_id: string
  brand_id: string | null
}

type Change = {
  product_id: string
  previous: string[]
  brand_id: string | null
}

const pair = (productId: string, brandId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [ORIGIN_MODULE]: { brand_id: brandId },
})

async function relink(
  container: MedusaContainer,
  productId: string,
  remove: string[],
  add: string | null
) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (remove.length) {
    await link.dismiss(remove.map((id) => pair(productId, id)))
  }
  if (add) {
    await link.create(pair(productId, add))
  }
}

export const setProductBrandStepId = "set-product-brand"

/**
 * This step links the product to the brand in place of any brand it had
 * (a product carries at most one), or unlinks it when brand_id is null.
 */
export const setProductBrandStep = createStep(
  setProductBrandStepId,
  async (input: SetProductBrandStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({
      entity: ProductBrandLink.entryPoint,
      fields: ["brand_id"],
      filters: { product_id: input.product_id },
    })
    const previous = links
      .map((l: { brand_id: string }) => l.brand_id)
      .filter((id: string) => id !== input.brand_id)
    const keeps = links.some(
      (l: { brand_id: string }) => l.brand_id === input.brand_id
    )
    await relink(
      container,
      input.product_id,
      previous,
      keeps ? null : input.brand_id
    )
    const change: Change = {
      product_id: input.product_id,
      previous,
      brand_id: keeps ? null : input.brand_id,
    }
    return new StepResponse(change, change)
  },
  async (change: Change | undefined, { container }) => {
    if (!change) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (change.brand_id) {
      await link.dismiss(pair(change.product_id, change.brand_id))
    }
    if (change.previous.length) {
      await link.create(
        change.previous.map((id) => pair(change.product_id, id))
      )
    }
  }
)
