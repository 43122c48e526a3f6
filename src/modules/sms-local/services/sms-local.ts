import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import {
  AbstractNotificationProviderService,
  MedusaError,
} from "@medusajs/framework/utils"

/** The SMS texts we send, by template, as a real SMS gateway would render them. */
export const SMS_TEXTS: Record<
  string,
  (data: Record<string, unknown>) => string
> = {
  "auth-phone-code": (data) =>
    `【田头市场】您的登录验证码是 ${data.code}，${data.expires_in_minutes} 分钟内有效。请勿告诉他人。`,
}

/** The text of an SMS; an unknown template shows its data. */
export function smsText(
  template: string,
  data: Record<string, unknown> | null | undefined
): string {
  const render = SMS_TEXTS[template]
  return render ? render(data ?? {}) : `${template} ${JSON.stringify(data)}`
}

/**
 * Development SMS: writes the message to the log instead of a gateway, so
 * `npm start` users read their sign-in code there. Swap it for an SMS
 * gateway provider on the `sms` channel in production.
 */
export class SmsLocalNotificationService extends AbstractNotificationProviderService {
  static identifier = "sms-local"
  protected logger_: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  async send(
    notification: ProviderSendNotificationDTO
  ): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An SMS needs a phone number in `to`."
      )
    }
    this.logger_.info(
      `SMS to ${notification.to}: ${smsText(notification.template, notification.data)}`
    )
    return {}
  }
}
