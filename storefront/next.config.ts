import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // storefront/ is its own app; the repository root has another lockfile.
  outputFileTracingRoot: path.resolve(__dirname),
}

export default withNextIntl(nextConfig)
