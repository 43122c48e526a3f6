import {
  imageProblem,
  isVendorUpload,
  sniffImageType,
  vendorImageName,
} from "../utils/image-files"

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])
const WEBP = Buffer.concat([
  Buffer.from("RIFF"),
  Buffer.from([0x24, 0, 0, 0]),
  Buffer.from("WEBPVP8 "),
])

describe("sniffImageType", () => {
  it("reads JPEG, PNG and WebP from their first bytes and nothing else", () => {
    expect(sniffImageType(JPEG)).toBe("image/jpeg")
    expect(sniffImageType(PNG)).toBe("image/png")
    expect(sniffImageType(WEBP)).toBe("image/webp")
    expect(sniffImageType(Buffer.from("GIF89a"))).toBeNull()
    expect(sniffImageType(Buffer.from("<svg onload=alert(1)>"))).toBeNull()
    expect(sniffImageType(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull()
    expect(sniffImageType(Buffer.alloc(0))).toBeNull()
  })
})

describe("imageProblem", () => {
  const file = (mimeType: string, bytes: Buffer, size = bytes.length) => ({
    filename: "橙子.jpg",
    mimeType,
    bytes,
    size,
  })

  it("accepts a file whose bytes are the allowed type it declares", () => {
    expect(imageProblem(file("image/jpeg", JPEG))).toBeUndefined()
    expect(imageProblem(file("image/webp", WEBP))).toBeUndefined()
  })

  it("names the file and the rule it breaks", () => {
    expect(imageProblem(file("image/gif", JPEG))).toBe(
      'files: "橙子.jpg" is image/gif; photos must be image/jpeg, image/png, image/webp.'
    )
    expect(imageProblem(file("image/png", JPEG))).toBe(
      'files: "橙子.jpg" is declared image/png but its content is image/jpeg.'
    )
    expect(imageProblem(file("image/png", Buffer.from("<svg/>")))).toBe(
      'files: "橙子.jpg" is declared image/png but its content is not an image.'
    )
    expect(imageProblem(file("image/jpeg", JPEG, 9 * 1024 * 1024))).toBe(
      'files: "橙子.jpg" is 9.0 MB; a photo may be at most 8 MB.'
    )
  })
})

describe("isVendorUpload", () => {
  const name = vendorImageName("ven_01ABC", "3f2a9c", false)

  it("knows the co-op's own uploads, as the local provider stores them", () => {
    expect(name).toBe("vendor-ven_01ABC-3f2a9c.webp")
    const url = `http://localhost:9000/static/1733570000000-${name}`
    expect(isVendorUpload(url, "ven_01ABC")).toBe(true)
    expect(
      isVendorUpload(
        `https://files.tiantou.example/${vendorImageName("ven_01ABC", "3f2a9c", true)}`,
        "ven_01ABC"
      )
    ).toBe(true)
  })

  it("refuses another co-op's uploads, other names and non-URLs", () => {
    const url = `http://localhost:9000/static/1733570000000-${name}`
    expect(isVendorUpload(url, "ven_01ABD")).toBe(false)
    expect(isVendorUpload(url, "ven_01")).toBe(false)
    expect(
      isVendorUpload("http://localhost:9000/static/orange.webp", "ven_01ABC")
    ).toBe(false)
    expect(isVendorUpload(name, "ven_01ABC")).toBe(false)
    expect(
      isVendorUpload(`${url}?x=vendor-ven_01ABC-1.webp`, "ven_01ABC")
    ).toBe(true)
  })
})
