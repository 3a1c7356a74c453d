import { describe, expect, it } from 'vitest';
import { movesFrom, nextState } from './activity.workflow.ts';

describe('activity workflow', () => {
  it('walks draft → submitted → approved → published → completed → summary submitted → accepted', () => {
    let s = nextState('draft', 'submit', false);
    s = nextState(s, 'approve', false);
    s = nextState(s, 'publish', false);
    s = nextState(s, 'complete', false);
    s = nextState(s, 'summarise', false);
    expect(nextState(s, 'accept', true)).toBe('accepted');
  });

  it('refuses a move from the wrong state with the state and move named', () => {
    expect(() => nextState('draft', 'publish', false)).toThrow(
      expect.objectContaining({
        code: 'svc.activity.state_conflict',
        details: { state: 'draft', move: 'publish' },
      }),
    );
    expect(() => nextState('accepted', 'cancel', true)).toThrow();
  });

  it('sends a returned plan back to review and a returned summary back as a summary', () => {
    expect(movesFrom('returned', false)).toEqual(['submit']);
    expect(movesFrom('returned', true)).toEqual(['summarise']);
    expect(movesFrom('published', false)).toEqual(['complete', 'cancel']);
  });
});
