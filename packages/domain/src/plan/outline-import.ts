// An import before it is stored: the file read (text, Word, JSON or YAML) into an outline with every problem, where each
// part came from, and the unit names that are new with the closest existing ones. Never throws for what a file holds.
import { isDomainError } from '../errors.ts';
import { decodeOutlineBytes, type TextEncodingName } from './outline-encoding.ts';
import type { AnyOutline } from './outline-file.ts';
import { outlineProblems, parseAnyOutlineFile } from './outline-file.ts';
import type { OutlineIssue } from './outline-issues.ts';
import { type ParseDraftOptions, parseOutlineDraft, type SourceSpan } from './outline-text2.parser.ts';
import { outlineUnitNames, suggestUnits, type UnitSuggestion } from './unit-suggest.ts';

export type OutlineSourceKind = 'text' | 'docx' | 'json' | 'yaml';

export interface OutlinePreview {
  fileName: string;
  kind: OutlineSourceKind;
  /** The encoding found (text, JSON and YAML files), e.g. GB18030. */
  encoding?: TextEncodingName;
  /** The text the outline was read from, shown beside it. */
  text: string;
  /** The outline as read (null when nothing could be read, e.g. a JSON syntax error or an undecodable file). */
  outline: AnyOutline | null;
  spans: Record<string, SourceSpan>;
  /** Every problem at once; the outline can be stored only when there is none. */
  issues: OutlineIssue[];
  /** Names no unit of the jurisdiction has yet, with the closest existing names. */
  newUnits: UnitSuggestion[];
}

/** By the name's ending: .docx, .json, .yaml/.yml; anything else is outline text. */
export function outlineSourceKind(fileName: string): OutlineSourceKind {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  return 'text';
}

export interface PreviewOptions extends ParseDraftOptions {
  /** The names of the jurisdiction's units (the import's new names are compared with these). */
  existingUnits?: readonly string[];
}

const empty = (fileName: string, kind: OutlineSourceKind, issue: OutlineIssue): OutlinePreview => ({
  fileName,
  kind,
  text: '',
  outline: null,
  spans: {},
  issues: [issue],
  newUnits: [],
});

/** Reads decoded text (a .docx's text is decoded by the caller, which has the zip reader). */
export function previewOutlineText(
  fileName: string,
  kind: OutlineSourceKind,
  text: string,
  options: PreviewOptions = {},
  encoding?: TextEncodingName,
): OutlinePreview {
  let outline: AnyOutline | null = null;
  let spans: Record<string, SourceSpan> = {};
  let issues: OutlineIssue[] = [];
  if (kind === 'json' || kind === 'yaml') {
    try {
      outline = parseAnyOutlineFile(
        text,
        fileName.replace(/\.[^.]*$/, '') + (kind === 'json' ? '.json' : '.yaml'),
      );
    } catch (e) {
      if (!isDomainError(e)) throw e;
      issues = ((e.details as { issues?: OutlineIssue[] }).issues ?? []) as OutlineIssue[];
    }
  } else {
    const draft = parseOutlineDraft(text, options);
    outline = draft.outline;
    spans = draft.spans;
    issues = draft.issues;
  }
  const names = outline ? outlineUnitNames(outline) : [];
  return {
    fileName,
    kind,
    ...(encoding ? { encoding } : {}),
    text,
    outline,
    spans,
    issues,
    newUnits: options.existingUnits?.length ? suggestUnits(names, options.existingUnits) : [],
  };
}

/** Reads the bytes of a text, JSON or YAML file: the encoding is found and named, or the file refused with the reason. */
export function previewOutlineBytes(
  fileName: string,
  bytes: Uint8Array,
  options: PreviewOptions = {},
): OutlinePreview {
  const kind = outlineSourceKind(fileName);
  const decoded = decodeOutlineBytes(bytes);
  if (!decoded.ok) return empty(fileName, kind, decoded.issue);
  return previewOutlineText(fileName, kind, decoded.text, options, decoded.encoding);
}

/** The problems of an outline the office corrected on the import page (the same rules as a file). */
export function outlineIssuesOf(value: unknown): OutlineIssue[] {
  return outlineProblems(value).issues;
}
