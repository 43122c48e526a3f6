import type { CatalogueProduct } from "../../../types/catalogue"
import ProductCard from "../components/product-card"

export default function ProductGrid({
  products,
  locale,
  testId = "product-grid",
}: {
  products: CatalogueProduct[]
  locale: string
  testId?: string
}) {
  return (
    <ul className="grid" data-testid={testId}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} locale={locale} />
      ))}
    </ul>
  )
}
