import { lastOwnerProblem } from "../vendor-members"

describe("lastOwnerProblem", () => {
  const owner = { id: "vmem_owner", role: "owner", status: "active" }
  const manager = { id: "vmem_manager", role: "manager", status: "active" }

  it("refuses to demote or remove the only owner, naming the member", () => {
    expect(lastOwnerProblem([owner, manager], owner.id, "manager")).toMatch(
      /"vmem_owner" is the co-op's last owner and cannot become manager/
    )
    expect(lastOwnerProblem([owner, manager], owner.id, null)).toMatch(
      /last owner and cannot be removed/
    )
  })

  it("allows it when another active owner remains", () => {
    const second = { id: "vmem_2", role: "owner", status: "active" }
    expect(lastOwnerProblem([owner, second], owner.id, "staff")).toBeNull()
    expect(lastOwnerProblem([owner, second], owner.id, null)).toBeNull()
  })

  it("does not count an owner who has not accepted the invitation", () => {
    const invited = { id: "vmem_3", role: "owner", status: "invited" }
    expect(lastOwnerProblem([owner, invited], owner.id, null)).not.toBeNull()
  })

  it("ignores changes to non-owners and owners staying owner", () => {
    expect(lastOwnerProblem([owner, manager], manager.id, null)).toBeNull()
    expect(lastOwnerProblem([owner], owner.id, "owner")).toBeNull()
    expect(lastOwnerProblem([owner], "vmem_unknown", null)).toBeNull()
  })
})
