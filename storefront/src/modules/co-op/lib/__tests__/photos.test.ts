import assert from "node:assert/strict"
import { describe, it } from "node:test"
import {
  movePhoto,
  photoFilesProblem,
  photosUpdate,
  productPhotos,
} from "../photos"

const MB = 1024 * 1024
const jpeg = (size = MB) => ({ name: "橙园.jpg", type: "image/jpeg", size })

describe("photoFilesProblem", () => {
  it("lets one to three JPEG, PNG or WebP photos of up to 8 MB through", () => {
    assert.equal(photoFilesProblem([jpeg()], 0), null)
    assert.equal(
      photoFilesProblem(
        [jpeg(), { name: "a.webp", type: "image/webp", size: 8 * MB }],
        2
      ),
      null
    )
  })

  it("names what is wrong", () => {
    assert.equal(photoFilesProblem([], 0), "photoRequired")
    // A form with no file chosen sends one empty file.
    assert.equal(photoFilesProblem([jpeg(0)], 0), "photoRequired")
    assert.equal(
      photoFilesProblem([jpeg(), jpeg(), jpeg(), jpeg()], 0),
      "photoCount"
    )
    assert.equal(photoFilesProblem([jpeg()], 12), "photoTotal")
    assert.equal(
      photoFilesProblem([{ name: "a.gif", type: "image/gif", size: 10 }], 0),
      "photoType"
    )
    assert.equal(photoFilesProblem([jpeg(8 * MB + 1)], 0), "photoSize")
  })
})

describe("photos of a product", () => {
  const product = {
    images: [
      { url: "https://x/b.webp", rank: 1 },
      { url: "https://x/a.webp", rank: 0 },
    ],
    metadata: {
      title_en: "Orange",
      photo_thumbnails: { "https://x/a.webp": "https://x/a-thumb.webp" },
    },
  }
  const photos = productPhotos(product)

  it("lists them by rank with their thumbnails, the photo itself when none is known", () => {
    assert.deepEqual(photos, [
      { url: "https://x/a.webp", thumbnail: "https://x/a-thumb.webp" },
      { url: "https://x/b.webp", thumbnail: "https://x/b.webp" },
    ])
  })

  it("moves a photo first or one earlier, or removes it", () => {
    const urls = (list: { url: string }[]) => list.map((p) => p.url)
    assert.deepEqual(urls(movePhoto(photos, 1, "first")), [
      "https://x/b.webp",
      "https://x/a.webp",
    ])
    assert.deepEqual(urls(movePhoto(photos, 1, "earlier")), [
      "https://x/b.webp",
      "https://x/a.webp",
    ])
    assert.deepEqual(urls(movePhoto(photos, 0, "earlier")), urls(photos))
    assert.deepEqual(urls(movePhoto(photos, 0, "remove")), ["https://x/b.webp"])
    assert.deepEqual(movePhoto(photos, 5, "remove"), photos)
  })

  it("sets the gallery, the first photo's thumbnail and keeps other metadata", () => {
    assert.deepEqual(photosUpdate(photos, product.metadata), {
      images: [{ url: "https://x/a.webp" }, { url: "https://x/b.webp" }],
      thumbnail: "https://x/a-thumb.webp",
      metadata: {
        title_en: "Orange",
        photo_thumbnails: {
          "https://x/a.webp": "https://x/a-thumb.webp",
          "https://x/b.webp": "https://x/b.webp",
        },
      },
    })
    assert.deepEqual(photosUpdate([], null), {
      images: [],
      thumbnail: null,
      metadata: { photo_thumbnails: {} },
    })
  })
})
