import type { IProductModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  isHandleEmpty,
  pinyinHandle,
  uniqueHandle,
} from "../utils/product-handle"

export type GenerateProductHandlesStepInput = {
  products: { title?: string | null; handle?: string | null }[]
}

export const generateProductHandlesStepId = "generate-product-handles"

/**
 * This step gives each product a co-op left without a handle a pinyin one
 * from its title, numbered (-2, -3, …) past handles other products hold, and
 * returns every product's handle in order. A handle the co-op set is kept
 * as is, for the product module to validate. It writes nothing.
 */
export const generateProductHandlesStep = createStep(
  generateProductHandlesStepId,
  async (input: GenerateProductHandlesStepInput, { container }) => {
    const bases = input.products.map((p) =>
      isHandleEmpty(p.handle) ? pinyinHandle(p.title ?? "") : null
    )
    const wanted = [...new Set(bases.filter((b): b is string => !!b))]
    if (!wanted.length) {
      return new StepResponse(input.products.map((p) => p.handle as string))
    }
    const productService = container.resolve<IProductModuleService>(
      Modules.PRODUCT
    )
    const existing = await productService.listProducts(
      { $or: wanted.map((base) => ({ handle: { $like: `${base}%` } })) } as any,
      { select: ["handle"], take: null }
    )
    const taken = new Set<string>(existing.map((p) => p.handle))
    for (const p of input.products) {
      if (!isHandleEmpty(p.handle)) {
        taken.add(p.handle as string)
      }
    }
    const handles = input.products.map((p, i) => {
      const base = bases[i]
      if (!base) {
        return p.handle as string
      }
      const handle = uniqueHandle(base, taken)
      taken.add(handle)
      return handle
    })
    return new StepResponse(handles)
  }
)
