import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { GRADING_MODULE } from ".."
import { GradeLevel, GradeStandard, VariantGrade } from "../models"
import GradingModuleService from "../service"
import { asStandardCreateInput, type CreateGradeStandardInput } from "../types"
import { measurementViolations } from "../utils/criteria"

jest.setTimeout(60 * 1000)

const navelOrange = (
  overrides: Partial<CreateGradeStandardInput> = {}
): CreateGradeStandardInput => ({
  code: "GB/T 21488-2008",
  title_zh: "脐橙",
  title_en: "Navel oranges",
  product_kind: "navel_orange",
  verification: "verified",
  source: "test",
  levels: [
    {
      code: "premium",
      name_zh: "特级",
      name_en: "Premium",
      rank: 1,
      tolerance_pct: 5,
      criteria: [{ metric: "soluble_solids_pct", min: 11, unit: "%" }],
    },
    {
      code: "first",
      name_zh: "一级",
      name_en: "Grade 1",
      rank: 2,
      tolerance_pct: 10,
      criteria: [{ metric: "soluble_solids_pct", min: 10, unit: "%" }],
    },
  ],
  ...overrides,
})

moduleIntegrationTestRunner<GradingModuleService>({
  moduleName: GRADING_MODULE,
  moduleModels: [GradeStandard, GradeLevel, VariantGrade],
  resolve: "./src/modules/grading",
  // Run the committed migration, so the partial unique indexes under test
  // are the ones production gets.
  pathToMigrations: "./src/modules/grading/migrations",
  testSuite: ({ service }) => {
    const createStandard = async (input: CreateGradeStandardInput) => {
      const [created] = await service.createGradeStandards(
        asStandardCreateInput([input])
      )
      return created
    }

    describe("GradingModuleService", () => {
      it("creates a standard with its levels in one call", async () => {
        const created = await createStandard(navelOrange())
        const read = await service.retrieveGradeStandard(created.id, {
          relations: ["levels"],
        })
        expect(read.id).toMatch(/^gstd_/)
        expect(read.status).toBe("active")
        expect(read.verification).toBe("verified")
        const levels = [...read.levels].sort((a, b) => a.rank - b.rank)
        expect(levels.map((l) => [l.code, l.rank])).toEqual([
          ["premium", 1],
          ["first", 2],
        ])
        expect(levels[0].id).toMatch(/^glvl_/)
        expect(levels[0].tolerance_pct).toBe(5)
        expect(levels[0].tolerance_verified).toBe(false)
        expect(levels[0].criteria).toEqual([
          { metric: "soluble_solids_pct", min: 11, unit: "%" },
        ])
      })

      it("defaults a standard's verification to unverified", async () => {
        const { verification, ...rest } = navelOrange({ code: "NY/T 699-2003" })
        expect(verification).toBe("verified")
        const [created] = await service.createGradeStandards(
          asStandardCreateInput([rest as unknown as CreateGradeStandardInput])
        )
        expect(created.verification).toBe("unverified")
      })

      it("supersedes a standard with a new version and keeps the old one readable", async () => {
        const old = await createStandard(navelOrange())
        const next = await createStandard(
          navelOrange({ code: "GB/T 21488-2026", supersedes_id: old.id })
        )
        await service.updateGradeStandards({ id: old.id, status: "superseded" })

        const active = await service.listGradeStandards({
          product_kind: "navel_orange",
          status: "active",
        })
        expect(active.map((s) => s.id)).toEqual([next.id])
        expect(active[0].supersedes_id).toBe(old.id)

        const previous = await service.retrieveGradeStandard(old.id, {
          relations: ["levels"],
        })
        expect(previous.status).toBe("superseded")
        expect(previous.code).toBe("GB/T 21488-2008")
        expect(previous.levels).toHaveLength(2)
      })

      it("refuses a second standard with the same code", async () => {
        await createStandard(navelOrange())
        await expect(createStandard(navelOrange())).rejects.toThrow(
          /already exists/
        )
        expect(
          await service.listGradeStandards({ code: "GB/T 21488-2008" })
        ).toHaveLength(1)
      })

      it("allows a code again once the standard holding it is deleted", async () => {
        const first = await createStandard(navelOrange())
        await service.softDeleteGradeStandards([first.id])
        const second = await createStandard(navelOrange())
        expect(second.id).not.toBe(first.id)
      })

      it("refuses two levels with the same code in one standard", async () => {
        const input = navelOrange()
        input.levels[1].code = "premium"
        await expect(createStandard(input)).rejects.toThrow(/already exists/)
        expect(await service.listGradeStandards({})).toHaveLength(0)
      })

      it("records a variant's grade against a level with its measurements", async () => {
        const standard = await createStandard(navelOrange())
        const [premium] = await service.listGradeLevels({
          standard_id: standard.id,
          code: "premium",
        })
        const measured = { soluble_solids_pct: 12.4 }
        const grade = await service.createVariantGrades({
          variant_id: "variant_1",
          level_id: premium.id,
          measured,
          declared_by: "ven_1",
        })
        expect(grade.id).toMatch(/^vgrd_/)

        const read = await service.retrieveVariantGrade(grade.id, {
          relations: ["level", "level.standard"],
        })
        expect(read.level.code).toBe("premium")
        expect(read.level.standard.code).toBe("GB/T 21488-2008")
        expect(read.measured).toEqual(measured)
        expect(read.verified_at).toBeNull()
        // The stored level and measurements feed the pure checker.
        expect(
          measurementViolations(
            { ...read.level.standard, levels: [read.level] } as never,
            "premium",
            read.measured
          )
        ).toEqual([])
      })

      it("gives a variant only one grade", async () => {
        const standard = await createStandard(navelOrange())
        const [level] = await service.listGradeLevels({
          standard_id: standard.id,
        })
        const grade = {
          variant_id: "variant_1",
          level_id: level.id,
          measured: {},
        }
        await service.createVariantGrades(grade)
        await expect(service.createVariantGrades(grade)).rejects.toThrow(
          /already exists/
        )
      })
    })
  },
})
