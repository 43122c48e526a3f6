import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/**
 * One record of a module entity by id, through Query, or a 404 naming it
 * (`label` is how the message calls the entity, e.g. "Brand").
 */
export async function refetchOne(
  scope: MedusaContainer,
  entity: string,
  label: string,
  id: string,
  fields: string[]
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { id } })
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${label} "${id}" was not found.`
    )
  }
  return record
}

/** The list envelope of STYLE.md: `{ [key]: data, count, offset, limit }`. */
export async function listEnvelope(
  scope: MedusaContainer,
  key: string,
  options: {
    entity: string
    fields: string[]
    filters: Record<string, unknown>
    pagination: Record<string, unknown> | undefined
  }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: options.entity,
    fields: options.fields,
    filters: options.filters,
    pagination: options.pagination,
  })
  return {
    [key]: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}
