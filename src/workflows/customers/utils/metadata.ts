/**
 * The update that puts `previous` metadata back over `current`. Medusa
 * merges metadata on update (a key set to "" is removed), so writing the
 * previous object alone would keep the keys added since.
 */
export function metadataRestorePatch(
  previous: Record<string, unknown>,
  current: Record<string, unknown>
): Record<string, unknown> {
  const patch: Record<string, unknown> = { ...previous }
  for (const key of Object.keys(current)) {
    if (!(key in previous)) {
      patch[key] = ""
    }
  }
  return patch
}
