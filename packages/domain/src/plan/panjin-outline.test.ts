import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutlineFromText, panjinOutlineText } from './build-seed.ts';
import { loadPanjinOutline } from './panjin-outline.ts';

describe('loadPanjinOutline', () => {
  it('loads the committed seed, which is what build-seed.ts makes of the outline text', () => {
    const outline = loadPanjinOutline();
    expect(outline.jurisdiction).toEqual({ code: '211100', name: '盘锦市' });
    expect(outline.tasks).toHaveLength(30);
    expect(buildOutlineFromText(panjinOutlineText)).toEqual(outline);
  });

  it('keeps docs/examples/panjin-outline.json identical to the seed', () => {
    const seed = readFileSync(new URL('../../seed/panjin-outline.json', import.meta.url), 'utf8');
    const example = readFileSync(
      new URL('../../../../docs/examples/panjin-outline.json', import.meta.url),
      'utf8',
    );
    expect(example).toBe(seed);
  });

  it('returns a fresh copy each time', () => {
    const a = loadPanjinOutline();
    a.tasks.pop();
    expect(loadPanjinOutline().tasks).toHaveLength(30);
  });
});
