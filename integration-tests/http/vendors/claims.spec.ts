import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createLinksStepId } from "@medusajs/medusa/core-flows"
import ProductBrandLink from "../../../src/links/product-brand"
import ProductCertificationLink from "../../../src/links/product-certification"
import VariantGradeLink from "../../../src/links/variant-grade"
import { GRADING_MODULE } from "../../../src/modules/grading"
import type GradingModuleService from "../../../src/modules/grading/service"
import { asStandardCreateInput } from "../../../src/modules/grading/types"
import { ORIGIN_MODULE } from "../../../src/modules/origin"
import type OriginModuleService from "../../../src/modules/origin/service"
import { CatalogueEvents } from "../../../src/workflows/catalogue/events"
import {
  declareVariantGradeWorkflow,
  declareVendorCertificationWorkflow,
  expireOriginClaimsWorkflow,
  setProductBrandWorkflow,
  updateProductCertificationsWorkflow,
} from "../../../src/workflows/claims"
import { createCertificationsStepId } from "../../../src/workflows/claims/steps/create-certifications"
import { setProductBrandStepId } from "../../../src/workflows/claims/steps/set-product-brand"
import { updateClaimStatusesStepId } from "../../../src/workflows/claims/steps/update-claim-statuses"
import { createAdminUser } from "../../helpers/auth"
import {
  registerActiveVendor,
  type RegisteredVendor,
} from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

const DAY = 24 * 60 * 60 * 1000
const days = (n: number) => new Date(Date.now() + n * DAY)

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (e: any) => e.response
  )

/** A size-banded standard (local standards add bands to GB/T 21488). */
const SIZED = {
  code: "TTM-NAVEL-SIZE-2026",
  title_zh: "脐橙分级（测试）",
  title_en: "Navel orange size grades (test)",
  product_kind: "navel_orange",
  verification: "unverified" as const,
  source: "test fixture",
  levels: [
    {
      code: "premium",
      name_zh: "特级",
      name_en: "Premium",
      rank: 1,
      tolerance_pct: 5,
      criteria: [
        { metric: "fruit_diameter_mm", min: 70, max: 95, unit: "mm" },
        { metric: "soluble_solids_pct", min: 11, unit: "%" },
      ],
    },
    {
      code: "first",
      name_zh: "一级",
      name_en: "Grade 1",
      rank: 2,
      tolerance_pct: 10,
      criteria: [
        { metric: "fruit_diameter_mm", min: 65, max: 70, unit: "mm" },
        { metric: "soluble_solids_pct", min: 10, unit: "%" },
      ],
    },
  ],
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let coopA: RegisteredVendor
    let coopB: RegisteredVendor
    let productA: any
    let productB: any
    let brand: any
    let otherBrand: any
    let certA: any
    let expiredCertA: any
    let certB: any

    const grading = () =>
      getContainer().resolve<GradingModuleService>(GRADING_MODULE)
    const origin = () =>
      getContainer().resolve<OriginModuleService>(ORIGIN_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const auth = (v: RegisteredVendor) => ({ headers: v.headers })

    const createProduct = async (v: RegisteredVendor, title: string) => {
      const sku = `${title}-${Date.now() % 100000}`
      const { data } = await api.post(
        "/vendors/products",
        {
          title,
          status: "published",
          options: [{ title: "规格", values: ["5kg"] }],
          variants: [
            {
              title: "5kg",
              sku,
              options: { 规格: "5kg" },
              manage_inventory: false,
              prices: [{ amount: 69.9, currency_code: "cny" }],
            },
          ],
        },
        auth(v)
      )
      return data.product
    }

    const certificate = (overrides: Record<string, unknown>) => ({
      type: "green_food" as const,
      number: "LB-15-19012700330A",
      issuer: "中国绿色食品发展中心",
      subject_type: "vendor" as const,
      subject_id: coopA.vendor.id,
      valid_from: days(-100),
      valid_to: days(300),
      evidence_url: "https://example.test/cert.pdf",
      ...overrides,
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
      coopA = await registerActiveVendor(api, admin.headers, {
        name: "奉节县夔门脐橙种植专业合作社",
        handle: "claims-coop-a",
      })
      coopB = await registerActiveVendor(api, admin.headers, {
        name: "梁平区金带柚子专业合作社",
        handle: "claims-coop-b",
        region_code: "500155",
      })
      productA = await createProduct(coopA, "奉节脐橙")
      productB = await createProduct(coopB, "梁平柚")

      await grading().createGradeStandards(asStandardCreateInput([SIZED]))
      await grading().createGradeStandards(
        asStandardCreateInput([
          { ...SIZED, code: "TTM-NAVEL-SIZE-2020", status: "superseded" },
        ])
      )
      ;[brand, otherBrand] = await origin().createBrands([
        {
          handle: "fengjie-navel-orange",
          type: "regional_public",
          name_zh: "奉节脐橙",
          name_en: "Fengjie navel orange",
          region_codes: ["500236"],
        },
        {
          handle: "liangping-pomelo",
          type: "regional_public",
          name_zh: "梁平柚",
          name_en: "Liangping pomelo",
          region_codes: ["500155"],
        },
      ])
      await origin().createBrandAuthorizations([
        {
          vendor_id: coopA.vendor.id,
          brand_id: brand.id,
          valid_from: days(-30),
          valid_to: days(335),
        },
        {
          vendor_id: coopA.vendor.id,
          brand_id: otherBrand.id,
          valid_from: days(-400),
          valid_to: days(-35),
        },
      ])
      ;[certA, expiredCertA, certB] = await origin().createCertifications([
        certificate({}),
        certificate({
          type: "organic",
          number: "12326000012345678",
          valid_from: days(-500),
          valid_to: days(-2),
        }),
        certificate({ subject_id: coopB.vendor.id, number: "GF500155260001" }),
      ])
    })

    describe("POST /vendors/products/:id/variants/:variant_id/grade", () => {
      const path = () =>
        `/vendors/products/${productA.id}/variants/${productA.variants[0].id}/grade`
      const body = (
        diameter: number,
        extra: { metric: string; value: number; unit: string }[] = []
      ) => ({
        standard_code: SIZED.code,
        level_code: "premium",
        measurements: [
          { metric: "fruit_diameter_mm", value: diameter, unit: "mm" },
          { metric: "soluble_solids_pct", value: 12.4, unit: "%" },
          ...extra,
        ],
      })

      it("declares a grade, links it to the variant and shows it on the product", async () => {
        const { data } = await api.post(path(), body(78), auth(coopA))
        expect(data.variant_grade).toMatchObject({
          variant_id: productA.variants[0].id,
          measured: { fruit_diameter_mm: 78, soluble_solids_pct: 12.4 },
          declared_by: coopA.member.id,
          level: { code: "premium", standard: { code: SIZED.code } },
        })
        const { data: links } = await query().graph({
          entity: VariantGradeLink.entryPoint,
          fields: ["variant_grade_id"],
          filters: { product_variant_id: productA.variants[0].id },
        })
        expect(links).toEqual([{ variant_grade_id: data.variant_grade.id }])

        // A second declaration replaces the first: one grade per variant.
        const first = { ...body(68), level_code: "first" }
        first.measurements[1].value = 10.5
        const { data: again } = await api.post(path(), first, auth(coopA))
        expect(again.variant_grade).toMatchObject({
          id: data.variant_grade.id,
          level: { code: "first" },
        })

        const { data: read } = await api.get(
          `/vendors/products/${productA.id}`,
          auth(coopA)
        )
        expect(read.product.variants[0].variant_grade).toMatchObject({
          level: { code: "first", name_zh: "一级" },
          measured: { fruit_diameter_mm: 68 },
        })
      })

      it("refuses 特级 at 68 mm, naming the metric, the bound and the value", async () => {
        const res = await errorOf(api.post(path(), body(68), auth(coopA)))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          `fruit_diameter_mm is 68 mm, below the 特级 (premium) minimum of 70 mm in ${SIZED.code}.`
        )
        // The same refusal for machines: the field sent, the rule, the values.
        expect(res.data).toMatchObject({
          type: "invalid_data",
          code: "invalid_request_error",
        })
        expect(res.data.errors).toEqual([
          {
            field: "measurements.0.value",
            rule: "grade_min",
            values: {
              metric: "fruit_diameter_mm",
              metric_zh: "果实横径",
              metric_en: "fruit diameter",
              standard: SIZED.code,
              level: "premium",
              level_zh: "特级",
              level_en: "Premium",
              unit: "mm",
              value: 68,
              min: 70,
            },
          },
        ])

        const sugar = body(78)
        sugar.measurements[1].value = 9.5
        const low = await errorOf(api.post(path(), sugar, auth(coopA)))
        expect(low.data.errors).toEqual([
          expect.objectContaining({
            field: "measurements.1.value",
            rule: "grade_min",
            values: expect.objectContaining({
              metric_zh: "可溶性固形物",
              value: 9.5,
              min: 11,
              unit: "%",
            }),
          }),
        ])
      })

      it("lists each zod issue as a refusal with its field, rule and values", async () => {
        const res = await errorOf(
          api.post(
            path(),
            {
              standard_code: "",
              measurements: [
                { metric: "fruit_diameter_mm", value: "78", unit: "mm" },
              ],
              colour: "orange",
            },
            auth(coopA)
          )
        )
        expect(res.status).toBe(400)
        // Medusa's sentence stays for stock clients.
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toMatch(/^Invalid request: /)
        expect(res.data.errors).toEqual([
          {
            field: "standard_code",
            rule: "too_small",
            values: { minimum: 1, inclusive: true, origin: "string" },
          },
          {
            field: "level_code",
            rule: "invalid_type",
            values: { expected: "string" },
          },
          {
            field: "measurements.0.value",
            rule: "invalid_type",
            values: { expected: "number" },
          },
          { field: "colour", rule: "unrecognized_key", values: {} },
        ])
      })

      it("refuses unknown metrics and units, and superseded or unknown standards", async () => {
        const unknown = await errorOf(
          api.post(
            path(),
            body(78, [{ metric: "sweetness", value: 3, unit: "stars" }]),
            auth(coopA)
          )
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toBe(
          'measurements[2]: metric "sweetness" is not a known metric.'
        )

        const unit = await errorOf(
          api.post(
            path(),
            {
              ...body(78),
              measurements: [
                { metric: "fruit_diameter_mm", value: 7.8, unit: "cm" },
                { metric: "soluble_solids_pct", value: 12, unit: "%" },
              ],
            },
            auth(coopA)
          )
        )
        expect(unit.status).toBe(400)
        expect(unit.data.message).toMatch(
          /unit "cm" does not fit fruit_diameter_mm, which is measured in "mm"/
        )

        const superseded = await errorOf(
          api.post(
            path(),
            { ...body(78), standard_code: "TTM-NAVEL-SIZE-2020" },
            auth(coopA)
          )
        )
        expect(superseded.status).toBe(400)
        expect(superseded.data.message).toMatch(
          /^standard_code: TTM-NAVEL-SIZE-2020 has been superseded/
        )

        const missing = await errorOf(
          api.post(
            path(),
            { ...body(78), standard_code: "GB/T 0" },
            auth(coopA)
          )
        )
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/^standard_code: "GB\/T 0"/)

        const level = await errorOf(
          api.post(path(), { ...body(78), level_code: "gold" }, auth(coopA))
        )
        expect(level.status).toBe(400)
        expect(level.data.message).toMatch(/Level "gold" is not part of/)
      })

      it("hides other co-ops' products and variants (404) and lets staff not claim", async () => {
        const other = await errorOf(
          api.post(
            `/vendors/products/${productB.id}/variants/${productB.variants[0].id}/grade`,
            body(78),
            auth(coopA)
          )
        )
        expect(other.status).toBe(404)
        expect(other.data.message).toBe(
          `Product "${productB.id}" was not found.`
        )

        const crossed = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/variants/${productB.variants[0].id}/grade`,
            body(78),
            auth(coopA)
          )
        )
        expect(crossed.status).toBe(404)
        expect(crossed.data.message).toBe(
          `Variant "${productB.variants[0].id}" was not found.`
        )

        const strict = await errorOf(
          api.post(path(), { ...body(78), grade: "A" }, auth(coopA))
        )
        expect(strict.status).toBe(400)
      })

      it("clears a grade with DELETE and unlinks it", async () => {
        const { data } = await api.post(path(), body(78), auth(coopA))
        const { data: deleted } = await api.delete(path(), auth(coopA))
        expect(deleted).toMatchObject({
          id: data.variant_grade.id,
          object: "variant_grade",
          deleted: true,
        })
        expect(
          await grading().listVariantGrades({
            variant_id: productA.variants[0].id,
          })
        ).toEqual([])
        const { data: links } = await query().graph({
          entity: VariantGradeLink.entryPoint,
          fields: ["variant_grade_id"],
          filters: { product_variant_id: productA.variants[0].id },
        })
        expect(links).toEqual([])

        const other = await errorOf(
          api.delete(
            `/vendors/products/${productB.id}/variants/${productB.variants[0].id}/grade`,
            auth(coopA)
          )
        )
        expect(other.status).toBe(404)
      })

      it("rolls back the grade and its link when a later step fails", async () => {
        const workflow = declareVariantGradeWorkflow(getContainer())
        workflow.appendAction("throw", createLinksStepId, {
          invoke: async function failAfterLinking() {
            throw new Error("injected failure after linking the grade")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            product_id: productA.id,
            variant_id: productA.variants[0].id,
            ...body(78),
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "injected failure after linking the grade"
        )
        expect(
          await grading().listVariantGrades({
            variant_id: productA.variants[0].id,
          })
        ).toEqual([])
        const { data: links } = await query().graph({
          entity: VariantGradeLink.entryPoint,
          fields: ["variant_grade_id"],
          filters: { product_variant_id: productA.variants[0].id },
        })
        expect(links).toEqual([])
      })
    })

    describe("POST /vendors/products/:id/brand", () => {
      const brandOf = async (productId: string) => {
        const { data } = await query().graph({
          entity: ProductBrandLink.entryPoint,
          fields: ["brand_id"],
          filters: { product_id: productId },
        })
        return data.map((l: any) => l.brand_id)
      }

      it("sets the brand the co-op is authorized for, emits the catalogue event, and clears it", async () => {
        const events: any[] = []
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        bus.subscribe(CatalogueEvents.PRODUCTS_CHANGED, async (event: any) => {
          events.push(event.data)
        })
        const { data } = await api.post(
          `/vendors/products/${productA.id}/brand`,
          { brand_handle: "fengjie-navel-orange" },
          auth(coopA)
        )
        expect(data.product.brand).toMatchObject({
          handle: "fengjie-navel-orange",
          name_zh: "奉节脐橙",
        })
        expect(events).toContainEqual(
          expect.objectContaining({ product_ids: [productA.id] })
        )

        const { data: cleared } = await api.post(
          `/vendors/products/${productA.id}/brand`,
          { brand_handle: null },
          auth(coopA)
        )
        expect(cleared.product.brand ?? null).toBeNull()
        expect(await brandOf(productA.id)).toEqual([])
      })

      it("refuses a brand without an authorization, naming the brand", async () => {
        await origin().createBrands([
          {
            handle: "fuling-zhacai",
            name_zh: "涪陵榨菜",
            name_en: "Fuling zhacai",
            region_codes: ["500102"],
          },
        ])
        const res = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/brand`,
            { brand_handle: "fuling-zhacai" },
            auth(coopA)
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /^brand_handle: .*涪陵榨菜 \(fuling-zhacai\).*holds no authorization/
        )
      })

      it("refuses a brand whose authorization has expired", async () => {
        const res = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/brand`,
            { brand_handle: "liangping-pomelo" },
            auth(coopA)
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(
          /梁平柚 \(liangping-pomelo\) expired on \d{4}-\d{2}-\d{2}/
        )
      })

      it("refuses a live window whose status the job marked expired", async () => {
        const [authorization] = await origin().listBrandAuthorizations({
          vendor_id: coopA.vendor.id,
          brand_id: brand.id,
        })
        await origin().updateBrandAuthorizations({
          id: authorization.id,
          status: "expired",
        })
        const res = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/brand`,
            { brand_handle: "fengjie-navel-orange" },
            auth(coopA)
          )
        )
        expect(res.status).toBe(400)
      })

      it("hides other co-ops' products and unknown brands (404)", async () => {
        const other = await errorOf(
          api.post(
            `/vendors/products/${productB.id}/brand`,
            { brand_handle: "fengjie-navel-orange" },
            auth(coopA)
          )
        )
        expect(other.status).toBe(404)
        const unknown = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/brand`,
            { brand_handle: "no-such-brand" },
            auth(coopA)
          )
        )
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toBe(
          'Brand "no-such-brand" was not found.'
        )
      })

      it("rolls back to the previous brand when a later step fails", async () => {
        const authorize = await origin().createBrands([
          {
            handle: "ba-wei-yu-zhen",
            type: "umbrella",
            name_zh: "巴味渝珍",
            name_en: "Ba Wei Yu Zhen",
            region_codes: ["500000"],
          },
        ])
        await origin().createBrandAuthorizations([
          {
            vendor_id: coopA.vendor.id,
            brand_id: authorize[0].id,
            valid_from: days(-1),
            valid_to: days(100),
          },
        ])
        await setProductBrandWorkflow(getContainer()).run({
          input: {
            vendor_id: coopA.vendor.id,
            product_id: productA.id,
            brand_handle: "fengjie-navel-orange",
          },
        })
        const workflow = setProductBrandWorkflow(getContainer())
        workflow.appendAction("throw", setProductBrandStepId, {
          invoke: async function failAfterRelinking() {
            throw new Error("injected failure after relinking the brand")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            product_id: productA.id,
            brand_handle: "ba-wei-yu-zhen",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "injected failure after relinking the brand"
        )
        expect(await brandOf(productA.id)).toEqual([brand.id])
      })
    })

    describe("POST /vendors/products/:id/certifications", () => {
      const certsOf = async (productId: string) => {
        const { data } = await query().graph({
          entity: ProductCertificationLink.entryPoint,
          fields: ["certification_id"],
          filters: { product_id: productId },
        })
        return data.map((l: any) => l.certification_id).sort()
      }

      it("attaches and detaches the co-op's own valid certificates", async () => {
        const { data } = await api.post(
          `/vendors/products/${productA.id}/certifications`,
          { add: [certA.id] },
          auth(coopA)
        )
        expect(data.product.certifications).toEqual([
          expect.objectContaining({ id: certA.id, type: "green_food" }),
        ])
        // Attaching twice keeps one link.
        await api.post(
          `/vendors/products/${productA.id}/certifications`,
          { add: [certA.id] },
          auth(coopA)
        )
        expect(await certsOf(productA.id)).toEqual([certA.id])

        await api.post(
          `/vendors/products/${productA.id}/certifications`,
          { remove: [certA.id] },
          auth(coopA)
        )
        expect(await certsOf(productA.id)).toEqual([])
      })

      it("hides another co-op's certificate and product (404)", async () => {
        const cert = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/certifications`,
            { add: [certB.id] },
            auth(coopA)
          )
        )
        expect(cert.status).toBe(404)
        expect(cert.data.message).toBe(
          `Certification "${certB.id}" was not found.`
        )
        const product = await errorOf(
          api.post(
            `/vendors/products/${productB.id}/certifications`,
            { add: [certA.id] },
            auth(coopA)
          )
        )
        expect(product.status).toBe(404)
      })

      it("refuses an expired certificate and an empty body (400)", async () => {
        const expired = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/certifications`,
            { add: [expiredCertA.id] },
            auth(coopA)
          )
        )
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(
          new RegExp(
            `^add: 证书已过期 / certificate organic .*${expiredCertA.id}.* expired on`
          )
        )
        const empty = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/certifications`,
            {},
            auth(coopA)
          )
        )
        expect(empty.status).toBe(400)
        expect(await certsOf(productA.id)).toEqual([])
      })

      it("rolls back the links when a later step fails", async () => {
        const workflow = updateProductCertificationsWorkflow(getContainer())
        workflow.appendAction("throw", createLinksStepId, {
          invoke: async function failAfterLinking() {
            throw new Error("injected failure after attaching")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            product_id: productA.id,
            add: [certA.id],
            remove: [],
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("injected failure after attaching")
        expect(await certsOf(productA.id)).toEqual([])
      })
    })

    describe("/vendors/certifications and /vendors/brand-authorizations", () => {
      it("lists only the co-op's own certificates and authorizations", async () => {
        const { data } = await api.get("/vendors/certifications", auth(coopA))
        expect(data.certifications.map((c: any) => c.id).sort()).toEqual(
          [certA.id, expiredCertA.id].sort()
        )
        const { data: auths } = await api.get(
          "/vendors/brand-authorizations",
          auth(coopA)
        )
        expect(
          auths.brand_authorizations.map((a: any) => a.brand.handle).sort()
        ).toEqual(["fengjie-navel-orange", "liangping-pomelo"])
        const { data: none } = await api.get(
          "/vendors/brand-authorizations",
          auth(coopB)
        )
        expect(none.brand_authorizations).toEqual([])
      })

      it("takes a co-op's certificate with evidence, pending review", async () => {
        const { data } = await api.post(
          "/vendors/certifications",
          {
            type: "geographical_indication",
            number: "AGI00812",
            issuer: "农业农村部",
            issuer_en: "Ministry of Agriculture and Rural Affairs",
            product_id: productA.id,
            valid_from: days(-10).toISOString(),
            valid_to: days(20).toISOString(),
            evidence_url: "https://example.test/agi.jpg",
          },
          auth(coopA)
        )
        expect(data.certification).toMatchObject({
          issuer_en: "Ministry of Agriculture and Rural Affairs",
          subject_type: "product",
          subject_id: productA.id,
          review_status: "pending",
          status: "expiring",
          submitted_by: coopA.member.id,
        })
        const duplicate = await errorOf(
          api.post(
            "/vendors/certifications",
            {
              type: "geographical_indication",
              number: "AGI00812",
              issuer: "农业农村部",
              product_id: productA.id,
              valid_from: days(-10).toISOString(),
              valid_to: days(20).toISOString(),
              evidence_url: "https://example.test/agi.jpg",
            },
            auth(coopA)
          )
        )
        expect(duplicate.status).toBe(400)
        expect(duplicate.data.message).toMatch(/^number: .*already declared/)
      })

      it("refuses malformed numbers, expired windows, missing evidence and others' products", async () => {
        const base = {
          type: "geographical_indication",
          number: "AGI00812",
          issuer: "农业农村部",
          valid_from: days(-10).toISOString(),
          valid_to: days(200).toISOString(),
          evidence_url: "https://example.test/agi.jpg",
        }
        const number = await errorOf(
          api.post(
            "/vendors/certifications",
            { ...base, number: "AGI812" },
            auth(coopA)
          )
        )
        expect(number.status).toBe(400)
        expect(number.data.message).toMatch(
          /^number must be "AGI" followed by 5 digits/
        )
        expect(number.data.errors).toEqual([
          {
            field: "number",
            rule: "certificate_number",
            values: { type: "geographical_indication" },
          },
        ])

        const expired = await errorOf(
          api.post(
            "/vendors/certifications",
            { ...base, valid_to: days(-1).toISOString() },
            auth(coopA)
          )
        )
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/^valid_to: .*expired/)
        expect(expired.data.errors).toEqual([
          {
            field: "valid_to",
            rule: "certificate_expired",
            values: { valid_to: days(-1).toISOString().slice(0, 10) },
          },
        ])

        const { evidence_url: _e, ...noEvidence } = base
        const evidence = await errorOf(
          api.post("/vendors/certifications", noEvidence, auth(coopA))
        )
        expect(evidence.status).toBe(400)
        expect(evidence.data.message).toMatch(/evidence_url/)

        const other = await errorOf(
          api.post(
            "/vendors/certifications",
            { ...base, product_id: productB.id },
            auth(coopA)
          )
        )
        expect(other.status).toBe(404)
      })

      it("rolls back the certificate when a later step fails", async () => {
        const workflow = declareVendorCertificationWorkflow(getContainer())
        workflow.appendAction("throw", createCertificationsStepId, {
          invoke: async function failAfterCreating() {
            throw new Error("injected failure after creating")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: coopA.vendor.id,
            certification: {
              type: "compliance_certificate",
              number: "CQ-FJ-2026-0001",
              issuer: "奉节县夔门脐橙种植专业合作社（自我承诺）",
              valid_from: days(-1),
              valid_to: days(90),
              evidence_url: "https://example.test/heg.jpg",
            },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("injected failure after creating")
        expect(
          await origin().listCertifications({ number: "CQ-FJ-2026-0001" })
        ).toEqual([])
      })
    })

    describe("GET /vendors/grade-standards", () => {
      it("lists the active standards, levels best first, with each metric named", async () => {
        await grading().createGradeStandards(
          asStandardCreateInput([
            {
              ...SIZED,
              code: "TTM-POMELO-2026",
              product_kind: "pomelo",
              levels: SIZED.levels.slice().reverse(),
            },
          ])
        )
        const { data } = await api.get("/vendors/grade-standards", auth(coopA))
        expect(data.grade_standards.map((s: any) => s.code)).toEqual([
          "TTM-NAVEL-SIZE-2026",
          "TTM-POMELO-2026",
        ])
        const [sized] = data.grade_standards
        expect(sized.levels.map((l: any) => l.code)).toEqual([
          "premium",
          "first",
        ])
        expect(sized.levels[0]).toMatchObject({
          name_zh: "特级",
          tolerance_pct: 5,
          summary_zh: "果实横径 ≥ 70 mm，≤ 95 mm；可溶性固形物 ≥ 11%",
        })
        expect(sized.levels[0].criteria[0]).toMatchObject({
          metric: "fruit_diameter_mm",
          min: 70,
          max: 95,
          unit: "mm",
          name_zh: "果实横径",
          name_en: "fruit diameter",
        })
        const pomelo = data.grade_standards[1]
        expect(pomelo.levels.map((l: any) => l.rank)).toEqual([1, 2])

        const { data: kind } = await api.get(
          "/vendors/grade-standards?product_kind=pomelo",
          auth(coopA)
        )
        expect(kind.grade_standards.map((s: any) => s.code)).toEqual([
          "TTM-POMELO-2026",
        ])
      })

      it("needs a co-op login and names unknown parameters", async () => {
        const anonymous = await errorOf(api.get("/vendors/grade-standards"))
        expect(anonymous.status).toBe(401)
        const unknown = await errorOf(
          api.get("/vendors/grade-standards?status=superseded", auth(coopA))
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/status/)
      })
    })

    describe("expire-origin-claims workflow (daily job)", () => {
      it("marks, flags and notifies once, and a second run changes nothing", async () => {
        const [soon] = await origin().createCertifications([
          certificate({
            type: "compliance_certificate",
            number: "CQ-FJ-2026-0002",
            valid_to: days(10),
          }),
        ])
        await api.post(
          `/vendors/products/${productA.id}/certifications`,
          { add: [soon.id] },
          auth(coopA)
        )
        const events: any[] = []
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        bus.subscribe(CatalogueEvents.PRODUCTS_CHANGED, async (event: any) => {
          events.push(event.data)
        })

        const { result: first } = await expireOriginClaimsWorkflow(
          getContainer()
        ).run({ input: {} })
        const moved = Object.fromEntries(
          first.expiries.map((e: any) => [e.id, e.to])
        )
        expect(moved[soon.id]).toBe("expiring")
        expect(moved[expiredCertA.id]).toBe("expired")
        expect(first.product_ids).toContain(productA.id)
        expect(events).toContainEqual(
          expect.objectContaining({
            product_ids: expect.arrayContaining([productA.id]),
          })
        )

        const [stored] = await origin().listCertifications({ id: soon.id })
        expect(stored.status).toBe("expiring")
        expect(stored.expiry_notified_at).not.toBeNull()
        const auths = await origin().listBrandAuthorizations({
          vendor_id: coopA.vendor.id,
          brand_id: otherBrand.id,
        })
        expect(auths[0].status).toBe("expired")

        const { result: second } = await expireOriginClaimsWorkflow(
          getContainer()
        ).run({ input: {} })
        expect(second.expiries).toEqual([])
        expect(second.notifications).toBe(0)

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const sent = await notifications.listNotifications({
          resource_id: soon.id,
        })
        expect(sent.map((n: any) => n.channel).sort()).toEqual([
          "email",
          "feed",
        ])
        const feed = sent.find((n: any) => n.channel === "feed")!
        expect(feed).toMatchObject({
          to: coopA.vendor.id,
          template: "origin-claim-expiring",
        })

        // The store-facing rule: the expired certificate cannot be attached.
        const res = await errorOf(
          api.post(
            `/vendors/products/${productA.id}/certifications`,
            { add: [expiredCertA.id] },
            auth(coopA)
          )
        )
        expect(res.status).toBe(400)
      })

      it("puts the statuses back when a later step fails", async () => {
        const workflow = expireOriginClaimsWorkflow(getContainer())
        workflow.appendAction("throw", updateClaimStatusesStepId, {
          invoke: async function failAfterUpdating() {
            throw new Error("injected failure after updating statuses")
          },
        })
        const { errors } = await workflow.run({
          input: {},
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "injected failure after updating statuses"
        )
        const [cert] = await origin().listCertifications({
          id: expiredCertA.id,
        })
        expect(cert.status).toBe("valid")
        expect(cert.expiry_notified_at).toBeNull()
      })
    })
  },
})
