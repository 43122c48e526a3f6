import "server-only"
import { revalidatePath } from "next/cache"

/**
 * After a console change: re-render the console's pages (their operational
 * data is read live, so this only makes Next send the fresh page back with
 * the action's answer, in either language).
 */
export function refreshConsole() {
  revalidatePath("/[locale]/co-op", "layout")
}
