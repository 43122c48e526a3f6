/**
 * The current values of exactly the fields an update is about to change, so
 * an update step's compensation can put them back without touching fields
 * the update left alone.
 */
export function previousFields<T extends object>(
  before: T,
  update: object
): ReturnType<typeof Object.fromEntries> {
  return Object.fromEntries(
    Object.keys(update).map((key) => [key, before[key as keyof T]])
  )
}
