export { GradeLevel } from "./grade-level"
export { GradeStandard } from "./grade-standard"
export { VariantGrade } from "./variant-grade"
