import {
  afterWrongCode,
  collectableUntil,
  describeWait,
  handoverLock,
  HANDOVER_LOCK_MINUTES,
  MAX_HANDOVER_ATTEMPTS,
  nextCompartment,
  handoverLockedRefusal,
  overdueTransition,
  parcelStatusRefusal,
  qrRefusal,
  storageDeadline,
  unlockRefusal,
  wrongCodeRefusal,
} from "../parcel-rules"

const now = new Date("2026-11-23T08:00:00Z")
const minutes = (n: number) => new Date(now.getTime() + n * 60_000)
const hours = (n: number) => new Date(now.getTime() + n * 3600_000)

describe("handover lockout", () => {
  it("counts down the attempts left, then locks for 15 minutes at the fifth", () => {
    let state = { failed_attempts: 0, locked_until: null as Date | null }
    const left: number[] = []
    for (let i = 0; i < MAX_HANDOVER_ATTEMPTS; i++) {
      const next = afterWrongCode(state, now)
      left.push(next.attempts_left)
      state = next
    }
    expect(left).toEqual([4, 3, 2, 1, 0])
    expect(state.failed_attempts).toBe(5)
    expect(state.locked_until).toEqual(minutes(HANDOVER_LOCK_MINUTES))
  })

  it("reports the time left while locked", () => {
    const locked = { failed_attempts: 5, locked_until: minutes(15) }
    expect(handoverLock(locked, now)).toEqual({
      locked: true,
      seconds_left: 900,
      failed_attempts: 5,
    })
    expect(handoverLock(locked, minutes(14.5)).seconds_left).toBe(30)
    expect(describeWait(900)).toBe("15 min 0 s")
    expect(describeWait(30)).toBe("30 s")
  })

  it("gives a fresh set of attempts when the lock has run out", () => {
    const expired = { failed_attempts: 5, locked_until: minutes(-1) }
    expect(handoverLock(expired, now)).toEqual({
      locked: false,
      seconds_left: 0,
      failed_attempts: 0,
    })
    expect(afterWrongCode(expired, now)).toEqual({
      failed_attempts: 1,
      locked_until: null,
      attempts_left: 4,
    })
  })

  it("accepts ISO strings from the database", () => {
    expect(
      handoverLock(
        { failed_attempts: 5, locked_until: minutes(1).toISOString() },
        now
      ).locked
    ).toBe(true)
  })
})

describe("nextCompartment", () => {
  it("takes the zone's lowest free label", () => {
    expect(nextCompartment("ambient", [])).toBe("A-01")
    expect(nextCompartment("chilled", ["C-01", "C-02", "A-03"])).toBe("C-03")
    expect(nextCompartment("frozen", ["F-02"])).toBe("F-01")
  })
})

describe("storageDeadline", () => {
  it("adds the free-storage hours", () => {
    expect(storageDeadline(now, 48)).toEqual(hours(48))
  })
})

describe("collectableUntil", () => {
  it("is the deadline plus the grace hours, when the parcel is returned", () => {
    expect(collectableUntil(now, 24)).toEqual(hours(24))
    expect(collectableUntil(now.toISOString(), 0)).toEqual(now)
    expect(
      overdueTransition(
        { status: "overdue", deadline_at: now },
        24,
        collectableUntil(now, 24)!
      )
    ).toBe("returned")
  })

  it("is open-ended for a parcel without a deadline", () => {
    expect(collectableUntil(null, 24)).toBeNull()
  })
})

describe("overdueTransition", () => {
  const ready = { status: "ready_for_pickup" as const, deadline_at: now }

  it("leaves parcels alone before the deadline", () => {
    expect(overdueTransition(ready, 24, minutes(-1))).toBeNull()
  })

  it("moves a ready parcel past its deadline to overdue", () => {
    expect(overdueTransition(ready, 24, now)).toBe("overdue")
    expect(overdueTransition(ready, 24, hours(23))).toBe("overdue")
  })

  it("returns it after the grace hours, from overdue or straight from ready", () => {
    const overdue = { ...ready, status: "overdue" as const }
    expect(overdueTransition(overdue, 24, hours(23))).toBeNull()
    expect(overdueTransition(overdue, 24, hours(24))).toBe("returned")
    expect(overdueTransition(ready, 24, hours(25))).toBe("returned")
  })

  it("ignores parcels not at the point", () => {
    for (const status of [
      "awaiting_arrival",
      "picked_up",
      "returned",
      "cancelled",
    ] as const) {
      expect(
        overdueTransition({ status, deadline_at: now }, 0, hours(99))
      ).toBeNull()
    }
    expect(
      overdueTransition(
        { status: "ready_for_pickup", deadline_at: null },
        0,
        now
      )
    ).toBeNull()
  })
})

describe("handover refusals", () => {
  it("name the rule and the values the console words them with", () => {
    expect(
      wrongCodeRefusal("pcl_1", "code", {
        attempts_left: 3,
        locked_until: null,
      })
    ).toEqual({
      field: "code",
      rule: "wrong_code",
      values: { attempts_left: 3 },
      message: "code is wrong; 3 attempts left.",
    })
    expect(
      wrongCodeRefusal("pcl_1", "code", {
        attempts_left: 1,
        locked_until: null,
      }).message
    ).toBe("code is wrong; 1 attempt left.")
    expect(
      wrongCodeRefusal("pcl_1", "qr", {
        attempts_left: 0,
        locked_until: minutes(15),
      })
    ).toEqual({
      field: "qr",
      rule: "wrong_code_locked",
      values: { retry_after_s: 900, max_attempts: 5 },
      message:
        'code is wrong; no attempts left, parcel "pcl_1" is locked for 15 minutes.',
    })
    expect(handoverLockedRefusal("pcl_1", "code", 725)).toEqual({
      field: "code",
      rule: "code_locked",
      values: { retry_after_s: 725, max_attempts: 5 },
      message:
        'code entry for parcel "pcl_1" is locked after 5 wrong codes; try again in 12 min 5 s.',
    })
    expect(qrRefusal("pcl_1", "expired")).toMatchObject({
      field: "qr",
      rule: "qr_expired",
      values: {},
    })
    expect(qrRefusal("pcl_1", "other_parcel").rule).toBe("qr_other_parcel")
    expect(qrRefusal("pcl_1", "invalid").rule).toBe("qr_invalid")
    expect(
      parcelStatusRefusal(
        { id: "pcl_1", status: "ready_for_pickup" },
        ["awaiting_arrival"],
        "received"
      )
    ).toEqual({
      field: "",
      rule: "parcel_status",
      values: { status: "ready_for_pickup", allowed: ["awaiting_arrival"] },
      message:
        'Parcel "pcl_1" is ready_for_pickup; only awaiting_arrival parcels can be received.',
    })
  })
})

describe("unlockRefusal", () => {
  const locked = {
    id: "pcl_1",
    point_id: "pkpt_1",
    status: "ready_for_pickup" as const,
    failed_attempts: 5,
    locked_until: minutes(10),
  }
  const manager = {
    type: "pickup_staff" as const,
    id: "pkst_1",
    role: "manager" as const,
  }

  it("lets the point's manager and an admin unlock a parcel with wrong codes against it", () => {
    expect(unlockRefusal(locked, manager)).toBeNull()
    expect(unlockRefusal(locked, { type: "user", id: "user_1" })).toBeNull()
    // A lock that ran out still counts: the attempts are cleared for good.
    expect(
      unlockRefusal({ ...locked, locked_until: minutes(-1) }, manager)
    ).toBeNull()
    expect(unlockRefusal({ ...locked, status: "overdue" }, manager)).toBeNull()
  })

  it("refuses plain staff, parcels not at the counter and parcels with nothing to unlock", () => {
    expect(
      unlockRefusal(locked, {
        type: "pickup_staff",
        id: "pkst_2",
        role: "staff",
      })?.rule
    ).toBe("not_manager")
    expect(unlockRefusal({ ...locked, status: "picked_up" }, manager)).toEqual({
      field: "",
      rule: "parcel_status",
      values: { status: "picked_up", allowed: ["ready_for_pickup", "overdue"] },
      message:
        'Parcel "pcl_1" is picked_up; only ready_for_pickup or overdue parcels can be unlocked.',
    })
    expect(
      unlockRefusal(
        { ...locked, failed_attempts: 0, locked_until: null },
        manager
      )?.rule
    ).toBe("nothing_to_unlock")
  })
})
