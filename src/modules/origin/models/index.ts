export { Brand } from "./brand"
export { BrandAuthorization } from "./brand-authorization"
export { Certification } from "./certification"
export { OriginRegion } from "./origin-region"
