import type { CatalogueProduct } from "../../../types/catalogue"
import ProductCard from "../components/product-card"

export default function ProductGrid({
  products,
  locale,
  testId = "product-grid",
  priorityCount = 2,
}: {
  products: CatalogueProduct[]
  locale: string
  testId?: string
  /** Cards whose photos load first: the first row on a phone. */
  priorityCount?: number
}) {
  return (
    <ul className="grid" data-testid={testId}>
      {products.map((product, i) => (
        <ProductCard
          key={product.id}
          product={product}
          locale={locale}
          priority={i < priorityCount}
        />
      ))}
    </ul>
  )
}
