import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-keys"
import { sdk } from "../../lib/sdk"

export type ProductOriginGrade = {
  id: string
  brand?: {
    id: string
    handle: string
    name_zh: string
    name_en: string
  } | null
  certifications?: {
    id: string
    type: string
    number: string
    valid_from: string
    valid_to: string
    status?: string | null
  }[]
  variants?: {
    id: string
    title: string
    variant_grade?: {
      measured: Record<string, number>
      level?: { code: string; name_zh: string; name_en: string } | null
    } | null
  }[]
}

export const productOriginQueryKeys = queryKeysFactory("tiantou_product_origin")

/** The product's brand, certificates and variant grades, through the links. */
export const useProductOriginGrade = (productId: string) =>
  useQuery({
    queryKey: productOriginQueryKeys.detail(productId),
    queryFn: () =>
      sdk.client.fetch<{ product: ProductOriginGrade }>(
        `/admin/products/${productId}`,
        {
          query: {
            fields:
              "id,brand.*,certifications.*,variants.id,variants.title,variants.variant_grade.*,variants.variant_grade.level.*",
          },
        }
      ),
  })

export type AdminBrandType = "regional_public" | "enterprise" | "umbrella"

export type AdminBrand = {
  id: string
  handle: string
  type: AdminBrandType
  name_zh: string
  name_en: string
  gi_number?: string | null
  holder?: string | null
  story_zh?: string | null
  story_en?: string | null
  harvest_months?: number[] | null
  region_codes: string[]
  verification_notes?: Record<string, unknown> | null
  created_at: string
}

export type AdminBrandAuthorization = {
  id: string
  vendor_id: string
  brand_id: string
  valid_from: string
  valid_to: string
  note?: string | null
  status: "valid" | "expiring" | "expired"
  brand?: { id: string; handle: string; name_zh: string; name_en: string }
  vendor?: { id: string; name: string; handle: string } | null
}

export type CertificationReviewStatus = "pending" | "approved" | "rejected"

export type AdminCertification = {
  id: string
  type: string
  number: string
  issuer: string
  subject_type: "vendor" | "product"
  subject_id: string
  valid_from: string
  valid_to: string
  evidence_url?: string | null
  status: "valid" | "expiring" | "expired"
  review_status: CertificationReviewStatus
  submitted_by?: string | null
  created_at: string
}

export type CertificationsQuery = {
  type?: string
  status?: "valid" | "expiring" | "expired"
  review_status?: CertificationReviewStatus
  subject_id?: string[]
  offset?: number
  limit?: number
}

export const brandsQueryKeys = queryKeysFactory("tiantou_origin_brands")
export const brandAuthorizationsQueryKeys = queryKeysFactory(
  "tiantou_brand_authorizations"
)
export const certificationsQueryKeys = queryKeysFactory(
  "tiantou_certifications"
)

/** Brands: GET /admin/origin-brands. */
export const useBrands = (query: {
  q?: string
  type?: AdminBrandType
  offset?: number
  limit?: number
}) =>
  useQuery({
    queryKey: brandsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ brands: AdminBrand[]; count: number }>(
        "/admin/origin-brands",
        { query }
      ),
    placeholderData: (previous) => previous,
  })

/** The co-ops allowed to use a brand, with their windows. */
export const useBrandAuthorizations = (brandId?: string) =>
  useQuery({
    enabled: !!brandId,
    queryKey: brandAuthorizationsQueryKeys.list({ brand_id: brandId }),
    queryFn: () =>
      sdk.client.fetch<{
        brand_authorizations: AdminBrandAuthorization[]
        count: number
      }>("/admin/brand-authorizations", {
        query: { brand_id: brandId, limit: 100 },
      }),
  })

/** Certificates: GET /admin/certifications, filtered. */
export const useCertifications = (
  query: CertificationsQuery,
  options: { enabled?: boolean } = {}
) =>
  useQuery({
    enabled: options.enabled ?? true,
    queryKey: certificationsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<{ certifications: AdminCertification[]; count: number }>(
        "/admin/certifications",
        { query }
      ),
    placeholderData: (previous) => previous,
  })

/** Approves or rejects a certificate a co-op submitted. */
export const useReviewCertification = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: {
      id: string
      review_status: CertificationReviewStatus
    }) =>
      sdk.client.fetch<{ certification: AdminCertification }>(
        `/admin/certifications/${input.id}`,
        { method: "POST", body: { review_status: input.review_status } }
      ),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: certificationsQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: productOriginQueryKeys.all })
    },
  })
}

export type AdminOriginRegion = {
  id: string
  code: string
  name_zh: string
  name_en: string
  level: "province" | "prefecture" | "county"
  parent_code?: string | null
}

export const originRegionsQueryKeys = queryKeysFactory("tiantou_origin_regions")

/**
 * The GB/T 2260 regions the platform knows (重庆 and its districts and
 * counties in the demo), for naming brand regions and picking them.
 */
export const useOriginRegions = () =>
  useQuery({
    queryKey: originRegionsQueryKeys.list({ limit: 500 }),
    queryFn: () =>
      sdk.client.fetch<{ origin_regions: AdminOriginRegion[]; count: number }>(
        "/admin/origin-regions",
        { query: { limit: 500 } }
      ),
    staleTime: 5 * 60 * 1000,
  })

export type AdminCreateBrandBody = {
  handle: string
  type: AdminBrandType
  name_zh: string
  name_en: string
  gi_number?: string | null
  holder?: string | null
  story_zh?: string | null
  story_en?: string | null
  harvest_months?: number[] | null
  region_codes: string[]
}

/** Creates a brand: POST /admin/origin-brands. */
export const useCreateBrand = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateBrandBody) =>
      sdk.client.fetch<{ brand: AdminBrand }>("/admin/origin-brands", {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: brandsQueryKeys.all }),
  })
}
