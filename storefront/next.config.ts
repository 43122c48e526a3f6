import path from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

type RemotePattern = {
  protocol: "http" | "https"
  hostname: string
  port?: string
  pathname: string
}

/**
 * Where product photos may come from: the backend's File module (the local
 * provider serves them under /static on any localhost port, which covers
 * `npm start` and the browser tests' build) and, in production, the hosts
 * named at build time by MEDUSA_BACKEND_URL and MEDUSA_IMAGE_HOSTS
 * (comma-separated origins, e.g. an S3 bucket's). Anything else renders
 * unoptimised rather than through the image optimiser.
 */
function imageRemotePatterns(): RemotePattern[] {
  const patterns: RemotePattern[] = ["localhost", "127.0.0.1"].map(
    (hostname) => ({ protocol: "http", hostname, pathname: "/static/**" })
  )
  const origins = [
    process.env.MEDUSA_BACKEND_URL,
    process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL,
    ...(process.env.MEDUSA_IMAGE_HOSTS ?? "").split(","),
  ]
  for (const origin of origins) {
    try {
      const url = new URL((origin ?? "").trim())
      patterns.push({
        protocol: url.protocol === "http:" ? "http" : "https",
        hostname: url.hostname,
        ...(url.port ? { port: url.port } : {}),
        pathname: "/**",
      })
    } catch {
      // Not set, or not a URL.
    }
  }
  return patterns
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Several builds may share one checkout (npm start, the browser tests,
  // the bench); each can keep its own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Photos are resized per device and sent as WebP (AVIF costs several
  // times the CPU to encode on a first request, for a few kB less).
  images: {
    formats: ["image/webp"],
    deviceSizes: [360, 480, 640, 828, 1080, 1600],
    imageSizes: [64, 96, 160, 240, 320],
    minimumCacheTTL: 60 * 60 * 24 * 30,
    remotePatterns: imageRemotePatterns(),
  },
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
    // The co-op console uploads up to three 8 MB photos through one action.
    serverActions: { bodySizeLimit: "26mb" },
    // The stylesheet is small (~4 kB compressed): inline it rather than make
    // the first paint wait for a second request on a phone's network.
    inlineCss: true,
  },
}

export default withNextIntl(nextConfig)
