import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmsLocalNotificationService } from "./services/sms-local"

/**
 * The development `sms` channel: logs each text message (sign-in codes
 * included) instead of sending it.
 */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmsLocalNotificationService],
})
