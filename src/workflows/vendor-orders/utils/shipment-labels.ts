export type ShipmentLabel = {
  tracking_number: string
  tracking_url: string
  label_url: string
}

/**
 * The labels a shipment leaves on its fulfilment. Medusa's shipment
 * replaces the fulfilment's labels with the ones given (none when the body
 * has none), which erased the tracking number saved when the co-op packed
 * the order; so a shipment without `labels` keeps the saved ones, and an
 * explicit list (even an empty one) replaces them.
 */
export function shipmentLabels(
  given: ShipmentLabel[] | undefined | null,
  saved: ({
    tracking_number?: string | null
    tracking_url?: string | null
    label_url?: string | null
  } | null)[]
): ShipmentLabel[] {
  if (given) {
    return given
  }
  return saved
    .filter((l): l is NonNullable<typeof l> => !!l?.tracking_number)
    .map((l) => ({
      tracking_number: l.tracking_number as string,
      tracking_url: l.tracking_url ?? "",
      label_url: l.label_url ?? "",
    }))
}
