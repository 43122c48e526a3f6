import { getTranslations } from "next-intl/server"
import {
  changeProductPhoto,
  uploadProductPhotos,
} from "@lib/data/vendor-photo-actions"
import ProductImage from "@modules/common/components/product-image"
import CoopForm from "../../components/coop-form"
import Field from "../../components/field"
import {
  MAX_PHOTOS_PER_UPLOAD,
  PHOTO_TYPES,
  productPhotos,
} from "../../lib/photos"
import { EditSection, ProductIds, type SectionProps } from "./shared"
import styles from "../../console.module.css"

/** The product's photos: upload, make one the main photo, move, remove. */
export async function PhotosSection({
  locale,
  product,
  can,
  errors,
}: SectionProps) {
  const t = await getTranslations({ locale, namespace: "coopProducts" })
  const photos = productPhotos(product)
  const action = (
    url: string,
    move: "first" | "earlier" | "remove",
    label: string,
    pending: string,
    testId: string
  ) => (
    <CoopForm
      action={changeProductPhoto}
      submitLabel={label}
      pendingLabel={pending}
      errors={errors}
      submitClassName="secondary"
      submitTestId={testId}
    >
      <ProductIds locale={locale} productId={product.id} />
      <input type="hidden" name="url" value={url} />
      <input type="hidden" name="move" value={move} />
    </CoopForm>
  )
  return (
    <EditSection id="photos" title={t("photosSection")} testId="coop-photos">
      {photos.length ? (
        <ol className={styles.photos} data-testid="coop-photo-list">
          {photos.map((photo, i) => (
            <li key={photo.url} data-testid="coop-photo">
              <ProductImage
                src={photo.thumbnail}
                alt={t("photoAlt", { n: i + 1 })}
                width={160}
                height={160}
                sizes="10rem"
              />
              {i === 0 ? <p className="muted">{t("photoMain")}</p> : null}
              {can.editCatalogue ? (
                <div className={styles.photoActions}>
                  {i > 0
                    ? action(
                        photo.url,
                        "first",
                        t("photoMakeMain"),
                        t("photoSaving"),
                        "coop-photo-first"
                      )
                    : null}
                  {i > 1
                    ? action(
                        photo.url,
                        "earlier",
                        t("photoEarlier"),
                        t("photoSaving"),
                        "coop-photo-earlier"
                      )
                    : null}
                  {action(
                    photo.url,
                    "remove",
                    t("photoRemove"),
                    t("photoSaving"),
                    "coop-photo-remove"
                  )}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted" data-testid="coop-no-photos">
          {t("noPhotos")}
        </p>
      )}
      {can.editCatalogue ? (
        <CoopForm
          action={uploadProductPhotos}
          submitLabel={t("photoUpload")}
          pendingLabel={t("photoUploading")}
          okLabel={t("photoUploaded")}
          errors={errors}
          resetOnOk
          testId="coop-photo-upload"
          submitTestId="coop-photo-upload-submit"
        >
          <ProductIds locale={locale} productId={product.id} />
          <Field
            id="photos-input"
            name="photos"
            label={t("photoChoose")}
            hint={t("photoHint", { count: MAX_PHOTOS_PER_UPLOAD })}
          >
            <input
              id="photos-input"
              name="photos"
              type="file"
              accept={PHOTO_TYPES.join(",")}
              multiple
              required
              aria-describedby="photos-input-hint"
              data-testid="coop-photo-input"
            />
          </Field>
        </CoopForm>
      ) : null}
    </EditSection>
  )
}
