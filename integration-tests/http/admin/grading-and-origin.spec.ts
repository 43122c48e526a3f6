import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { GRADING_MODULE } from "../../../src/modules/grading"
import type GradingModuleService from "../../../src/modules/grading/service"
import { MARKETPLACE_MODULE } from "../../../src/modules/marketplace"
import type MarketplaceModuleService from "../../../src/modules/marketplace/service"
import { ORIGIN_MODULE } from "../../../src/modules/origin"
import type OriginModuleService from "../../../src/modules/origin/service"
import {
  createGradeStandardStepId,
  supersedeGradeStandardWorkflow,
} from "../../../src/workflows/grading"
import {
  createBrandAuthorizationStepId,
  createBrandAuthorizationWorkflow,
  deleteBrandStepId,
  deleteBrandWorkflow,
} from "../../../src/workflows/origin"
import {
  readBrands,
  readStandards,
  seedStandardsAndOrigin,
} from "../../../src/scripts/seed/standards-and-origin"
import { createAdminUser } from "../../helpers/auth"

jest.setTimeout(240 * 1000)

const navelOrange = (overrides: Record<string, unknown> = {}) => ({
  code: "GB/T 21488-2008",
  title_zh: "脐橙",
  title_en: "Navel oranges",
  product_kind: "navel_orange",
  verification: "verified",
  source: "GB/T 21488-2008 表 1",
  levels: [
    {
      code: "premium",
      name_zh: "特级",
      name_en: "Premium",
      rank: 1,
      tolerance_pct: 5,
      criteria: [
        { metric: "fruit_diameter_mm", min: 70, max: 85, unit: "mm" },
        { metric: "soluble_solids_pct", min: 11, unit: "%" },
      ],
    },
    {
      code: "first",
      name_zh: "一级",
      name_en: "Grade 1",
      rank: 2,
      tolerance_pct: 10,
      criteria: [{ metric: "fruit_diameter_mm", min: 65, max: 70, unit: "mm" }],
    },
  ],
  ...overrides,
})

const pepper = (overrides: Record<string, unknown> = {}) => ({
  handle: "jiangjin-sichuan-pepper",
  type: "regional_public",
  name_zh: "江津花椒",
  name_en: "Jiangjin green Sichuan pepper",
  gi_number: "AGI00053",
  region_codes: ["500116"],
  ...overrides,
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const asAdmin = () => ({ headers: admin.headers })
    const fail = (p: Promise<any>) =>
      p.then(
        (res) => {
          throw new Error(`Expected a failure, got ${res.status}`)
        },
        (e) => e.response
      )
    const grading = () =>
      getContainer().resolve<GradingModuleService>(GRADING_MODULE)
    const origin = () =>
      getContainer().resolve<OriginModuleService>(ORIGIN_MODULE)

    async function regions() {
      await origin().createOriginRegions([
        {
          code: "500000",
          name_zh: "重庆市",
          name_en: "Chongqing",
          level: "province",
        },
        {
          code: "500116",
          name_zh: "江津区",
          name_en: "Jiangjin District",
          level: "county",
          parent_code: "500000",
        },
      ])
    }

    async function vendor(handle = "lianhe-coop") {
      return getContainer()
        .resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
        .createVendors({
          handle,
          name: "江津联合花椒专业合作社",
          kind: "cooperative",
          region_code: "500116",
          credit_code: "93500116MA5U0000X1",
          contact: { name: "王建国", phone: "023-5555-0000" },
        } as never)
    }

    beforeEach(async () => {
      admin = await createAdminUser(getContainer())
    })

    describe("auth", () => {
      it("gives 401 without an admin session", async () => {
        for (const path of [
          "/admin/grade-standards",
          "/admin/origin-regions",
          "/admin/origin-brands",
          "/admin/certifications",
          "/admin/brand-authorizations",
        ]) {
          expect((await fail(api.get(path))).status).toBe(401)
        }
      })
    })

    describe("/admin/grade-standards", () => {
      it("creates, lists, retrieves, updates and deletes a standard", async () => {
        const created = await api.post(
          "/admin/grade-standards",
          navelOrange(),
          asAdmin()
        )
        const standard = created.data.grade_standard
        expect(standard).toMatchObject({
          code: "GB/T 21488-2008",
          status: "active",
          supersedes_id: null,
        })
        expect(standard.levels.map((l: any) => l.code)).toEqual([
          "premium",
          "first",
        ])
        expect(standard.levels[0].summary_zh).toContain("果实横径")
        expect(standard.levels[0].summary_en).toContain("≥ 70 mm")

        const list = await api.get(
          "/admin/grade-standards?product_kind=navel_orange",
          asAdmin()
        )
        expect(list.data.count).toBe(1)
        expect(list.data.grade_standards[0].id).toBe(standard.id)

        const updated = await api.post(
          `/admin/grade-standards/${standard.id}`,
          {
            verification: "unverified",
            levels: [navelOrange().levels[0]],
          },
          asAdmin()
        )
        expect(updated.data.grade_standard.verification).toBe("unverified")
        expect(updated.data.grade_standard.levels).toHaveLength(1)

        const read = await api.get(
          `/admin/grade-standards/${standard.id}`,
          asAdmin()
        )
        expect(read.data.grade_standard.levels).toHaveLength(1)

        const deleted = await api.delete(
          `/admin/grade-standards/${standard.id}`,
          asAdmin()
        )
        expect(deleted.data).toEqual({
          id: standard.id,
          object: "grade_standard",
          deleted: true,
        })
        expect(
          (
            await fail(
              api.get(`/admin/grade-standards/${standard.id}`, asAdmin())
            )
          ).status
        ).toBe(404)
      })

      it("refuses overlapping levels, unknown metrics and units, and bad ranges with 400", async () => {
        const cases: [Record<string, unknown>, RegExp][] = [
          [
            {
              levels: [
                navelOrange().levels[0],
                {
                  ...navelOrange().levels[1],
                  criteria: [
                    {
                      metric: "fruit_diameter_mm",
                      min: 60,
                      max: 75,
                      unit: "mm",
                    },
                  ],
                },
              ],
            },
            /overlap on fruit_diameter_mm between 70 and 75/,
          ],
          [
            {
              levels: [
                {
                  ...navelOrange().levels[0],
                  criteria: [{ metric: "sweetness", min: 1, unit: "%" }],
                },
              ],
            },
            /metric "sweetness" is not a known metric/,
          ],
          [
            {
              levels: [
                {
                  ...navelOrange().levels[0],
                  criteria: [
                    { metric: "fruit_diameter_mm", min: 70, unit: "cm" },
                  ],
                },
              ],
            },
            /unit "cm" does not fit fruit_diameter_mm/,
          ],
          [
            {
              levels: [
                {
                  ...navelOrange().levels[0],
                  criteria: [
                    {
                      metric: "fruit_diameter_mm",
                      min: 90,
                      max: 70,
                      unit: "mm",
                    },
                  ],
                },
              ],
            },
            /min 90 is above max 70/,
          ],
        ]
        for (const [override, message] of cases) {
          const res = await fail(
            api.post("/admin/grade-standards", navelOrange(override), asAdmin())
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
        }
        const dup = await api.post(
          "/admin/grade-standards",
          navelOrange(),
          asAdmin()
        )
        const again = await fail(
          api.post("/admin/grade-standards", navelOrange(), asAdmin())
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(
          /code "GB\/T 21488-2008" is already used/
        )
        expect(dup.status).toBe(200)
      })

      it("supersedes a standard and keeps the old one with its levels", async () => {
        const { data } = await api.post(
          "/admin/grade-standards",
          navelOrange(),
          asAdmin()
        )
        const old = data.grade_standard
        const { product_kind: _kind, ...next } = navelOrange({
          code: "GB/T 21488-2026",
        })
        const res = await api.post(
          `/admin/grade-standards/${old.id}/supersede`,
          next,
          asAdmin()
        )
        expect(res.data.grade_standard).toMatchObject({
          code: "GB/T 21488-2026",
          product_kind: "navel_orange",
          status: "active",
          supersedes_id: old.id,
        })
        expect(res.data.superseded).toMatchObject({
          id: old.id,
          status: "superseded",
        })
        expect(res.data.superseded.levels).toHaveLength(2)

        const again = await fail(
          api.post(
            `/admin/grade-standards/${old.id}/supersede`,
            { ...next, code: "GB/T 21488-2027" },
            asAdmin()
          )
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/already superseded/)
        expect(
          (
            await fail(
              api.post(
                "/admin/grade-standards/gstd_missing/supersede",
                next,
                asAdmin()
              )
            )
          ).status
        ).toBe(404)
      })

      it("refuses to delete or re-level a standard while variant grades use it", async () => {
        const { data } = await api.post(
          "/admin/grade-standards",
          navelOrange(),
          asAdmin()
        )
        const standard = data.grade_standard
        await grading().createVariantGrades({
          variant_id: "variant_1",
          level_id: standard.levels[0].id,
          measured: { fruit_diameter_mm: 72, soluble_solids_pct: 12 },
        })
        const del = await fail(
          api.delete(`/admin/grade-standards/${standard.id}`, asAdmin())
        )
        expect(del.status).toBe(400)
        expect(del.data.message).toMatch(
          /cannot be deleted: 1 variant grade\(s\) use its levels/
        )
        const relevel = await fail(
          api.post(
            `/admin/grade-standards/${standard.id}`,
            { levels: [navelOrange().levels[0]] },
            asAdmin()
          )
        )
        expect(relevel.status).toBe(400)
        expect(relevel.data.message).toMatch(/supersede the standard instead/)
        // Fields other than the levels may still be corrected.
        const ok = await api.post(
          `/admin/grade-standards/${standard.id}`,
          { title_en: "Navel oranges (fresh)" },
          asAdmin()
        )
        expect(ok.data.grade_standard.title_en).toBe("Navel oranges (fresh)")
        expect(
          await grading().listGradeStandards({ id: standard.id })
        ).toHaveLength(1)
      })

      it("rolls a supersession back when a later step fails", async () => {
        const { data } = await api.post(
          "/admin/grade-standards",
          navelOrange(),
          asAdmin()
        )
        const workflow = supersedeGradeStandardWorkflow(getContainer())
        workflow.appendAction("throw", "mark-grade-standard-superseded", {
          invoke: async () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: {
            id: data.grade_standard.id,
            standard: navelOrange({ code: "GB/T 21488-2026" }) as never,
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        const all = await grading().listGradeStandards({})
        expect(all.map((s) => [s.code, s.status])).toEqual([
          ["GB/T 21488-2008", "active"],
        ])
        expect(createGradeStandardStepId).toBe("create-grade-standard")
      })
    })

    describe("/admin/origin-regions", () => {
      beforeEach(regions)

      it("creates, updates and deletes a region under an existing parent", async () => {
        const created = await api.post(
          "/admin/origin-regions",
          {
            code: "500236",
            name_zh: "奉节县",
            name_en: "Fengjie County",
            level: "county",
            parent_code: "500000",
            lat: 31.02,
            lng: 109.46,
          },
          asAdmin()
        )
        const region = created.data.origin_region
        expect(region).toMatchObject({ code: "500236", parent_code: "500000" })
        const list = await api.get(
          "/admin/origin-regions?parent_code=500000",
          asAdmin()
        )
        expect(list.data.origin_regions.map((r: any) => r.code).sort()).toEqual(
          ["500116", "500236"]
        )
        const updated = await api.post(
          `/admin/origin-regions/${region.id}`,
          { name_en: "Fengjie" },
          asAdmin()
        )
        expect(updated.data.origin_region.name_en).toBe("Fengjie")
        const deleted = await api.delete(
          `/admin/origin-regions/${region.id}`,
          asAdmin()
        )
        expect(deleted.data.deleted).toBe(true)
      })

      it("refuses a bad code, a missing parent and deleting a parent or a brand's region", async () => {
        const bad = await fail(
          api.post(
            "/admin/origin-regions",
            { code: "50023", name_zh: "x", name_en: "x", level: "county" },
            asAdmin()
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(
          /^code must be a 6-digit GB\/T 2260 code/
        )
        const orphan = await fail(
          api.post(
            "/admin/origin-regions",
            {
              code: "510104",
              name_zh: "锦江区",
              name_en: "Jinjiang",
              level: "county",
              parent_code: "510100",
            },
            asAdmin()
          )
        )
        expect(orphan.status).toBe(400)
        expect(orphan.data.message).toMatch(
          /parent_code "510100" is not an existing origin region/
        )
        const [cq] = await origin().listOriginRegions({ code: "500000" })
        const parent = await fail(
          api.delete(`/admin/origin-regions/${cq.id}`, asAdmin())
        )
        expect(parent.status).toBe(400)
        expect(parent.data.message).toMatch(/have it as parent_code/)
        await api.post("/admin/origin-brands", pepper(), asAdmin())
        const [jj] = await origin().listOriginRegions({ code: "500116" })
        const used = await fail(
          api.delete(`/admin/origin-regions/${jj.id}`, asAdmin())
        )
        expect(used.status).toBe(400)
        expect(used.data.message).toMatch(/"jiangjin-sichuan-pepper"/)
        expect(
          (await fail(api.get("/admin/origin-regions/oreg_missing", asAdmin())))
            .status
        ).toBe(404)
      })
    })

    describe("/admin/origin-brands", () => {
      beforeEach(regions)

      it("creates, lists, updates and deletes a brand, telling the catalogue", async () => {
        const events: any[] = []
        const bus = getContainer().resolve("event_bus") as any
        const listener = async (event: any) => {
          events.push(event.data)
        }
        bus.subscribe("catalogue.products_changed", listener)

        const created = await api.post(
          "/admin/origin-brands",
          pepper(),
          asAdmin()
        )
        const brand = created.data.brand
        expect(brand).toMatchObject({ handle: "jiangjin-sichuan-pepper" })
        const list = await api.get(
          "/admin/origin-brands?type=regional_public",
          asAdmin()
        )
        expect(list.data.brands.map((b: any) => b.id)).toEqual([brand.id])

        const updated = await api.post(
          `/admin/origin-brands/${brand.id}`,
          { holder: "重庆市江津区花椒协会" },
          asAdmin()
        )
        expect(updated.data.brand.holder).toBe("重庆市江津区花椒协会")
        const deleted = await api.delete(
          `/admin/origin-brands/${brand.id}`,
          asAdmin()
        )
        expect(deleted.data).toEqual({
          id: brand.id,
          object: "brand",
          deleted: true,
        })
        expect(events).toEqual(
          expect.arrayContaining([{ brand_ids: [brand.id] }])
        )
        expect(
          (await fail(api.get(`/admin/origin-brands/${brand.id}`, asAdmin())))
            .status
        ).toBe(404)
      })

      it("refuses a bad GI number, unknown regions and a taken handle", async () => {
        const gi = await fail(
          api.post(
            "/admin/origin-brands",
            pepper({ gi_number: "AGI53" }),
            asAdmin()
          )
        )
        expect(gi.status).toBe(400)
        expect(gi.data.message).toMatch(
          /^gi_number must be "AGI" followed by 5 digits/
        )
        const region = await fail(
          api.post(
            "/admin/origin-brands",
            pepper({ region_codes: ["500236"] }),
            asAdmin()
          )
        )
        expect(region.status).toBe(400)
        expect(region.data.message).toMatch(
          /region_codes "500236" are not existing/
        )
        await api.post("/admin/origin-brands", pepper(), asAdmin())
        const taken = await fail(
          api.post("/admin/origin-brands", pepper(), asAdmin())
        )
        expect(taken.status).toBe(400)
        expect(taken.data.message).toMatch(
          /handle "jiangjin-sichuan-pepper" is already used/
        )
        expect(
          (
            await fail(
              api.post(
                "/admin/origin-brands/brnd_missing",
                { holder: "x" },
                asAdmin()
              )
            )
          ).status
        ).toBe(404)
      })

      it("restores a brand and its authorizations when deletion fails later", async () => {
        const co = await vendor()
        const brand = await origin().createBrands(pepper() as never)
        await origin().createBrandAuthorizations({
          brand_id: brand.id,
          vendor_id: co.id,
          valid_from: new Date("2026-01-01"),
          valid_to: new Date("2027-01-01"),
        } as never)
        const workflow = deleteBrandWorkflow(getContainer())
        workflow.appendAction("throw", deleteBrandStepId, {
          invoke: async () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: { id: brand.id },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(await origin().listBrands({ id: brand.id })).toHaveLength(1)
        expect(
          await origin().listBrandAuthorizations({ vendor_id: co.id })
        ).toHaveLength(1)
      })
    })

    describe("/admin/certifications", () => {
      it("creates, filters, updates and deletes a co-op's certificate", async () => {
        const co = await vendor()
        const created = await api.post(
          "/admin/certifications",
          {
            type: "organic",
            number: "12419123456789012",
            issuer: "中绿华夏有机产品认证中心",
            issuer_en: "China Organic Food Certification Center",
            subject_type: "vendor",
            subject_id: co.id,
            valid_from: "2026-01-01",
            valid_to: "2026-12-10",
          },
          asAdmin()
        )
        const cert = created.data.certification
        expect(cert).toMatchObject({
          type: "organic",
          status: "expiring",
          issuer_en: "China Organic Food Certification Center",
        })

        const soon = await api.get(
          `/admin/certifications?subject_id=${co.id}&type=organic&expiring_before=2026-12-31`,
          asAdmin()
        )
        expect(soon.data.certifications.map((c: any) => c.id)).toEqual([
          cert.id,
        ])
        const later = await api.get(
          "/admin/certifications?expiring_before=2026-12-01",
          asAdmin()
        )
        expect(later.data.count).toBe(0)
        const expiring = await api.get(
          "/admin/certifications?status=expiring",
          asAdmin()
        )
        expect(expiring.data.count).toBe(1)

        const renewed = await api.post(
          `/admin/certifications/${cert.id}`,
          { valid_to: "2028-12-31" },
          asAdmin()
        )
        expect(renewed.data.certification.status).toBe("valid")
        const deleted = await api.delete(
          `/admin/certifications/${cert.id}`,
          asAdmin()
        )
        expect(deleted.data.deleted).toBe(true)
      })

      it("refuses a bad number, a bad window and a missing subject", async () => {
        const co = await vendor()
        const base = {
          type: "geographical_indication",
          number: "AGI00053",
          issuer: "农业农村部",
          subject_type: "vendor",
          subject_id: co.id,
          valid_from: "2026-01-01",
          valid_to: "2027-01-01",
        }
        const number = await fail(
          api.post(
            "/admin/certifications",
            { ...base, number: "GI-53" },
            asAdmin()
          )
        )
        expect(number.status).toBe(400)
        expect(number.data.message).toMatch(
          /^number must be "AGI" followed by 5 digits/
        )
        const window = await fail(
          api.post(
            "/admin/certifications",
            { ...base, valid_from: "2027-06-01" },
            asAdmin()
          )
        )
        expect(window.status).toBe(400)
        expect(window.data.message).toMatch(
          /^valid_from .* must be before valid_to/
        )
        const subject = await fail(
          api.post(
            "/admin/certifications",
            { ...base, subject_type: "product", subject_id: "prod_missing" },
            asAdmin()
          )
        )
        expect(subject.status).toBe(404)
        expect(subject.data.message).toMatch(/Product "prod_missing"/)
        const { data } = await api.post(
          "/admin/certifications",
          base,
          asAdmin()
        )
        const inverted = await fail(
          api.post(
            `/admin/certifications/${data.certification.id}`,
            { valid_to: "2025-01-01" },
            asAdmin()
          )
        )
        expect(inverted.status).toBe(400)
        expect(
          (
            await fail(
              api.delete("/admin/certifications/cert_missing", asAdmin())
            )
          ).status
        ).toBe(404)
      })

      it("lets an operator approve a certificate a co-op submitted", async () => {
        const co = await vendor()
        const [pending] = await origin().createCertifications([
          {
            type: "organic",
            number: "12419123456789012",
            issuer: "中绿华夏有机产品认证中心",
            subject_type: "vendor",
            subject_id: co.id,
            valid_from: new Date("2026-01-01"),
            valid_to: new Date("2028-12-31"),
            review_status: "pending",
          } as never,
        ])
        const queue = await api.get(
          "/admin/certifications?review_status=pending",
          asAdmin()
        )
        expect(queue.data.certifications.map((c: any) => c.id)).toEqual([
          pending.id,
        ])

        const bad = await fail(
          api.post(
            `/admin/certifications/${pending.id}`,
            { review_status: "maybe" },
            asAdmin()
          )
        )
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/review_status/)

        const approved = await api.post(
          `/admin/certifications/${pending.id}`,
          { review_status: "approved" },
          asAdmin()
        )
        expect(approved.data.certification).toMatchObject({
          id: pending.id,
          review_status: "approved",
          status: "valid",
        })
        const [stored] = await origin().listCertifications({ id: pending.id })
        expect(stored.review_status).toBe("approved")
      })
    })

    describe("/admin/brand-authorizations", () => {
      let brand: any
      let co: any

      beforeEach(async () => {
        await regions()
        brand = await origin().createBrands(pepper() as never)
        co = await vendor()
      })

      it("authorizes a co-op, filters, moves the window and withdraws", async () => {
        const created = await api.post(
          "/admin/brand-authorizations",
          {
            vendor_id: co.id,
            brand_id: brand.id,
            valid_from: "2026-01-01",
            valid_to: "2027-12-31",
            note: "协会授权书 2026-001",
          },
          asAdmin()
        )
        const auth = created.data.brand_authorization
        expect(auth).toMatchObject({
          vendor_id: co.id,
          brand_id: brand.id,
          vendor: { id: co.id },
          brand: { handle: "jiangjin-sichuan-pepper" },
        })
        const list = await api.get(
          `/admin/brand-authorizations?vendor_id=${co.id}&brand_id=${brand.id}`,
          asAdmin()
        )
        expect(list.data.count).toBe(1)
        const moved = await api.post(
          `/admin/brand-authorizations/${auth.id}`,
          { valid_to: "2028-12-31" },
          asAdmin()
        )
        expect(
          new Date(moved.data.brand_authorization.valid_to).getUTCFullYear()
        ).toBe(2028)
        const brandRead = await api.get(
          `/admin/origin-brands/${brand.id}`,
          asAdmin()
        )
        expect(brandRead.data.brand.authorizations).toHaveLength(1)
        const deleted = await api.delete(
          `/admin/brand-authorizations/${auth.id}`,
          asAdmin()
        )
        expect(deleted.data.object).toBe("brand_authorization")
      })

      it("refuses a missing co-op or brand (404), a bad window and an overlap (400)", async () => {
        const body = {
          vendor_id: co.id,
          brand_id: brand.id,
          valid_from: "2026-01-01",
          valid_to: "2026-12-31",
        }
        const noVendor = await fail(
          api.post(
            "/admin/brand-authorizations",
            { ...body, vendor_id: "ven_missing" },
            asAdmin()
          )
        )
        expect(noVendor.status).toBe(404)
        expect(noVendor.data.message).toMatch(/Co-op "ven_missing"/)
        const noBrand = await fail(
          api.post(
            "/admin/brand-authorizations",
            { ...body, brand_id: "brnd_missing" },
            asAdmin()
          )
        )
        expect(noBrand.status).toBe(404)
        const window = await fail(
          api.post(
            "/admin/brand-authorizations",
            { ...body, valid_to: "2025-12-31" },
            asAdmin()
          )
        )
        expect(window.status).toBe(400)
        expect(window.data.message).toMatch(
          /^valid_from .* must be before valid_to/
        )
        const badDate = await fail(
          api.post(
            "/admin/brand-authorizations",
            { ...body, valid_to: "soon" },
            asAdmin()
          )
        )
        expect(badDate.status).toBe(400)
        expect(badDate.data.message).toMatch(/'date' for field 'valid_to'/)

        await api.post("/admin/brand-authorizations", body, asAdmin())
        const overlap = await fail(
          api.post(
            "/admin/brand-authorizations",
            { ...body, valid_from: "2026-06-01", valid_to: "2027-06-01" },
            asAdmin()
          )
        )
        expect(overlap.status).toBe(400)
        expect(overlap.data.message).toMatch(
          /^valid_from–valid_to overlaps brand authorization/
        )
        const next = await api.post(
          "/admin/brand-authorizations",
          { ...body, valid_from: "2027-01-01", valid_to: "2027-12-31" },
          asAdmin()
        )
        expect(next.status).toBe(200)
      })

      it("rolls an authorization back when a later step fails", async () => {
        const workflow = createBrandAuthorizationWorkflow(getContainer())
        workflow.appendAction("throw", createBrandAuthorizationStepId, {
          invoke: async () => {
            throw new Error("boom")
          },
        })
        const { errors } = await workflow.run({
          input: {
            vendor_id: co.id,
            brand_id: brand.id,
            valid_from: "2026-01-01",
            valid_to: "2026-12-31",
          },
          throwOnError: false,
        })
        expect(errors).toHaveLength(1)
        expect(await origin().listBrandAuthorizations({})).toHaveLength(0)
      })
    })

    describe("seedStandardsAndOrigin", () => {
      it("loads data/standards and data/origin through the workflows once", async () => {
        const first = await seedStandardsAndOrigin(getContainer())
        expect(first.standards.created.sort()).toEqual(
          readStandards()
            .map((s) => s.code)
            .sort()
        )
        expect(first.brands.created).toBe(readBrands().length)
        const second = await seedStandardsAndOrigin(getContainer())
        expect(second.standards.created).toEqual([])
        expect(second.regions.created).toBe(0)
        expect(second.brands.created).toBe(0)
        const [fengjie] = await origin().listOriginRegions({ code: "500236" })
        expect(fengjie.parent_code).toBe("500000")
        const pomelo = await grading().listGradeStandards(
          { code: "NY/T 699-2003" },
          { relations: ["levels"] }
        )
        expect(pomelo[0].verification).toBe("unverified")
        expect(pomelo[0].levels).toHaveLength(3)
      })
    })
  },
})
