import { getImageProps } from "next/image"
import { optimizable } from "@lib/util/images"

/**
 * A product photo through the image optimiser: WebP, resized to `sizes`,
 * as a plain <img> with no client JS. `priority` is for the one image that
 * is the page's largest paint.
 */
export default function ProductImage({
  src,
  alt,
  width,
  height,
  sizes,
  className,
  priority = false,
  testId,
}: {
  src: string
  alt: string
  width: number
  height: number
  sizes: string
  className?: string
  priority?: boolean
  testId?: string
}) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    priority,
    quality: 70,
    unoptimized: !optimizable(src),
  })
  return (
    // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text
    <img
      {...props}
      className={className}
      decoding="async"
      data-testid={testId}
    />
  )
}
