import { getTranslations } from "next-intl/server"
import { permissions } from "@modules/co-op/lib/mappers"
import {
  changeMemberRole,
  inviteMember,
  removeMember,
  resendInvite,
} from "@lib/data/vendor-member-actions"
import { listMembers } from "@lib/data/vendor-members"
import type { VendorSession } from "../../../types/co-op"
import CoopForm from "../components/coop-form"
import Field from "../components/field"
import StatusChip from "../components/status-chip"
import { errorMessages } from "./i18n"
import styles from "../console.module.css"
import formStyles from "../form.module.css"

export default async function MembersTemplate({
  locale,
  session,
}: {
  locale: string
  session: VendorSession
}) {
  const [t, status, common, errors, members] = await Promise.all([
    getTranslations({ locale, namespace: "coopMembers" }),
    getTranslations({ locale, namespace: "coopStatus" }),
    getTranslations({ locale, namespace: "coop" }),
    errorMessages(locale),
    listMembers(session.vendor.id),
  ])
  const owner = permissions(
    session.member.role,
    session.vendor.status
  ).manageMembers
  return (
    <div data-testid="coop-members">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {!owner ? (
        <p className={`${styles.callout} card`}>{t("ownersOnly")}</p>
      ) : null}
      <ul className={`plain ${styles.list}`} data-testid="coop-member-list">
        {members.map((m) => {
          const self = m.id === session.member.id
          return (
            <li
              key={m.id}
              className="card"
              data-testid="coop-member-row"
              data-member-id={m.id}
              data-email={m.email}
            >
              <p className={styles.rowHead}>
                <span>
                  <strong>{m.name}</strong>
                  {self ? <span className="muted"> {t("you")}</span> : null}
                </span>
                <span>
                  <StatusChip
                    locale={locale}
                    group="role"
                    value={m.role}
                    testId="coop-member-role"
                  />{" "}
                  <StatusChip locale={locale} group="member" value={m.status} />
                </span>
              </p>
              <p className={`muted ${styles.break}`}>{m.email}</p>
              {owner ? (
                <div className={styles.memberActions}>
                  <CoopForm
                    action={changeMemberRole}
                    submitLabel={t("saveRole")}
                    pendingLabel={common("saving")}
                    okLabel={common("saved")}
                    errors={errors}
                    submitClassName="secondary"
                    className={formStyles.inlineForm}
                    testId="coop-role-form"
                    submitTestId="coop-role-save"
                  >
                    <input type="hidden" name="member_id" value={m.id} />
                    <input type="hidden" name="locale" value={locale} />
                    <Field
                      id={`role-${m.id}`}
                      name="role"
                      label={t("changeRole")}
                    >
                      <select
                        id={`role-${m.id}`}
                        name="role"
                        defaultValue={m.role}
                        data-testid="coop-role-select"
                      >
                        {(["owner", "manager", "staff"] as const).map((r) => (
                          <option key={r} value={r}>
                            {status(`role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </Field>
                  </CoopForm>
                  {m.status === "invited" ? (
                    <CoopForm
                      action={resendInvite}
                      submitLabel={t("resend")}
                      pendingLabel={t("resending")}
                      okLabel={t("resent")}
                      errors={errors}
                      submitClassName="secondary"
                      testId="coop-resend-form"
                      submitTestId="coop-resend-invite"
                    >
                      <input type="hidden" name="member_id" value={m.id} />
                      <input type="hidden" name="locale" value={locale} />
                    </CoopForm>
                  ) : null}
                  {!self ? (
                    <CoopForm
                      action={removeMember}
                      submitLabel={t("remove")}
                      pendingLabel={t("removing")}
                      okLabel={t("removed")}
                      errors={errors}
                      submitClassName={styles.dangerButton}
                      testId="coop-remove-form"
                      submitTestId="coop-remove-member"
                    >
                      <input type="hidden" name="member_id" value={m.id} />
                      <input type="hidden" name="locale" value={locale} />
                    </CoopForm>
                  ) : null}
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
      {owner ? (
        <section
          aria-labelledby="invite-h"
          className={`card ${styles.section}`}
        >
          <h2 id="invite-h">{t("invite")}</h2>
          <p className="muted">{t("inviteIntro")}</p>
          <CoopForm
            action={inviteMember}
            submitLabel={t("sendInvite")}
            pendingLabel={t("inviting")}
            okLabel={t("invited")}
            errors={errors}
            testId="coop-invite-form"
            submitTestId="coop-invite-submit"
            resetOnOk
          >
            <input type="hidden" name="locale" value={locale} />
            <Field id="invite-email" name="email" label={t("email")}>
              <input
                id="invite-email"
                name="email"
                type="email"
                required
                autoComplete="off"
                data-testid="coop-invite-email"
              />
            </Field>
            <Field id="invite-name" name="name" label={t("name")}>
              <input
                id="invite-name"
                name="name"
                required
                maxLength={120}
                data-testid="coop-invite-name"
              />
            </Field>
            <Field id="invite-role" name="role" label={t("role")}>
              <select
                id="invite-role"
                name="role"
                defaultValue="staff"
                data-testid="coop-invite-role"
              >
                <option value="manager">{status("role.manager")}</option>
                <option value="staff">{status("role.staff")}</option>
              </select>
            </Field>
          </CoopForm>
        </section>
      ) : null}
    </div>
  )
}
