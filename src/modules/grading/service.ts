import { MedusaService } from "@medusajs/framework/utils"
import { GradeLevel, GradeStandard, VariantGrade } from "./models"

class GradingModuleService extends MedusaService({
  GradeStandard,
  GradeLevel,
  VariantGrade,
}) {}

export default GradingModuleService
