import { PICKUP_PROVIDER_ID } from "../../pickup-checkout/utils/rules"
import {
  deliveryAddressProblem,
  isMainlandPhone,
} from "../utils/delivery-address"
import { withOrderDelivery } from "../utils/order-delivery"

const DELIVERY = {
  name: "合作社配送 / Co-op delivery",
  shipping_option: { provider_id: "manual_manual" },
}
const PICKUP = {
  name: "自提·常温",
  shipping_option: { provider_id: PICKUP_PROVIDER_ID },
}
const ADDRESS = {
  first_name: "晓梅",
  last_name: "李",
  address_1: "渝中区 解放碑 民族路 188 号",
  phone: "+86 138 0000 0000",
}
const cart = (
  address: Record<string, unknown> | null,
  methods = [DELIVERY]
) => ({
  id: "cart_1",
  shipping_address: address,
  shipping_methods: methods,
})

describe("isMainlandPhone", () => {
  it("takes mobile and landline numbers, with or without +86 and spacing", () => {
    for (const phone of [
      "13800000000",
      "+86 138 0000 0000",
      "86-139-1234-5678",
      "023-6380 1234",
      "01088886666",
    ]) {
      expect([phone, isMainlandPhone(phone)]).toEqual([phone, true])
    }
  })

  it("refuses what a courier cannot call", () => {
    for (const phone of [
      "",
      null,
      "12345",
      "12800000000",
      "138000000001",
      "+1 415 555 0100",
      "138-abc-0000",
    ]) {
      expect([phone, isMainlandPhone(phone)]).toEqual([phone, false])
    }
  })
})

describe("deliveryAddressProblem", () => {
  it("passes a delivery cart with a street, a name and a mainland phone", () => {
    expect(deliveryAddressProblem(cart(ADDRESS))).toBeNull()
  })

  it("asks nothing of a pickup-only cart", () => {
    expect(deliveryAddressProblem(cart(null, [PICKUP]))).toBeNull()
    expect(
      deliveryAddressProblem(cart({ address_1: "" }, [PICKUP, PICKUP]))
    ).toBeNull()
  })

  it("refuses delivery with no street address, naming address_1", () => {
    expect(deliveryAddressProblem(cart(null))?.message).toMatch(
      /^shipping_address\.address_1: "合作社配送 \/ Co-op delivery" delivers to a street address/
    )
    expect(
      deliveryAddressProblem(
        cart({ ...ADDRESS, address_1: "  " }, [PICKUP, DELIVERY])
      )?.message
    ).toMatch(/^shipping_address\.address_1:/)
  })

  it("names the field and the rule for the shop to word", () => {
    expect(
      deliveryAddressProblem(cart({ ...ADDRESS, address_1: "" }))
    ).toMatchObject({
      field: "shipping_address.address_1",
      rule: "delivery_address_required",
    })
    expect(
      deliveryAddressProblem(cart({ ...ADDRESS, address_1: "500103" }))
    ).toMatchObject({
      field: "shipping_address.address_1",
      rule: "delivery_address_code",
      values: { value: "500103" },
    })
    expect(
      deliveryAddressProblem(cart({ ...ADDRESS, phone: "1" }))
    ).toMatchObject({
      field: "shipping_address.phone",
      rule: "mainland_phone",
    })
  })

  it("refuses a district code in place of the street", () => {
    expect(
      deliveryAddressProblem(cart({ ...ADDRESS, address_1: "500103" }))?.message
    ).toMatch(/^shipping_address\.address_1: "500103" is a code/)
  })

  it("refuses delivery with no name or with a phone that is not mainland", () => {
    expect(
      deliveryAddressProblem(
        cart({ ...ADDRESS, first_name: "", last_name: "" })
      )?.message
    ).toMatch(/^shipping_address\.first_name:/)
    expect(
      deliveryAddressProblem(cart({ ...ADDRESS, phone: "12345" }))?.message
    ).toMatch(/^shipping_address\.phone: "12345" is not a mainland/)
  })
})

describe("withOrderDelivery", () => {
  it("records the expected day on a delivered order", () => {
    expect(
      withOrderDelivery({ note: "门口" }, { arrival_date: "2026-12-08" })
    ).toEqual({ note: "门口", delivery: { arrival_date: "2026-12-08" } })
  })

  it("never carries a cart's own delivery key onto a pickup order", () => {
    expect(
      withOrderDelivery({ delivery: { arrival_date: "1999-01-01" } }, null)
    ).toEqual({})
  })
})
