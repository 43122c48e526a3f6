import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ORIGIN_MODULE } from "../../../src/modules/origin"
import { PICKUP_MODULE } from "../../../src/modules/pickup"
import { bearer, createAdminUser } from "../../helpers/auth"
import {
  createPickupPoint,
  createVendorProduct,
  prepareCart,
} from "../../helpers/checkout"
import { registerCustomer } from "../../helpers/customers"
import { seedDemoStore } from "../../helpers/demo-store"
import { apiRoutes, fillParams, type ApiRoute } from "../../helpers/route-tree"
import { registerActiveVendor, registerVendor } from "../../helpers/vendors"

jest.setTimeout(300 * 1000)

/**
 * The classes of hole issue 13 found, tried on every non-admin route in the
 * file tree rather than where each was found:
 * - `fields=` walking the graph into other tenants' records;
 * - bad paging and NUL characters answered with 500s;
 * - co-op bodies naming records outside the co-op.
 * A new route is in these tests the day it is added; one with a new `:param`
 * fails until it gets a fixture below.
 */

/** Walks from anything a route returns towards other tenants' records. */
const TRAVERSALS = [
  "id,vendor.members.email",
  "+sales_channels.products_link.product.vendor.orders.email",
  "*vendor.orders",
  "+order.customer.email,+order.shipping_address.*",
  "+point.parcels.code_hash,+members.email",
  "+variants.inventory_items.inventory.location_levels.*",
]

const BAD_PAGING = [
  "limit=-1",
  "limit=0",
  "limit=101",
  "limit=abc",
  "limit=1.5",
  "offset=-1",
  "offset=0x1D",
  "order=no_such_field",
  "q=%00",
]

/** Medusa's own store list routes that carry products or our data. */
const STOCK_STORE_LISTS = [
  "/store/products",
  "/store/product-variants",
  "/store/product-categories",
  "/store/collections",
]

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const secrets: string[] = []
    let headers: Record<"vendors" | "pickup" | "store", Record<string, string>>
    let pendingCoopHeaders: Record<string, string>
    let staffMemberHeaders: Record<string, string>
    let params: Record<string, string>
    let coopB: Awaited<ReturnType<typeof registerActiveVendor>>
    let adminHeaders: Record<string, string>
    let productB: Awaited<ReturnType<typeof createVendorProduct>>
    let productA: Awaited<ReturnType<typeof createVendorProduct>>

    const routes = [
      ...apiRoutes("vendors"),
      ...apiRoutes("pickup"),
      ...apiRoutes("store"),
    ]
    const scopeOf = (route: ApiRoute) =>
      route.path.split("/")[1] as "vendors" | "pickup" | "store"
    const getRoutes = routes.filter((r) => r.methods.includes("GET"))

    const call = async (
      method: "get" | "post",
      url: string,
      reqHeaders: Record<string, string>,
      body?: unknown
    ) => {
      const res =
        method === "get"
          ? await api.get(url, {
              headers: reqHeaders,
              validateStatus: () => true,
            })
          : await api.post(url, body, {
              headers: reqHeaders,
              validateStatus: () => true,
            })
      return { status: res.status as number, data: res.data, url }
    }

    const leaks = (data: unknown) => {
      const text = JSON.stringify(data)
      return secrets.filter((s) => text.includes(s))
    }

    beforeAll(async () => {
      const container = getContainer()
      const demo = await seedDemoStore(container)
      const admin = await createAdminUser(container)
      adminHeaders = admin.headers
      const coopA = await registerActiveVendor(api, admin.headers, {
        contact: { name: "王建国", phone: "023-5555-0001" },
      })
      coopB = await registerActiveVendor(api, admin.headers, {
        name: "秘密合作社",
        contact: { name: "赵秘密", phone: "023-7777-4321" },
        address: { address_1: "奉节县 秘密街 9 号" },
      })
      const pending = await registerVendor(api)
      pendingCoopHeaders = pending.headers
      productA = await createVendorProduct(container, {
        vendor_id: coopA.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "甲社脐橙",
        price: 58,
        stock: 50,
      })
      productB = await createVendorProduct(container, {
        vendor_id: coopB.vendor.id,
        sales_channel_id: demo.salesChannelId,
        title: "乙社脐橙",
        price: 66,
        stock: 40,
      })
      // A staff member of co-op A, and a pending invite at co-op B.
      const staffEmail = `staff-${Date.now()}@coop-a.test`
      await api.post(
        "/vendors/members",
        { email: staffEmail, name: "小李", role: "staff" },
        { headers: coopA.headers }
      )
      const inviteEmail = `invite-${Date.now()}@coop-b.test`
      await api.post(
        "/vendors/members",
        { email: inviteEmail, name: "待邀请", role: "manager" },
        { headers: coopB.headers }
      )
      const marketplace = container.resolve("marketplace") as any
      const [staffMember] = await marketplace.listVendorMembers({
        email: staffEmail,
      })
      const staffAuth = container.resolve(Modules.AUTH)
      const staffIdentity = await staffAuth.createAuthIdentities({
        provider_identities: [{ provider: "emailpass", entity_id: staffEmail }],
        app_metadata: { vendor_id: staffMember.id },
      })
      await marketplace.updateVendorMembers({
        id: staffMember.id,
        status: "active",
      })
      staffMemberHeaders = bearer(container, {
        actor_id: staffMember.id,
        actor_type: "vendor",
        auth_identity_id: staffIdentity.id,
        app_metadata: { vendor_id: staffMember.id },
      }).headers

      const shippingProfiles = async (vendorIds: string[]) => {
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "vendor",
            fields: ["id", "shipping_profile.id"],
            filters: { id: vendorIds },
          })
        return data.map((v: any) => v.shipping_profile.id as string)
      }
      // A shopper's order from both co-ops, to a pickup point for co-op A.
      const shopper = await registerCustomer(api, demo.publishableKey)
      const cart = await prepareCart(api, {
        publishableKey: demo.publishableKey,
        regionId: demo.regionId,
        lines: [
          { variant_id: productA.variant.id, quantity: 1 },
          { variant_id: productB.variant.id, quantity: 1 },
        ],
        shippingProfileIds: await shippingProfiles([
          coopA.vendor.id,
          coopB.vendor.id,
        ]),
        headers: shopper.headers,
      })
      const completed = await api.post(
        `/store/carts/${cart.cart_id}/complete`,
        {},
        { headers: cart.headers }
      )
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["id", "email", "vendor.id"],
        filters: {
          id: completed.data.order_group.orders.map((o: any) => o.id),
        },
      })
      const orderA = orders.find((o: any) => o.vendor?.id === coopA.vendor.id)
      const orderB = orders.find((o: any) => o.vendor?.id === coopB.vendor.id)

      const point = await createPickupPoint(container, { ambient: 4 })
      const pickup = container.resolve(PICKUP_MODULE) as any
      const parcel = await pickup.createParcels({
        order_id: orderA!.id,
        vendor_id: coopA.vendor.id,
        point_id: point.id,
        zone: "ambient",
      })
      const staffLogin = `point-staff-${Date.now()}@pickup.test`
      await api.post(
        "/admin/pickup-staff",
        {
          email: staffLogin,
          name: "陈静",
          phone: "13900000000",
          password: "staff-password-1",
          memberships: [{ point_id: point.id, role: "manager" }],
        },
        { headers: admin.headers }
      )
      const pickupLogin = await api.post("/auth/pickup/emailpass", {
        email: staffLogin,
        password: "staff-password-1",
      })

      const brand = await (
        container.resolve(ORIGIN_MODULE) as any
      ).createBrands({
        handle: "fengjie-navel-orange",
        name_zh: "奉节脐橙",
        name_en: "Fengjie Navel Orange",
        region_codes: ["500236"],
      })
      const catalogueHandle = demo.products[0].handle

      headers = {
        vendors: coopA.headers,
        pickup: { authorization: `Bearer ${pickupLogin.data.token}` },
        store: shopper.headers,
      }
      params = {
        "/vendors/products/:id:id": productA.product.id,
        variant_id: productA.variant.id,
        "/vendors/members/:id:id": coopA.member.id,
        "/vendors/orders/:id:id": orderA!.id,
        fulfillment_id: "ful_does_not_matter",
        "/pickup/parcels/:id:id": parcel.id,
        "/store/orders/:id:id": orderA!.id,
        "/store/carts/:id:id": cart.cart_id,
        "/store/catalogue/:handle:handle": catalogueHandle,
        "/store/origin-brands/:handle:handle": brand.handle,
        "/store/vendors/:handle:handle": coopA.vendor.handle,
        "/store/pickup-points/:id:id": point.id,
      }
      // What no actor of co-op A, no pickup clerk and no shopper may read.
      secrets.push(
        coopB.email,
        inviteEmail,
        "023-7777-4321",
        "赵秘密",
        "秘密街"
      )
      expect(orderB).toBeDefined()
      expect(leaks({ orders })).toEqual([])
    })

    const urlFor = (route: ApiRoute) => {
      const url = fillParams(route, params)
      // Routes that need a query to answer at all.
      if (route.path === "/store/shipping-options") {
        return `${url}?cart_id=${params["/store/carts/:id:id"]}`
      }
      if (route.path === "/store/pickup-points") {
        return `${url}?lat=29.5575&lng=106.5772`
      }
      return url
    }
    const withQuery = (url: string, query: string) =>
      `${url}${url.includes("?") ? "&" : "?"}${query}`

    it("lists the route tree it tests", () => {
      expect(getRoutes.map((r) => r.path)).toEqual(
        expect.arrayContaining([
          "/vendors/products",
          "/vendors/products/:id",
          "/pickup/parcels",
          "/store/vendors",
        ])
      )
    })

    it("answers every non-admin read route's own caller with 200", async () => {
      for (const route of getRoutes) {
        const res = await call("get", urlFor(route), headers[scopeOf(route)])
        expect({ url: res.url, status: res.status }).toEqual({
          url: res.url,
          status: 200,
        })
        expect({ url: res.url, leaks: leaks(res.data) }).toEqual({
          url: res.url,
          leaks: [],
        })
      }
    })

    it("refuses or ignores fields= that walk to other tenants, on every read route", async () => {
      const actors: [string, Record<string, string>, ApiRoute[]][] = [
        ["owner", headers.vendors, getRoutes],
        [
          "co-op staff",
          staffMemberHeaders,
          getRoutes.filter((r) => scopeOf(r) === "vendors"),
        ],
        [
          "co-op never approved",
          pendingCoopHeaders,
          getRoutes.filter(
            (r) => scopeOf(r) === "vendors" && r.params.length === 0
          ),
        ],
      ]
      for (const [actor, actorHeaders, actorRoutes] of actors) {
        for (const route of actorRoutes) {
          const reqHeaders =
            scopeOf(route) === "vendors"
              ? actorHeaders
              : headers[scopeOf(route)]
          for (const traversal of TRAVERSALS) {
            const url = withQuery(
              urlFor(route),
              `fields=${encodeURIComponent(traversal)}`
            )
            const res = await call("get", url, reqHeaders)
            expect({ actor, url, ok: res.status < 500 }).toEqual({
              actor,
              url,
              ok: true,
            })
            expect({ actor, url, leaks: leaks(res.data) }).toEqual({
              actor,
              url,
              leaks: [],
            })
          }
        }
      }
    })

    it("names the refused field when a console route is asked for one outside its list", async () => {
      const res = await call(
        "get",
        `/vendors/products/${productA.product.id}?fields=${encodeURIComponent(
          "id,sales_channels.products_link.product.vendor.orders.shipping_address.*"
        )}`,
        headers.vendors
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(
        '"sales_channels.products_link.product.vendor.orders.shipping_address" cannot be read on this route'
      )
    })

    it("answers bad paging and NUL characters with 400 on every list route", async () => {
      const lists: { url: string; reqHeaders: Record<string, string> }[] = []
      for (const route of getRoutes) {
        const url = urlFor(route)
        const reqHeaders = headers[scopeOf(route)]
        const res = await call("get", url, reqHeaders)
        if (res.data && typeof res.data === "object" && "limit" in res.data) {
          lists.push({ url, reqHeaders })
        }
      }
      for (const url of STOCK_STORE_LISTS) {
        lists.push({ url, reqHeaders: headers.store })
      }
      expect(lists.map((l) => l.url)).toEqual(
        expect.arrayContaining(["/vendors/products", "/pickup/parcels"])
      )
      for (const { url, reqHeaders } of lists) {
        for (const bad of BAD_PAGING) {
          const res = await call("get", withQuery(url, bad), reqHeaders)
          expect({ url, bad, status: res.status }).toEqual({
            url,
            bad,
            status: 400,
          })
          expect(typeof res.data.message).toBe("string")
        }
      }
    })

    it("answers a NUL character in an id or a body with 400 on every route", async () => {
      for (const route of routes.filter((r) => r.params.length)) {
        const url = fillParams(
          route,
          Object.fromEntries(route.params.map((p) => [p, "x\u0000y"]))
        )
        for (const method of route.methods) {
          const res =
            method === "DELETE"
              ? await api.delete(url, {
                  headers: headers[scopeOf(route)],
                  validateStatus: () => true,
                })
              : await call(
                  method === "GET" ? "get" : "post",
                  url,
                  headers[scopeOf(route)],
                  {}
                )
          expect({ url, method, status: res.status }).toEqual({
            url,
            method,
            status: 400,
          })
        }
      }
      for (const route of routes.filter((r) => r.methods.includes("POST"))) {
        const res = await call(
          "post",
          fillParams(route, params),
          headers[scopeOf(route)],
          { title: "脐橙\u0000", name: "x\u0000" }
        )
        expect({ url: route.path, status: res.status }).toEqual({
          url: route.path,
          status: 400,
        })
      }
    })

    it("refuses, on every co-op write route, a body naming records outside the co-op, and changes nothing", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const before = await inventory.listInventoryLevels({
        inventory_item_id: [
          productA.inventory_item_id,
          productB.inventory_item_id,
        ],
      })
      const foreign = {
        variants: [
          {
            title: "5kg",
            inventory_items: [
              {
                inventory_item_id: productB.inventory_item_id,
                required_quantity: 1,
              },
            ],
          },
        ],
        vendor_id: coopB.vendor.id,
        stock_location_id: "sloc_foreign",
        sales_channels: [{ id: "sc_foreign" }],
      }
      const writes = routes.filter(
        (r) => scopeOf(r) === "vendors" && r.methods.includes("POST")
      )
      expect(writes.map((r) => r.path)).toContain("/vendors/products")
      for (const route of writes) {
        const res = await call(
          "post",
          fillParams(route, params),
          headers.vendors,
          foreign
        )
        expect({ url: route.path, status: res.status }).toEqual({
          url: route.path,
          status: 400,
        })
        expect(res.data.message).toMatch(/cannot be set by a co-op/)
      }
      const after = await inventory.listInventoryLevels({
        inventory_item_id: [
          productA.inventory_item_id,
          productB.inventory_item_id,
        ],
      })
      const levels = (rows: any[]) =>
        rows.map((l) => `${l.inventory_item_id}:${l.stocked_quantity}`).sort()
      expect(levels(after)).toEqual(levels(before))
      const { data: variants } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["id", "inventory_items.inventory_item_id"],
          filters: { id: productA.variant.id },
        })
      expect(
        (variants[0].inventory_items ?? []).map((i: any) => i.inventory_item_id)
      ).toEqual([productA.inventory_item_id])
    })

    it("refuses a product update that names another product's variant", async () => {
      const res = await call(
        "post",
        `/vendors/products/${productA.product.id}`,
        headers.vendors,
        { variants: [{ id: productB.variant.id, title: "被盗" }] }
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(
        `variant "${productB.variant.id}" is not a variant of product`
      )
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "product_variant",
          fields: ["id", "title", "product_id"],
          filters: { id: productB.variant.id },
        })
      expect(data[0]).toEqual(
        expect.objectContaining({
          title: "5kg",
          product_id: productB.product.id,
        })
      )
    })

    it("refuses logos and evidence that are not https or the platform's own files, and keeps the stored logo", async () => {
      const good = "https://cdn.tiantou.example/logo/coop-a.png"
      const saved = await call("post", "/vendors/me", headers.vendors, {
        logo: good,
      })
      expect(saved.status).toBe(200)
      for (const logo of [
        "javascript:alert(document.cookie)",
        "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
        "http://evil.example/logo.png",
      ]) {
        const res = await call("post", "/vendors/me", headers.vendors, {
          logo,
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(
          "logo must be an https:// URL or a file uploaded to this platform"
        )
      }
      const me = await call("get", "/vendors/me", headers.vendors)
      expect(me.data.vendor.logo).toBe(good)
      const evidence = await call(
        "post",
        "/vendors/certifications",
        headers.vendors,
        {
          type: "green_food",
          number: "GF500236240099",
          issuer: "中国绿色食品发展中心",
          valid_from: "2026-01-01",
          valid_to: "2028-12-31",
          evidence_url: "javascript:alert(1)",
        }
      )
      expect(evidence.status).toBe(400)
      expect(evidence.data.message).toContain(
        "evidence_url must be an https://"
      )
    })

    it("keeps a suspended co-op's variants off Medusa's variant, category and collection routes", async () => {
      const before = await call(
        "get",
        "/store/product-variants?limit=100",
        headers.store
      )
      expect(before.data.variants.map((v: any) => v.id)).toContain(
        productB.variant.id
      )
      await api.post(
        `/admin/vendors/${coopB.vendor.id}/suspend`,
        { reason: "冷链检查未通过 / failed a cold-chain inspection" },
        { headers: adminHeaders }
      )
      const listed = await call(
        "get",
        "/store/product-variants?limit=100",
        headers.store
      )
      expect(listed.status).toBe(200)
      const ids = listed.data.variants.map((v: any) => v.id)
      expect(ids).toContain(productA.variant.id)
      expect(ids).not.toContain(productB.variant.id)
      const one = await call(
        "get",
        `/store/product-variants/${productB.variant.id}`,
        headers.store
      )
      expect(one.status).toBe(404)
      expect(one.data.message).toContain("is not selling at the moment")
      for (const url of [
        "/store/collections?fields=id,*products",
        "/store/product-categories?fields=id,*products",
      ]) {
        const res = await call("get", url, headers.store)
        expect(res.status).toBe(200)
        expect(JSON.stringify(res.data)).not.toContain(productB.product.id)
        expect(JSON.stringify(res.data)).not.toContain('"products"')
      }
    })

    it("sorts the pickup console's status tabs by their own times", async () => {
      for (const order of [
        "eta",
        "deadline_at",
        "-picked_up_at",
        "-returned_at",
        "-updated_at",
      ]) {
        const res = await call(
          "get",
          `/pickup/parcels?order=${order}`,
          headers.pickup
        )
        expect({ order, status: res.status }).toEqual({ order, status: 200 })
      }
    })
  },
})
