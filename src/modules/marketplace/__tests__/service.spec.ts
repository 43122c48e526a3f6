import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MARKETPLACE_MODULE } from ".."
import * as models from "../models"
import MarketplaceModuleService from "../service"

jest.setTimeout(60 * 1000)

// 奉节县 (GB/T 2260 500236); the credit codes are invented, unique per co-op,
// and only stored here, not validated (that is the registration workflow's
// job).
let credit = 0
const vendor = (handle: string, status = "active") => ({
  handle,
  name: `奉节县测试脐橙合作社 ${handle}`,
  status: status as "active",
  region_code: "500236",
  contact: { name: "向德明", phone: "13800000000" },
  credit_code: `93500236MA5U${String(++credit).padStart(6, "0")}`,
})

moduleIntegrationTestRunner<MarketplaceModuleService>({
  moduleName: MARKETPLACE_MODULE,
  moduleModels: Object.values(models),
  resolve: "./src/modules/marketplace",
  pathToMigrations: "./src/modules/marketplace/migrations",
  testSuite: ({ service }) => {
    describe("retrieveActiveMemberContext", () => {
      it("gives an active member's role with their co-op's id and status", async () => {
        const [coop] = await service.createVendors([vendor("a", "suspended")])
        const [member] = await service.createVendorMembers([
          {
            email: "manager@a.example",
            name: "向德明",
            role: "manager",
            status: "active",
            vendor_id: coop.id,
          },
        ])
        expect(await service.retrieveActiveMemberContext(member.id)).toEqual({
          member_id: member.id,
          role: "manager",
          vendor_id: coop.id,
          vendor_status: "suspended",
        })
      })

      it("gives null for an invited member, a deleted member, a deleted co-op and an unknown id", async () => {
        const [coop, gone] = await service.createVendors([
          vendor("b"),
          vendor("c"),
        ])
        const [invited, deleted, ofGone] = await service.createVendorMembers([
          {
            email: "invited@b.example",
            name: "李",
            status: "invited",
            vendor_id: coop.id,
          },
          {
            email: "deleted@b.example",
            name: "王",
            status: "active",
            vendor_id: coop.id,
          },
          {
            email: "staff@c.example",
            name: "张",
            status: "active",
            vendor_id: gone.id,
          },
        ])
        await service.softDeleteVendorMembers([deleted.id])
        await service.softDeleteVendors([gone.id])
        for (const id of [invited.id, deleted.id, ofGone.id, "vmem_nope"]) {
          expect(await service.retrieveActiveMemberContext(id)).toBeNull()
        }
      })
    })
  },
})
