import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Several builds may share one checkout (npm start, the browser tests,
  // the bench); each can keep its own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  images: { unoptimized: true },
  // storefront/ is its own app; the repository root has another lockfile.
  outputFileTracingRoot: path.resolve(__dirname),
  // Every page's metadata comes from the same cached read as the page, so
  // streaming it into <body> gains nothing; keep title and description in
  // <head> for every client, not only the crawlers Next knows.
  htmlLimitedBots: /.*/,
  // The shop is never framed; nothing sniffs a type the server did not send.
  // HSTS is left to the TLS-terminating proxy, which knows whether it is https.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ]
  },
  experimental: {
    // The stylesheet is small (~4 kB compressed): inline it rather than make
    // the first paint wait for a second request on a phone's network.
    inlineCss: true,
  },
}

export default withNextIntl(nextConfig)
