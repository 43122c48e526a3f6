import { MedusaService } from "@medusajs/framework/utils"
import {
  Brand,
  BrandAuthorization,
  Certification,
  OriginRegion,
} from "./models"

class OriginModuleService extends MedusaService({
  OriginRegion,
  Brand,
  BrandAuthorization,
  Certification,
}) {}

export default OriginModuleService
