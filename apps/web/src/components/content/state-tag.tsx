// A work's state as a word in a bordered tag with a mark of its own shape, so it is never told by colour alone.
import type { WorkState } from '@kepu/domain/content';
import { useCntWords } from './labels.ts';

const marks: Record<WorkState, string> = {
  draft: '✎',
  submitted: '⋯',
  in_review: '◔',
  revise: '↺',
  approved: '✓',
  published: '●',
  withdrawn: '✕',
};

export function StateTag({ state, test }: { state: WorkState; test?: string }) {
  const l = useCntWords();
  return (
    <span className={`cnt-state cnt-state-${state}`} data-test={test}>
      <span aria-hidden="true">{marks[state]}</span> {l.states[state]}
    </span>
  );
}
