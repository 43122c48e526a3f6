import {
  idsByStatus,
  type LedgerLineState,
  planPayoutLineCancellation,
} from "../payout-line-cancellation"

const line = (
  id: string,
  status: LedgerLineState["status"]
): LedgerLineState => ({ id, order_id: `order_${id}`, status })

describe("planPayoutLineCancellation", () => {
  it("cancels pending and payable lines and reports paid ones", () => {
    const plan = planPayoutLineCancellation([
      line("a", "pending"),
      line("b", "payable"),
      line("c", "paid"),
      line("d", "cancelled"),
    ])
    expect(plan.cancel.map((l) => l.id)).toEqual(["a", "b"])
    expect(plan.paid.map((l) => l.id)).toEqual(["c"])
  })

  it("has nothing to do for lines already cancelled, so a rerun changes nothing", () => {
    expect(
      planPayoutLineCancellation([line("a", "cancelled"), line("b", "paid")])
        .cancel
    ).toEqual([])
    expect(planPayoutLineCancellation([])).toEqual({ cancel: [], paid: [] })
  })
})

describe("idsByStatus", () => {
  it("groups line ids by the status to restore", () => {
    expect(
      idsByStatus([
        line("a", "pending"),
        line("b", "payable"),
        line("c", "pending"),
      ])
    ).toEqual({ pending: ["a", "c"], payable: ["b"] })
  })
})
