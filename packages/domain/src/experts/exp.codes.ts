// Experts' codes: the shared topic vocabulary (EXPERT_TOPICS, with zh/en labels: the content review picks reviewers by
// it too), the shipped pools, invitation states and moves, service-record kinds.

/** The topics experts speak and review on; the hazards among them make the emergency roster. */
export const EXPERT_TOPICS = [
  { code: 'public_health', zh: '公共卫生', en: 'Public health', hazard: true },
  { code: 'earthquake', zh: '地震', en: 'Earthquake', hazard: true },
  { code: 'flood', zh: '洪涝', en: 'Flood', hazard: true },
  { code: 'typhoon', zh: '台风', en: 'Typhoon', hazard: true },
  { code: 'chemical', zh: '危险化学品', en: 'Hazardous chemicals', hazard: true },
  { code: 'cold_wave', zh: '寒潮', en: 'Cold wave', hazard: true },
  { code: 'fire', zh: '消防', en: 'Fire safety', hazard: true },
  { code: 'food_safety', zh: '食品安全', en: 'Food safety', hazard: true },
  { code: 'agriculture', zh: '农业技术', en: 'Agricultural technology', hazard: false },
  { code: 'health', zh: '健康生活', en: 'Healthy living', hazard: false },
  { code: 'ai_digital', zh: '人工智能与数字素养', en: 'AI and digital literacy', hazard: false },
  { code: 'environment', zh: '生态环境', en: 'Ecology and environment', hazard: false },
  { code: 'astronomy', zh: '天文', en: 'Astronomy', hazard: false },
] as const;
export type ExpertTopic = (typeof EXPERT_TOPICS)[number]['code'];
export const expertTopicCodes = EXPERT_TOPICS.map((t) => t.code) as [ExpertTopic, ...ExpertTopic[]];
/** The hazards of the emergency roster, in the vocabulary's order. */
export const hazardTopics: readonly ExpertTopic[] = EXPERT_TOPICS.filter((t) => t.hazard).map((t) => t.code);

/** The pools every installation starts with (migration 20261225010000); the office may add more. */
export const shippedPools = [
  { code: 'teachers', name: '科普名师库', nameEn: 'Science communication teachers' },
  { code: 'emergency', name: '应急科普专家队伍', nameEn: 'Emergency science experts' },
  { code: 'rumour', name: '辟谣专家', nameEn: 'Rumour-refutation experts' },
] as const;
export const EMERGENCY_POOL = 'emergency';

export const genders = ['female', 'male'] as const;
export type Gender = (typeof genders)[number];

export const invitationStates = ['requested', 'accepted', 'declined', 'cancelled', 'delivered'] as const;
export type InvitationState = (typeof invitationStates)[number];
/** requested → accepted | declined (the expert, or staff for them) | cancelled (staff); accepted → delivered once
 *  the activity has taken place (a service record), or cancelled. */
export const invitationMoves = {
  accept: { from: ['requested'], to: 'accepted' },
  decline: { from: ['requested'], to: 'declined' },
  cancel: { from: ['requested', 'accepted'], to: 'cancelled' },
  deliver: { from: ['accepted'], to: 'delivered' },
} as const satisfies Record<string, { from: readonly InvitationState[]; to: InvitationState }>;
export type InvitationMove = keyof typeof invitationMoves;
export const invitationMoveNames = Object.keys(invitationMoves) as [InvitationMove, ...InvitationMove[]];

export const nextInvitationState = (from: InvitationState, move: InvitationMove): InvitationState | null =>
  (invitationMoves[move].from as readonly InvitationState[]).includes(from) ? invitationMoves[move].to : null;

export const serviceKinds = ['lecture', 'consultation', 'content_review'] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const expertStatuses = ['active', 'deletion_requested', 'erased'] as const;
export type ExpertStatus = (typeof expertStatuses)[number];
