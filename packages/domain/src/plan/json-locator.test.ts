import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonLocated } from './json-locator.ts';

function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJsonLocated(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a syntax error');
}

describe('parseJsonLocated', () => {
  const text =
    '{\n  "a": 1,\n  "list": [\n    { "b": "x\\n" },\n    {\n      "b": [true, null, -2.5e3]\n    }\n  ]\n}\n';

  it('returns the same value as JSON.parse', () => {
    expect(parseJsonLocated(text).value).toEqual(JSON.parse(text));
    expect(parseJsonLocated('\uFEFF[]').value).toEqual([]);
  });

  it('locates keys and array elements by line and column', () => {
    const { locate } = parseJsonLocated(text);
    expect(locate([])).toEqual({ line: 1, column: 1 });
    expect(locate(['a'])).toEqual({ line: 2, column: 3 });
    expect(locate(['list', 0])).toEqual({ line: 4, column: 5 });
    expect(locate(['list', 1, 'b'])).toEqual({ line: 6, column: 7 });
    expect(locate(['list', 1, 'b', 2])).toEqual({ line: 6, column: 25 });
    expect(locate(['list', 2])).toBeUndefined();
  });

  it('names the line and column of a syntax error', () => {
    expect(syntaxError('{\n  "a": 1,\n  "b": 2,\n}')).toMatchObject({
      line: 4,
      column: 1,
      message: "unexpected '}', expected a quoted key at line 4, column 1",
    });
    expect(syntaxError('{\n  "a": [1 2]\n}')).toMatchObject({ line: 2, column: 11 });
    expect(syntaxError('{"a": "open')).toMatchObject({ line: 1, column: 7 });
    expect(syntaxError('   ')).toMatchObject({ reason: 'the file is empty' });
    expect(syntaxError('{} x')).toMatchObject({ line: 1, column: 4 });
  });

  it('refuses a duplicate key, which JSON.parse would silently drop', () => {
    expect(syntaxError('{"a": 1,\n "a": 2}')).toMatchObject({
      reason: 'duplicate key "a"',
      line: 2,
      column: 2,
    });
  });

  it('keeps a __proto__ key as data', () => {
    const { value } = parseJsonLocated('{"__proto__": {"x": 1}}');
    expect(Object.keys(value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
