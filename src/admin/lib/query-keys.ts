/**
 * Query keys per resource, in the dashboard's shape, so that one mutation
 * can invalidate every list or one detail of a resource.
 */
export const queryKeysFactory = <const T extends string>(resource: T) => {
  const all = [resource] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: Record<string, unknown>) =>
      [...all, "list", { query }] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string, query?: Record<string, unknown>) =>
      [...all, "detail", id, { query }] as const,
  }
}
