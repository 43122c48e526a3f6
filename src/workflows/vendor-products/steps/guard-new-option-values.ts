import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type GuardNewOptionValuesStepInput = { option_ids: string[] }

type Guard = { option_ids: string[]; existing_value_ids: string[] } | null

export const guardNewOptionValuesStepId = "guard-new-option-values"

/**
 * This step changes nothing; it notes the options' values before a later
 * step adds some. Medusa's own compensation unlinks an added value from the
 * product but keeps the value on the option, so on rollback this step
 * soft-deletes the values created since, when no variant sells them.
 */
export const guardNewOptionValuesStep = createStep(
  guardNewOptionValuesStepId,
  async (input: GuardNewOptionValuesStepInput, { container }) => {
    if (!input.option_ids.length) {
      return new StepResponse<void, Guard>(undefined, null)
    }
    const product = container.resolve(Modules.PRODUCT)
    const values = await product.listProductOptionValues(
      { option_id: input.option_ids },
      { select: ["id"] }
    )
    return new StepResponse<void, Guard>(undefined, {
      option_ids: input.option_ids,
      existing_value_ids: values.map((v) => v.id),
    })
  },
  async (guard, { container }) => {
    if (!guard) {
      return
    }
    const product = container.resolve(Modules.PRODUCT)
    const values = await product.listProductOptionValues(
      { option_id: guard.option_ids },
      { relations: ["variants"] }
    )
    const created = values
      .filter((v) => !guard.existing_value_ids.includes(v.id))
      .filter((v) => !((v as any).variants ?? []).length)
      .map((v) => v.id)
    if (created.length) {
      await product.softDeleteProductOptionValues(created)
    }
  }
)
