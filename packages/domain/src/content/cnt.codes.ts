// Science content's codes: kinds of work, the review's states and moves, hazards, rumour verdicts.
// Codes only; the web app and the portal label each in zh-CN and en.

/** article; images: an image set; video, audio: a link or file; pdf; emergency_pack: prepared in advance for a hazard;
 *  rumour: a rumour-busting card (claim, verdict, explanation, sources). */
export const workKinds = ['article', 'images', 'video', 'audio', 'pdf', 'emergency_pack', 'rumour'] as const;
export type WorkKind = (typeof workKinds)[number];

/**
 * draft → submitted → in_review → approved → published → withdrawn
 *                        ↘ revise → (edited) → submitted
 * An edit of a withdrawn work starts a new version as a draft; nothing is deleted.
 */
export const workStates = [
  'draft',
  'submitted',
  'in_review',
  'revise',
  'approved',
  'published',
  'withdrawn',
] as const;
export type WorkState = (typeof workStates)[number];

export const workMoves = ['submit', 'assign', 'approve', 'revise', 'recall', 'publish', 'withdraw'] as const;
export type WorkMove = (typeof workMoves)[number];

/** From which states each move goes, and where to. approve and revise are the reviewer's verdicts; recall takes a
 *  work back from a reviewer who has not answered. */
const transitions: Record<WorkMove, { from: readonly WorkState[]; to: WorkState }> = {
  submit: { from: ['draft', 'revise'], to: 'submitted' },
  assign: { from: ['submitted'], to: 'in_review' },
  approve: { from: ['in_review'], to: 'approved' },
  revise: { from: ['in_review'], to: 'revise' },
  recall: { from: ['in_review'], to: 'submitted' },
  publish: { from: ['approved', 'withdrawn'], to: 'published' },
  withdraw: { from: ['published'], to: 'withdrawn' },
};

/** The state a move leads to from `state`, or null when the move is not open there. */
export function nextWorkState(state: WorkState, move: WorkMove): WorkState | null {
  const t = transitions[move];
  return t.from.includes(state) ? t.to : null;
}

/** States in which the author may still change the text (a new version where the last one was already submitted). */
export const editableStates: readonly WorkState[] = ['draft', 'revise', 'withdrawn'];

/** The hazards emergency packs are prepared for (the experts' topic codes of the same name). */
export const hazards = ['earthquake', 'flood', 'typhoon', 'public_health', 'chemical', 'cold_wave'] as const;
export type Hazard = (typeof hazards)[number];

export const rumourVerdicts = ['false', 'misleading', 'unproven', 'true'] as const;
export type RumourVerdict = (typeof rumourVerdicts)[number];

export const reviewStates = ['pending', 'approved', 'revise', 'recalled'] as const;
export type ReviewState = (typeof reviewStates)[number];
