// Readable progress output for npm start / npm test, with no dependencies:
// these scripts run before `npm ci` has installed anything.
const started = Date.now()
const useColor = process.stdout.isTTY && !process.env.NO_COLOR

const paint = (code, text) => (useColor ? `\x1b[${code}m${text}\x1b[0m` : text)

export const elapsed = () => ((Date.now() - started) / 1000).toFixed(1)

export function step(message) {
  console.log(
    `${paint("36", "▸")} ${message} ${paint("2", `(${elapsed()} s)`)}`
  )
}

export function info(message) {
  console.log(`  ${message}`)
}

export function warn(message) {
  console.warn(`${paint("33", "!")} ${message}`)
}

export function fail(message) {
  console.error(`${paint("31", "✗")} ${message}`)
}
