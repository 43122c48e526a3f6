import "server-only"
import { TAGS } from "../constants"
import { isNotFound } from "../util/medusa-error"
import { DETAIL_FIELDS, LIST_FIELDS } from "@modules/co-op/lib/fields"
import { vendorGet } from "./vendor-session"
import type {
  ApiBrandAuthorization,
  ApiCertification,
  ApiGradeStandard,
  ApiVendorProduct,
  ProductStatus,
} from "../../types/co-op"

export const PRODUCTS_PAGE_SIZE = 20

export type ProductFilters = {
  q?: string
  status?: ProductStatus
  offset?: number
  limit?: number
}

/** The co-op's products, newest first, with stock at its location. */
export async function listVendorProducts(filters: ProductFilters = {}) {
  return vendorGet<{ products: ApiVendorProduct[]; count: number }>(
    "/vendors/products",
    {
      fields: LIST_FIELDS,
      q: filters.q,
      status: filters.status,
      order: "-created_at",
      offset: filters.offset ?? 0,
      limit: filters.limit ?? PRODUCTS_PAGE_SIZE,
    },
    "live"
  )
}

/** One of the co-op's products with its claims, or null (another co-op's is 404 too). */
export async function retrieveVendorProduct(
  id: string
): Promise<ApiVendorProduct | null> {
  try {
    const { product } = await vendorGet<{ product: ApiVendorProduct }>(
      `/vendors/products/${encodeURIComponent(id)}`,
      { fields: DETAIL_FIELDS },
      "live"
    )
    return product
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/** The current grading standards (they change rarely: cached a few minutes). */
export async function listGradeStandards(): Promise<ApiGradeStandard[]> {
  const { grade_standards } = await vendorGet<{
    grade_standards: ApiGradeStandard[]
  }>(
    "/vendors/grade-standards",
    { limit: 100 },
    { tags: [TAGS.gradeStandards], revalidate: 300 }
  )
  return grade_standards
}

export async function listBrandAuthorizations(
  vendorId: string
): Promise<ApiBrandAuthorization[]> {
  const { brand_authorizations } = await vendorGet<{
    brand_authorizations: ApiBrandAuthorization[]
  }>(
    "/vendors/brand-authorizations",
    { limit: 100 },
    {
      tags: [TAGS.vendorClaims(vendorId)],
      revalidate: 60,
    }
  )
  return brand_authorizations
}

export async function listCertifications(
  vendorId: string
): Promise<ApiCertification[]> {
  const { certifications } = await vendorGet<{
    certifications: ApiCertification[]
  }>(
    "/vendors/certifications",
    { limit: 100 },
    {
      tags: [TAGS.vendorClaims(vendorId)],
      revalidate: 60,
    }
  )
  return certifications
}
