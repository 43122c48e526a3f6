/** The cheapest variant in stock: the one a shopper most often starts from. */
export function cheapestInStock<
  T extends { id: string; amount: number | null; inStock: boolean },
>(variants: T[]): string | undefined {
  return [...variants]
    .filter((v) => v.inStock)
    .sort((a, b) => (a.amount ?? Infinity) - (b.amount ?? Infinity))[0]?.id
}
