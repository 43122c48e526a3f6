import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { rebuildCatalogueWorkflow } from "../workflows/catalogue/workflows/rebuild-catalogue"

/**
 * Rebuilds the catalogue read model from the product, co-op, brand,
 * certificate, price, stock and grade data. For bulk imports and the bench.
 *
 * Run with `npx medusa exec ./src/scripts/rebuild-catalogue.ts`.
 */
export default async function rebuildCatalogueScript({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const { result } = await rebuildCatalogueWorkflow(container).run()
  const seconds = (Date.now() - started) / 1000
  logger.info(
    `Catalogue rebuilt: ${result.written} rows written or changed, ${result.removed} removed in ${seconds.toFixed(1)} s (${Math.round(result.written / Math.max(seconds, 0.001))} products/s).`
  )
}
