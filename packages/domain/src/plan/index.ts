// Public face of the plan outline: the kepu-outline/1 schema, reading (text, JSON, YAML), writing, the Panjin seed, trajectories.
export {
  type GroupKind,
  groupKinds,
  type Outline,
  type OutlineGroup,
  type OutlineSection,
  type OutlineTarget,
  type OutlineTask,
  outlineGroupSchema,
  outlineSchema,
  outlineSectionSchema,
  outlineTargetSchema,
  outlineTaskSchema,
} from './outline.schema.ts';
export {
  type DecodedText,
  decodeOutlineBytes,
  MAX_OUTLINE_BYTES,
  type TextEncodingName,
} from './outline-encoding.ts';
export {
  type AnyOutline,
  detectOutlineFormat,
  type OutlineFormat,
  outlineProblems,
  parseAnyOutlineFile,
  parseOutlineFile,
  validateAnyOutline,
  validateOutline,
} from './outline-file.ts';
export {
  type OutlinePreview,
  type OutlineSourceKind,
  outlineIssuesOf,
  outlineSourceKind,
  type PreviewOptions,
  previewOutlineBytes,
  previewOutlineText,
} from './outline-import.ts';
export { describeIssue, formatPath, INVALID_OUTLINE, type OutlineIssue } from './outline-issues.ts';
export { canonicalOutline, serializeOutline } from './outline-serialize.ts';
export { type StorableOutline, type StorableTarget, toStorable, upgradeOutline } from './outline-storable.ts';
export { extractLiteracyTargets, LITERACY_SHARE } from './outline-targets.ts';
export { defaultGroupKind, type ParseOutlineTextOptions, parseOutlineText } from './outline-text.parser.ts';
export { type OutlineDraft, parseOutlineDraft, type SourceSpan } from './outline-text2.parser.ts';
export {
  type Comparator,
  comparators,
  OUTLINE_V2,
  type OutlineV2,
  type OutlineV2Group,
  type OutlineV2Section,
  type OutlineV2Target,
  type OutlineV2Task,
  outline2Schema,
} from './outline2.schema.ts';
export { loadPanjinOutline } from './panjin-outline.ts';
export { compoundAnnualGrowthRate, type TrajectoryPoint, targetTrajectory } from './trajectory.ts';
export { splitUnits } from './unit-list.ts';
export {
  editDistance,
  outlineUnitNames,
  renameUnits,
  suggestUnits,
  type UnitSuggestion,
  unitKey,
} from './unit-suggest.ts';
