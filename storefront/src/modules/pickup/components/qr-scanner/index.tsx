"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { handoverWithQr } from "@lib/data/pickup-staff-actions"
import { parsePickupQr } from "../../lib/code"
import s from "../../console.module.css"

type Detector = {
  detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]>
}

/**
 * The browser's own BarcodeDetector where it reads QR codes (Chrome on
 * Android), else the `barcode-detector` ponyfill (ZXing in WebAssembly),
 * loaded only now, with its .wasm served by this app rather than a CDN.
 */
async function createDetector(): Promise<Detector> {
  const native = (
    globalThis as {
      BarcodeDetector?: {
        new (options: { formats: string[] }): Detector
        getSupportedFormats?: () => Promise<string[]>
      }
    }
  ).BarcodeDetector
  if (native && (await native.getSupportedFormats?.())?.includes("qr_code")) {
    return new native({ formats: ["qr_code"] })
  }
  const { BarcodeDetector, prepareZXingModule } =
    await import("barcode-detector/ponyfill")
  const wasm = new URL("zxing-wasm/reader/zxing_reader.wasm", import.meta.url)
    .href
  prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith(".wasm") ? wasm : prefix + path,
    },
  })
  return new BarcodeDetector({ formats: ["qr_code"] }) as unknown as Detector
}

type Phase =
  "idle" | "starting" | "scanning" | "checking" | "denied" | "unsupported"

/**
 * Scans the customer's pickup QR with the camera and hands the parcel over;
 * a scanner gun (or pasting) into the field below does the same. Anything
 * that is not a Tiantou pickup QR is ignored with a word, and scanning goes on.
 */
export default function QrScanner({
  locale,
  text,
}: {
  locale: string
  text: Record<
    | "start"
    | "stop"
    | "starting"
    | "scanning"
    | "checking"
    | "denied"
    | "unsupported"
    | "notOurs"
    | "video"
    | "wedgeLabel"
    | "wedgeSubmit",
    string
  >
}) {
  const [state, action, pending] = useActionState(handoverWithQr, {
    error: null,
  })
  const [phase, setPhase] = useState<Phase>("idle")
  const [notOurs, setNotOurs] = useState(false)
  const video = useRef<HTMLVideoElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const qrField = useRef<HTMLInputElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const rejected = useRef<string | null>(null)

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    setPhase("idle")
  }

  useEffect(() => stop, [])

  useEffect(() => {
    // The backend refused this QR: say why, and keep scanning for another.
    if (state.error && stream.current) {
      rejected.current = qrField.current?.value ?? null
      setPhase("scanning")
    }
  }, [state])

  useEffect(() => {
    if (phase !== "scanning") {
      return
    }
    let cancelled = false
    let timer = 0
    let detector: Detector | null = null
    const loop = async () => {
      if (cancelled || !video.current) {
        return
      }
      try {
        detector ??= await createDetector()
        const found = await detector.detect(video.current)
        const values = found.map((f) => f.rawValue)
        const ours = values.map(parsePickupQr).find(Boolean)
        setNotOurs(values.length > 0 && !ours)
        if (ours && ours.qr !== rejected.current && qrField.current) {
          qrField.current.value = ours.qr
          setPhase("checking")
          form.current?.requestSubmit()
          return
        }
      } catch {
        setPhase("unsupported")
        return
      }
      timer = window.setTimeout(loop, 250)
    }
    loop()
    return () => {
      cancelled = true
      window.clearTimeout(timer)
    }
  }, [phase])

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setPhase("unsupported")
      return
    }
    setPhase("starting")
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: "environment" } },
        audio: false,
      })
      if (video.current) {
        video.current.srcObject = stream.current
        await video.current.play()
      }
      setPhase("scanning")
    } catch {
      setPhase("denied")
    }
  }

  const live =
    phase === "scanning" || phase === "checking" || phase === "starting"
  const note =
    phase === "starting"
      ? text.starting
      : phase === "checking" || pending
        ? text.checking
        : phase === "scanning"
          ? notOurs
            ? text.notOurs
            : text.scanning
          : phase === "denied"
            ? text.denied
            : phase === "unsupported"
              ? text.unsupported
              : null

  return (
    <div data-testid="pickup-scanner">
      <div className={s.viewfinder} hidden={!live}>
        <video
          ref={video}
          className={s.video}
          muted
          playsInline
          aria-label={text.video}
        />
      </div>
      <p role="status" aria-live="polite" data-testid="pickup-scan-status">
        {note}
      </p>
      <p>
        {live ? (
          <button type="button" className={`secondary ${s.big}`} onClick={stop}>
            {text.stop}
          </button>
        ) : (
          <button
            type="button"
            className={s.big}
            onClick={start}
            data-testid="pickup-scan-start"
          >
            {text.start}
          </button>
        )}
      </p>
      <form ref={form} action={action} data-testid="pickup-qr-form">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="pickup-qr">{text.wedgeLabel}</label>
        <div className={s.search}>
          <input
            ref={qrField}
            id="pickup-qr"
            name="qr"
            autoComplete="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="go"
            data-testid="pickup-qr-input"
          />
          <button
            type="submit"
            disabled={pending}
            data-testid="pickup-qr-submit"
          >
            {text.wedgeSubmit}
          </button>
        </div>
        <div role="alert" aria-live="assertive">
          {state.error ? (
            <p
              className={s.alert}
              data-testid="pickup-handover-error"
              data-kind={state.detail}
            >
              {state.error}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  )
}
