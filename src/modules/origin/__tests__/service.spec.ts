import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ORIGIN_MODULE } from ".."
import {
  Brand,
  BrandAuthorization,
  Certification,
  OriginRegion,
} from "../models"
import OriginModuleService from "../service"
import { activeAuthorization } from "../utils/authorization"
import {
  certificationNumberProblem,
  expiresWithin,
  isCertificationValid,
} from "../utils/certification"
import { isWithin } from "../utils/regions"

jest.setTimeout(60 * 1000)

const brand = (overrides: Record<string, unknown> = {}) => ({
  handle: "jiangjin-sichuan-pepper",
  type: "regional_public" as const,
  name_zh: "江津花椒",
  name_en: "Jiangjin green Sichuan pepper",
  gi_number: "AGI00053",
  region_codes: ["500116"],
  ...overrides,
})

moduleIntegrationTestRunner<OriginModuleService>({
  moduleName: ORIGIN_MODULE,
  moduleModels: [OriginRegion, Brand, BrandAuthorization, Certification],
  resolve: "./src/modules/origin",
  // Run the committed migration, so the partial unique indexes under test
  // are the ones production gets.
  pathToMigrations: "./src/modules/origin/migrations",
  testSuite: ({ service }) => {
    describe("origin regions", () => {
      it("stores 重庆市 and its counties with parent codes and coordinates", async () => {
        await service.createOriginRegions([
          {
            code: "500000",
            name_zh: "重庆市",
            name_en: "Chongqing",
            level: "province",
          },
          {
            code: "500236",
            name_zh: "奉节县",
            name_en: "Fengjie County",
            level: "county",
            parent_code: "500000",
            lat: 31.02,
            lng: 109.46,
          },
        ])
        const children = await service.listOriginRegions({
          parent_code: "500000",
        })
        expect(children.map((r) => r.code)).toEqual(["500236"])
        expect(children[0].id).toMatch(/^oreg_/)
        expect(children[0].lat).toBeCloseTo(31.02)

        const all = await service.listOriginRegions({})
        expect(isWithin("500236", "500000", all)).toBe(true)
        expect(isWithin("500000", "500236", all)).toBe(false)
      })

      it("refuses a second region with the same code", async () => {
        const input = {
          code: "500000",
          name_zh: "重庆市",
          name_en: "Chongqing",
          level: "province" as const,
        }
        await service.createOriginRegions(input)
        await expect(service.createOriginRegions(input)).rejects.toThrow(
          /already exists/
        )
      })
    })

    describe("brands and authorizations", () => {
      it("creates a brand and a co-op's authorization to use it", async () => {
        const created = await service.createBrands(brand())
        expect(created.id).toMatch(/^brnd_/)
        const auth = await service.createBrandAuthorizations({
          brand_id: created.id,
          vendor_id: "ven_1",
          valid_from: new Date("2026-01-01T00:00:00Z"),
          valid_to: new Date("2028-12-31T23:59:59Z"),
          note: "合作社授权",
        })
        expect(auth.id).toMatch(/^bauth_/)

        const read = await service.retrieveBrand(created.id, {
          relations: ["authorizations"],
        })
        expect(read.authorizations.map((a) => a.vendor_id)).toEqual(["ven_1"])
        expect(read.region_codes).toEqual(["500116"])

        const stored = await service.listBrandAuthorizations({
          vendor_id: "ven_1",
        })
        expect(
          activeAuthorization(
            stored,
            "ven_1",
            created.id,
            new Date("2026-06-01")
          )?.id
        ).toBe(auth.id)
        expect(
          activeAuthorization(
            stored,
            "ven_1",
            created.id,
            new Date("2029-01-01")
          )
        ).toBeNull()
      })

      it("refuses a second brand with the same handle", async () => {
        await service.createBrands(brand())
        await expect(service.createBrands(brand())).rejects.toThrow(
          /already exists/
        )
      })

      it("deletes a brand's authorizations with it", async () => {
        const created = await service.createBrands(brand())
        await service.createBrandAuthorizations({
          brand_id: created.id,
          vendor_id: "ven_1",
          valid_from: new Date("2026-01-01"),
          valid_to: new Date("2026-12-31"),
        })
        await service.softDeleteBrands([created.id])
        expect(await service.listBrandAuthorizations({})).toHaveLength(0)
      })
    })

    describe("certifications", () => {
      it("stores, updates and deletes a co-op's organic certificate", async () => {
        const number = "12419123456789012"
        expect(certificationNumberProblem("organic", number)).toBeNull()
        const cert = await service.createCertifications({
          type: "organic",
          number,
          issuer: "某认证有限公司",
          subject_type: "vendor",
          subject_id: "ven_1",
          valid_from: new Date("2026-01-01T00:00:00Z"),
          valid_to: new Date("2026-12-31T23:59:59Z"),
        })
        expect(cert.id).toMatch(/^cert_/)
        expect(cert.evidence_url).toBeNull()

        const [stored] = await service.listCertifications({
          subject_type: "vendor",
          subject_id: "ven_1",
        })
        expect(stored.valid_to).toBeInstanceOf(Date)
        expect(isCertificationValid(stored, new Date("2026-06-01"))).toBe(true)
        expect(isCertificationValid(stored, new Date("2027-01-02"))).toBe(false)
        expect(expiresWithin(stored, 30, new Date("2026-12-10"))).toBe(true)
        expect(expiresWithin(stored, 30, new Date("2026-06-01"))).toBe(false)

        await service.updateCertifications({
          id: cert.id,
          evidence_url: "https://example.com/cert.pdf",
        })
        expect(
          (await service.retrieveCertification(cert.id)).evidence_url
        ).toBe("https://example.com/cert.pdf")

        await service.softDeleteCertifications([cert.id])
        expect(await service.listCertifications({})).toHaveLength(0)
      })

      it("starts valid and approved, and keeps the expiry job's status and review", async () => {
        const cert = await service.createCertifications({
          type: "compliance_certificate",
          number: "CQ500236-2026-0001",
          issuer: "奉节县夔门脐橙种植专业合作社",
          subject_type: "vendor",
          subject_id: "ven_1",
          valid_from: new Date("2026-01-01T00:00:00Z"),
          valid_to: new Date("2026-12-31T00:00:00Z"),
        })
        expect(cert).toMatchObject({
          status: "valid",
          review_status: "approved",
          expiry_notified_at: null,
          submitted_by: null,
        })
        const notifiedAt = new Date("2026-12-02T02:15:00Z")
        await service.updateCertifications({
          id: cert.id,
          status: "expiring",
          expiry_notified_at: notifiedAt,
          review_status: "pending",
        })
        expect(
          await service.listCertifications({ status: "expiring" })
        ).toEqual([
          expect.objectContaining({
            id: cert.id,
            review_status: "pending",
            expiry_notified_at: notifiedAt,
          }),
        ])
        await expect(
          service.updateCertifications({
            id: cert.id,
            status: "lapsed" as never,
          })
        ).rejects.toThrow()

        const [brand] = await service.createBrands([
          {
            handle: "fengjie-navel-orange",
            name_zh: "奉节脐橙",
            name_en: "Fengjie navel orange",
            region_codes: ["500236"],
          },
        ])
        const auth = await service.createBrandAuthorizations({
          vendor_id: "ven_1",
          brand_id: brand.id,
          valid_from: new Date("2026-01-01T00:00:00Z"),
          valid_to: new Date("2026-12-31T00:00:00Z"),
        })
        expect(auth).toMatchObject({
          status: "valid",
          expiry_notified_at: null,
        })
        await service.updateBrandAuthorizations({
          id: auth.id,
          status: "expired",
        })
        expect((await service.retrieveBrandAuthorization(auth.id)).status).toBe(
          "expired"
        )
      })

      it("refuses a type outside 三品一标 and 承诺达标合格证", async () => {
        await expect(
          service.createCertifications({
            type: "halal" as never,
            number: "X",
            issuer: "X",
            subject_type: "product",
            subject_id: "prod_1",
            valid_from: new Date("2026-01-01"),
            valid_to: new Date("2026-12-31"),
          })
        ).rejects.toThrow()
        expect(await service.listCertifications({})).toHaveLength(0)
      })
    })
  },
})
