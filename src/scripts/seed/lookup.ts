/** Small lookups that make each seed section idempotent. */

type Log = (message: string) => void

export async function findId(
  query: { graph: (config: any) => Promise<{ data: any[] }> },
  entity: string,
  filters: Record<string, unknown>
): Promise<string | undefined> {
  const { data } = await query.graph({ entity, fields: ["id"], filters })
  return data[0]?.id
}

export async function findOrCreate(
  log: Log,
  label: string,
  find: () => Promise<string | undefined>,
  create: () => Promise<string>
): Promise<string> {
  const found = await find()
  if (found) {
    log(`${label}: kept`)
    return found
  }
  const id = await create()
  log(`${label}: created`)
  return id
}
