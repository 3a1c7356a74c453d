import { describe, expect, it } from 'vitest';
import {
  INVALID_OUTLINE,
  loadPanjinOutline,
  parseOutlineFile,
  serializeOutline,
  targetTrajectory,
} from './index.ts';

describe('plan public face', () => {
  it('exports the error code and the reading and writing functions', () => {
    expect(INVALID_OUTLINE).toBe('plan.invalid_outline');
    const outline = loadPanjinOutline();
    expect(parseOutlineFile(serializeOutline(outline, 'yaml'), 'panjin.yaml')).toEqual(outline);
  });

  it('draws the Panjin trajectory from the seed', () => {
    const points = targetTrajectory(loadPanjinOutline().targets);
    expect(points[0]).toEqual({ year: 2010, value: 4.13 });
    expect(points.at(-1)).toEqual({ year: 2035, value: 25.5 });
  });
});
