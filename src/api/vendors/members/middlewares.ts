import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody } from "../../utils/validators/validate"
import { scopedQuery } from "../../utils/scoped-query"
import { requireVendorRole } from "../../utils/vendor-context"
import { vendorAuth } from "../auth"
import { VendorUpdateMe } from "../validators"
import {
  listVendorMembersConfig,
  retrieveVendorMemberConfig,
} from "./query-config"
import {
  VendorAcceptInvite,
  VendorGetMemberParams,
  VendorGetMembersParams,
  VendorInviteMember,
  VendorResendInvite,
  VendorUpdateMember,
} from "./validators"

const ownerOnly = (action: string) => requireVendorRole(["owner"], action)

// /vendors/members: invite, resend an invitation, change role, remove;
// /vendors/invites/accept; POST /vendors/me.
export const vendorMembersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/vendors/me",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      requireVendorRole(["owner", "manager"], "edit the co-op's profile"),
      validateAndTransformBody(VendorUpdateMe),
    ],
  },
  {
    matcher: "/vendors/members",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetMembersParams, listVendorMembersConfig),
    ],
  },
  {
    matcher: "/vendors/members",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      ownerOnly("invite members"),
      validateAndTransformBody(VendorInviteMember),
    ],
  },
  {
    matcher: "/vendors/members/:id",
    methods: ["GET"],
    middlewares: [
      ...vendorAuth,
      scopedQuery(VendorGetMemberParams, retrieveVendorMemberConfig),
    ],
  },
  {
    matcher: "/vendors/members/:id",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      ownerOnly("change member roles"),
      validateAndTransformBody(VendorUpdateMember),
    ],
  },
  {
    matcher: "/vendors/members/:id",
    methods: ["DELETE"],
    middlewares: [...vendorAuth, ownerOnly("remove members")],
  },
  {
    matcher: "/vendors/members/:id/resend-invite",
    methods: ["POST"],
    middlewares: [
      ...vendorAuth,
      ownerOnly("resend invitations"),
      validateAndTransformBody(VendorResendInvite),
    ],
  },
  {
    matcher: "/vendors/invites/accept",
    methods: ["POST"],
    middlewares: [
      authenticate("vendor", ["session", "bearer"], {
        allowUnregistered: true,
      }),
      validateAndTransformBody(VendorAcceptInvite),
    ],
  },
]
