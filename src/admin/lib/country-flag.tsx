import type { CSSProperties, HTMLAttributes } from "react"

/**
 * Stands in for `react-country-flag` in the admin build (medusa-config.ts
 * aliases the package here). The dashboard draws country flags with it as
 * `<img>`s from a public CDN, which an offline or firewalled back office
 * cannot reach. This draws the same flags from the `flag-icons` package's
 * SVGs, which the admin build copies beside itself (`/app/4x3/cn.svg`).
 * Same props; `cdnUrl`/`cdnSuffix` are still honoured when a caller sets
 * them.
 */
type Props = HTMLAttributes<HTMLElement> & {
  countryCode: string
  svg?: boolean
  cdnUrl?: string
  cdnSuffix?: string
  style?: CSSProperties
  alt?: string
}

// Regional indicator symbols start here, minus the code of "A".
const OFFSET = 127397

function adminBase() {
  const base = (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL
  return base && base !== "/" ? base.replace(/\/?$/, "/") : "/app/"
}

export const ReactCountryFlag = ({
  countryCode,
  svg = false,
  cdnUrl,
  cdnSuffix = "svg",
  style,
  ...props
}: Props) => {
  if (typeof countryCode !== "string" || !/^[a-z]{2}$/i.test(countryCode)) {
    return null
  }
  if (svg) {
    const src = `${cdnUrl ?? `${adminBase()}4x3/`}${countryCode.toLowerCase()}.${cdnSuffix}`
    return (
      <img
        {...(props as HTMLAttributes<HTMLImageElement>)}
        src={src}
        style={{
          display: "inline-block",
          width: "1em",
          height: "1em",
          verticalAlign: "middle",
          ...style,
        }}
      />
    )
  }
  const emoji = countryCode
    .toUpperCase()
    .replace(/./g, (c) => String.fromCodePoint(c.charCodeAt(0) + OFFSET))
  return (
    <span
      role="img"
      {...props}
      style={{
        display: "inline-block",
        fontSize: "1em",
        lineHeight: "1em",
        verticalAlign: "middle",
        ...style,
      }}
    >
      {emoji}
    </span>
  )
}

export default ReactCountryFlag
