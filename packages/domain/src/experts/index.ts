// @kepu/domain/experts: pools of experts (科普名师库, 应急科普专家队伍, 辟谣专家), the shared topic vocabulary,
// invitations from activities, service records on the participation ledger, the emergency roster, and the experts'
// own page by key with export and deletion (PIPL).
export {
  EMERGENCY_POOL,
  EXPERT_TOPICS,
  type ExpertStatus,
  type ExpertTopic,
  expertStatuses,
  expertTopicCodes,
  type Gender,
  genders,
  hazardTopics,
  type InvitationMove,
  type InvitationState,
  invitationMoveNames,
  invitationMoves,
  invitationStates,
  nextInvitationState,
  type ServiceKind,
  serviceKinds,
  shippedPools,
} from './exp.codes.ts';
export type { ExpContext, ExpertQuery, ExpStore } from './exp.ports.ts';
export {
  type ExpertView,
  type InvitationView,
  maskPhone,
  type OwnExpertPageView,
  type PoolView,
  type PublicExpertView,
  presentExpert,
  presentInvitation,
  presentOwnPage,
  presentPublicExpert,
  presentService,
  type ServiceView,
} from './exp.presenters.ts';
export type * from './exp.records.ts';
export {
  answerSchema,
  type ExpertBody,
  type ExpertPatch,
  expertPatchSchema,
  expertQuerySchema,
  expertSchema,
  invitationMoveSchema,
  invitationSchema,
  poolSchema,
  purgeSchema,
  reasonSchema,
  serviceSchema,
} from './exp.schemas.ts';
export {
  availableExperts,
  createExpert,
  createPool,
  expertDetail,
  expertScope,
  listExperts,
  listPools,
  managedExpert,
  publicExperts,
  readExpertPersonal,
  renewExpertCode,
  updateExpert,
} from './experts.use-cases.ts';
export {
  activityInvitations,
  answerInvitation,
  hasTakenPlace,
  inviteExpert,
  moveInvitation,
} from './invitations.use-cases.ts';
export {
  answerRequest,
  type ExpertRequest,
  expertByKey,
  exportOwnData,
  ownPage,
  purgeExperts,
  requestDeletion,
  requestKinds,
} from './own.use-cases.ts';
export { emergencyRoster } from './roster.use-cases.ts';
export { recordContentReview, recordService, serviceEvidence, voidService } from './services.use-cases.ts';
