// Reads YAML with the `yaml` package and maps a document path back to the line where it is written.
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  type Locate,
  type OutlineIssue,
  outlineIssue,
  type PathSegment,
  type SourcePosition,
} from './outline-issues.ts';

/** Syntax problems come back as issues with a line; otherwise the plain value and a locator. */
export function parseYamlLocated(text: string): { value: unknown; locate: Locate; issues: OutlineIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    keepSourceTokens: true,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const at = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const locate: Locate = (path) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : at(offset);
  };
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((e) => {
      const reason = e.message.split('\n')[0];
      return outlineIssue('', 'plan.outline.yaml_syntax', `YAML: ${reason}`, { reason }, at(e.pos[0]));
    });
    return { value: undefined, locate, issues };
  }
  if (doc.contents === null)
    return {
      value: undefined,
      locate,
      issues: [outlineIssue('', 'plan.outline.empty', 'the file is empty', {}, { line: 1 })],
    };
  return { value: doc.toJS({ maxAliasCount: 100 }), locate, issues: [] };
}

/** Offset of a map key (so the line shows `key:`) or of a sequence item; undefined if the path is not written. */
function offsetOf(doc: Document, path: readonly PathSegment[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = isNode(node) ? node.range?.[0] : undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) return undefined;
      offset = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      if (!isNode(node)) return undefined;
      offset = node.range?.[0];
    } else {
      return undefined;
    }
  }
  return offset;
}
