import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorOrderLink from "../links/vendor-order"
import { refreshVendorOrderStagesWorkflow } from "../workflows/vendor-orders"

const BATCH = 200

/**
 * Stores the stage of every co-op order placed before vendor_order_stage
 * existed. Recomputes from the orders, so running it again is harmless;
 * db:migrate runs it once.
 */
export default async function backfillVendorOrderStages({
  container,
}: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let done = 0
  for (let skip = 0; ; skip += BATCH) {
    const { data } = await query.graph({
      entity: VendorOrderLink.entryPoint,
      fields: ["order_id"],
      pagination: { skip, take: BATCH, order: { order_id: "ASC" } },
    })
    if (!data.length) {
      break
    }
    await refreshVendorOrderStagesWorkflow(container).run({
      input: { order_ids: data.map((l: { order_id: string }) => l.order_id) },
    })
    done += data.length
  }
  logger.info(`Stored the stage of ${done} co-op orders.`)
}
