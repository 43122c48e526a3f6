import {
  Button,
  Container,
  Heading,
  Select,
  StatusBadge,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import {
  type AdminCertification,
  type CertificationReviewStatus,
  type CertificationsQuery,
  useCertifications,
  useReviewCertification,
} from "../../../hooks/api/origin"
import { date, errorMessage } from "../../../lib/format"
import {
  CERTIFICATION_TYPE_LABELS,
  CLAIM_STATUS_COLORS,
  CLAIM_STATUS_LABELS,
  REVIEW_STATUS_COLORS,
  REVIEW_STATUS_LABELS,
} from "./labels"

const ALL = "all"
const LIMIT = 100

const pick = <T extends string>(value: string) =>
  value === ALL ? undefined : (value as T)

/** Approve / Reject for a certificate waiting for the platform's review. */
const ReviewButtons = ({ cert }: { cert: AdminCertification }) => {
  const { mutate, isPending } = useReviewCertification()
  const review = (review_status: CertificationReviewStatus) =>
    mutate(
      { id: cert.id, review_status },
      {
        onSuccess: () =>
          toast.success(
            `${REVIEW_STATUS_LABELS[review_status]}: ${cert.number}`
          ),
        onError: (e) => toast.error(errorMessage(e)),
      }
    )
  return (
    <div className="flex gap-2">
      <Button
        size="small"
        variant="secondary"
        disabled={isPending}
        onClick={() => review("approved")}
      >
        通过 / Approve
      </Button>
      <Button
        size="small"
        variant="danger"
        disabled={isPending}
        onClick={() => review("rejected")}
      >
        驳回 / Reject
      </Button>
    </div>
  )
}

/**
 * Certificates, filtered by type, status and review status; with a brand,
 * only those of the co-ops authorized to use it.
 */
export const Certifications = ({
  brand,
}: {
  brand?: { name: string; vendorIds: string[] }
}) => {
  const [type, setType] = useState(ALL)
  const [status, setStatus] = useState(ALL)
  const [review, setReview] = useState("pending")
  const query: CertificationsQuery = {
    type: pick(type),
    status: pick<NonNullable<CertificationsQuery["status"]>>(status),
    review_status: pick<CertificationReviewStatus>(review),
    subject_id: brand?.vendorIds,
    limit: LIMIT,
  }
  // A brand with no authorized co-ops has no certificates to list.
  const enabled = !brand || brand.vendorIds.length > 0
  const { data, isLoading, isError, error } = useCertifications(query, {
    enabled,
  })
  const certifications = enabled ? (data?.certifications ?? []) : []

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h2">
            认证证书 / Certifications
            {brand ? ` · ${brand.name} 授权合作社 / authorized co-ops` : ""}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            合作社提交的证书经审核通过后才在店铺展示。 / Certificates submitted
            by co-ops show in the store once approved.
          </Text>
        </div>
        <div className="flex flex-wrap gap-2">
          <Filter
            value={type}
            onChange={setType}
            placeholder="类型 / Type"
            options={CERTIFICATION_TYPE_LABELS}
          />
          <Filter
            value={status}
            onChange={setStatus}
            placeholder="有效性 / Validity"
            options={CLAIM_STATUS_LABELS}
          />
          <Filter
            value={review}
            onChange={setReview}
            placeholder="审核 / Review"
            options={REVIEW_STATUS_LABELS}
          />
        </div>
      </div>
      {isError ? (
        <Text className="text-ui-fg-error px-6 py-4">
          加载失败 / Could not load: {errorMessage(error)}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>类型 / Type</Table.HeaderCell>
              <Table.HeaderCell>编号 / Number</Table.HeaderCell>
              <Table.HeaderCell>发证机构 / Issuer</Table.HeaderCell>
              <Table.HeaderCell>持证 / Subject</Table.HeaderCell>
              <Table.HeaderCell>有效期 / Valid</Table.HeaderCell>
              <Table.HeaderCell>有效性 / Validity</Table.HeaderCell>
              <Table.HeaderCell>审核 / Review</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {enabled && isLoading && (
              <Table.Row>
                <Table.Cell>加载中… / Loading…</Table.Cell>
              </Table.Row>
            )}
            {!(enabled && isLoading) && !certifications.length && (
              <Table.Row>
                <Table.Cell>没有证书 / No certificates</Table.Cell>
              </Table.Row>
            )}
            {certifications.map((cert) => (
              <Table.Row key={cert.id}>
                <Table.Cell>
                  {CERTIFICATION_TYPE_LABELS[cert.type] ?? cert.type}
                </Table.Cell>
                <Table.Cell className="font-mono">
                  {cert.evidence_url ? (
                    <a
                      href={cert.evidence_url}
                      target="_blank"
                      rel="noreferrer"
                      className="text-ui-fg-interactive"
                    >
                      {cert.number}
                    </a>
                  ) : (
                    cert.number
                  )}
                </Table.Cell>
                <Table.Cell>{cert.issuer}</Table.Cell>
                <Table.Cell>
                  <Text size="small">
                    {cert.subject_type === "vendor"
                      ? "合作社 / Co-op"
                      : "商品 / Product"}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-muted font-mono">
                    {cert.subject_id}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  {date(cert.valid_from)} – {date(cert.valid_to)}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge
                    color={CLAIM_STATUS_COLORS[cert.status] ?? "grey"}
                  >
                    {CLAIM_STATUS_LABELS[cert.status] ?? cert.status}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge
                    color={REVIEW_STATUS_COLORS[cert.review_status] ?? "grey"}
                  >
                    {REVIEW_STATUS_LABELS[cert.review_status] ??
                      cert.review_status}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>
                  {cert.review_status === "pending" && (
                    <ReviewButtons cert={cert} />
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

const Filter = ({
  value,
  onChange,
  placeholder,
  options,
}: {
  value: string
  onChange: (value: string) => void
  placeholder: string
  options: Record<string, string>
}) => (
  <div className="w-[200px]">
    <Select size="small" value={value} onValueChange={onChange}>
      <Select.Trigger>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{placeholder}: 全部 / All</Select.Item>
        {Object.entries(options).map(([key, label]) => (
          <Select.Item key={key} value={key}>
            {label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)
