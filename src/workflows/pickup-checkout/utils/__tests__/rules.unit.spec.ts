import {
  expectedArrivalDate,
  keepMatchingPickupOptions,
  PICKUP_PROVIDER_ID,
  pickupMethodProblem,
  planOrderPickups,
  temperatureClassOf,
  withOrderPickup,
  zoneNeeded,
  zonesByProfile,
} from "../rules"
import {
  checkPickupMethodData,
  checkPickupOptionData,
} from "../../../../modules/pickup-fulfillment/utils/data"

const item = (temperature_class?: unknown) => ({
  product: { metadata: temperature_class ? { temperature_class } : null },
})

describe("temperatureClassOf", () => {
  it("reads metadata.temperature_class and defaults to ambient", () => {
    expect(temperatureClassOf({ temperature_class: "chilled" })).toBe("chilled")
    expect(temperatureClassOf({ temperature_class: "frozen" })).toBe("frozen")
    expect(temperatureClassOf(null)).toBe("ambient")
    expect(temperatureClassOf({ temperature_class: "warm" })).toBe("ambient")
  })
})

describe("zoneNeeded", () => {
  it("is ambient for ambient or unclassified items", () => {
    expect(zoneNeeded([item(), item("ambient")])).toBe("ambient")
    expect(zoneNeeded([])).toBe("ambient")
  })

  it("is the coldest class among the items", () => {
    expect(zoneNeeded([item("ambient"), item("chilled")])).toBe("chilled")
    expect(zoneNeeded([item("chilled"), item("frozen"), item()])).toBe("frozen")
  })
})

describe("expectedArrivalDate", () => {
  it("is the next Shanghai day before the 23:00 cutoff", () => {
    // 2026-11-23 10:00 in Shanghai.
    expect(expectedArrivalDate(new Date("2026-11-23T02:00:00Z"))).toBe(
      "2026-11-24"
    )
    // 22:59 in Shanghai.
    expect(expectedArrivalDate(new Date("2026-11-23T14:59:00Z"))).toBe(
      "2026-11-24"
    )
  })

  it("is two days later at or after the cutoff", () => {
    // 23:00 in Shanghai.
    expect(expectedArrivalDate(new Date("2026-11-23T15:00:00Z"))).toBe(
      "2026-11-25"
    )
  })

  it("uses the Shanghai day, not the UTC day", () => {
    // 2026-11-23 20:00 UTC is already 2026-11-24 04:00 in Shanghai.
    expect(expectedArrivalDate(new Date("2026-11-23T20:00:00Z"))).toBe(
      "2026-11-25"
    )
  })

  it("rolls over month and year ends", () => {
    expect(expectedArrivalDate(new Date("2026-12-31T03:00:00Z"))).toBe(
      "2027-01-01"
    )
    expect(expectedArrivalDate(new Date("2028-02-28T03:00:00Z"))).toBe(
      "2028-02-29"
    )
  })
})

describe("keepMatchingPickupOptions", () => {
  const delivery = {
    id: "d",
    provider_id: "manual_manual",
    shipping_profile_id: "sp_a",
  }
  const pickup = (zone: string, profile = "sp_a") => ({
    id: `${profile}-${zone}`,
    provider_id: PICKUP_PROVIDER_ID,
    shipping_profile_id: profile,
    data: { zone },
  })

  it("keeps delivery and only each co-op's pickup option for the zone its items need", () => {
    const options = [
      delivery,
      pickup("ambient"),
      pickup("chilled"),
      pickup("frozen"),
      pickup("ambient", "sp_b"),
      pickup("chilled", "sp_b"),
    ]
    const kept = keepMatchingPickupOptions(
      options,
      new Map([
        ["sp_a", "chilled"],
        ["sp_b", "ambient"],
      ] as const)
    )
    expect(kept.map((o) => o.id)).toEqual(["d", "sp_a-chilled", "sp_b-ambient"])
  })

  it("drops pickup options of profiles with nothing in the cart", () => {
    expect(keepMatchingPickupOptions([pickup("ambient")], new Map())).toEqual(
      []
    )
  })
})

describe("zonesByProfile", () => {
  it("groups items by shipping profile", () => {
    const zones = zonesByProfile([
      { product: { shipping_profile: { id: "a" }, metadata: null } },
      {
        product: {
          shipping_profile: { id: "a" },
          metadata: { temperature_class: "chilled" },
        },
      },
      { product: { shipping_profile: { id: "b" }, metadata: null } },
      { product: null },
    ])
    expect([...zones]).toEqual([
      ["a", "chilled"],
      ["b", "ambient"],
    ])
  })
})

describe("planOrderPickups", () => {
  const cart = {
    items: [
      { id: "li_1", product: { metadata: { temperature_class: "chilled" } } },
      { id: "li_2", product: { metadata: null } },
    ],
    shipping_methods: [
      {
        shipping_option_id: "so_pick",
        shipping_option: { provider_id: PICKUP_PROVIDER_ID },
      },
      {
        shipping_option_id: "so_del",
        shipping_option: { provider_id: "manual_manual" },
      },
    ],
  }
  const now = new Date("2026-11-23T02:00:00Z")

  it("gives pickup orders their point, the zone of their items, the arrival day and consent", () => {
    const plans = planOrderPickups(
      cart,
      [
        {
          items: [{ metadata: { cart_line_item_id: "li_1" } }],
          shipping_methods: [
            {
              shipping_option_id: "so_pick",
              data: {
                pickup_point_id: "pkpt_1",
                locker_consent: true,
                locker_consent_at: "2026-11-23T01:59:00.000Z",
              },
            },
          ],
        },
        {
          items: [{ metadata: { cart_line_item_id: "li_2" } }],
          shipping_methods: [{ shipping_option_id: "so_del", data: {} }],
        },
      ],
      now
    )
    expect(plans).toEqual([
      {
        point_id: "pkpt_1",
        zone: "chilled",
        arrival_date: "2026-11-24",
        locker_consent_at: "2026-11-23T01:59:00.000Z",
      },
      null,
    ])
  })

  it("ignores a pickup_point_id smuggled into a delivery method's data", () => {
    const [plan] = planOrderPickups(
      cart,
      [
        {
          items: [{ metadata: { cart_line_item_id: "li_2" } }],
          shipping_methods: [
            {
              shipping_option_id: "so_del",
              data: { pickup_point_id: "pkpt_1" },
            },
          ],
        },
      ],
      now
    )
    expect(plan).toBeNull()
  })
})

describe("pickupMethodProblem", () => {
  const coop = { shipping_profile: { id: "sp_1" } }
  const orange = {
    product_title: "奉节脐橙",
    product: { metadata: null, vendor: coop },
  }
  const pork = {
    product_title: "城口老腊肉",
    product: { metadata: { temperature_class: "chilled" }, vendor: coop },
  }
  const method = (zone: string, data: Record<string, unknown> = {}) => ({
    name: `自提·${zone}`,
    data: { pickup_point_id: "pkpt_1", ...data },
    shipping_option: {
      provider_id: PICKUP_PROVIDER_ID,
      shipping_profile_id: "sp_1",
      data: { zone },
    },
  })

  it("accepts a pickup option for the zone the co-op's items need, and other options", () => {
    expect(
      pickupMethodProblem({
        id: "cart_1",
        items: [orange, pork],
        shipping_methods: [
          method("chilled"),
          { name: "送货", shipping_option: { provider_id: "manual_manual" } },
        ],
      })
    ).toBeNull()
  })

  it("names the item and the zone when the items changed after the option was chosen", () => {
    expect(
      pickupMethodProblem({
        id: "cart_1",
        items: [orange, pork],
        shipping_methods: [method("ambient")],
      })
    ).toBe(
      'shipping_methods: "城口老腊肉" needs 冷藏 / chilled storage, but the pickup option chosen, "自提·ambient", is for ambient parcels; choose this co-op\'s chilled pickup option again (POST /store/carts/cart_1/shipping-methods).'
    )
    expect(
      pickupMethodProblem({
        id: "cart_1",
        items: [orange],
        shipping_methods: [method("chilled")],
      })
    ).toMatch(/^shipping_methods: "奉节脐橙" needs 常温 \/ ambient storage/)
  })

  it("refuses a pickup method without a point", () => {
    expect(
      pickupMethodProblem({
        id: "cart_1",
        items: [orange],
        shipping_methods: [method("ambient", { pickup_point_id: " " })],
      })
    ).toMatch(/has no data\.pickup_point_id/)
  })
})

describe("withOrderPickup", () => {
  const pickup = {
    point_id: "pkpt_1",
    zone: "ambient" as const,
    arrival_date: "2026-11-24",
    locker_consent_at: null,
  }

  it("records checkout's pickup and drops one the cart's metadata carried in", () => {
    const smuggled = { vendor_id: "ven_1", pickup: { point_id: "pkpt_x" } }
    expect(withOrderPickup(smuggled, pickup)).toEqual({
      vendor_id: "ven_1",
      pickup,
    })
    expect(withOrderPickup(smuggled, null)).toEqual({ vendor_id: "ven_1" })
    expect(withOrderPickup(null, null)).toEqual({})
  })
})

describe("pickup provider data", () => {
  const now = new Date("2026-11-23T02:00:00Z")

  it("requires a pickup_point_id string", () => {
    for (const data of [{}, { pickup_point_id: 7 }, { pickup_point_id: " " }]) {
      const result = checkPickupMethodData(data, now)
      expect(result).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^data\.pickup_point_id is required/),
      })
    }
  })

  it("requires locker_consent to be a boolean, and stamps consent with the time", () => {
    expect(
      checkPickupMethodData(
        { pickup_point_id: "p", locker_consent: "yes" },
        now
      )
    ).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^data\.locker_consent must be true or false/
      ),
    })
    expect(
      checkPickupMethodData({ pickup_point_id: "p", locker_consent: true }, now)
    ).toEqual({
      ok: true,
      data: {
        pickup_point_id: "p",
        locker_consent: true,
        locker_consent_at: now.toISOString(),
      },
    })
    expect(checkPickupMethodData({ pickup_point_id: " p " }, now)).toEqual({
      ok: true,
      data: { pickup_point_id: "p" },
    })
  })

  it("requires option data with a known zone", () => {
    expect(checkPickupOptionData({ zone: "chilled" })).toBeNull()
    expect(checkPickupOptionData({ zone: "warm" })).toMatch(
      /^data\.zone must be/
    )
    expect(checkPickupOptionData(null)).toMatch(/^data\.zone must be/)
  })
})
