// Accountability's input refinements and refusals carry stable codes with parameters for the web app to render.
import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../kernel/field-error.ts';
import { validationError } from '../validation.ts';
import { copyForwardSchema, roundInputSchema } from './acc.schemas.ts';
import { edu, office, readContext } from './acc.test-fixture.ts';
import { checkEvidence } from './evidence.ts';
import { submitReport, updateReport } from './reports.use-cases.ts';

const issuesOf = (r: { success: boolean; error?: { issues: never[] } }) =>
  validationError('validation.failed', r.error?.issues ?? []).details.issues as FieldIssue[];

describe('accountability error codes', () => {
  it('gives the round and copy-forward refinements their codes', () => {
    const round = {
      year: 2031,
      period: 'Q1',
      opensOn: '2031-03-10',
      dueOn: '2031-03-05',
      closesOn: '2031-03-01',
    };
    expect(issuesOf(roundInputSchema.safeParse(round) as never)).toMatchObject([
      { path: 'dueOn', code: 'acc.round.due_before_open', params: { opensOn: '2031-03-10' } },
      { path: 'closesOn', code: 'acc.round.closes_before_due', params: { dueOn: '2031-03-05' } },
    ]);
    expect(
      issuesOf(roundInputSchema.safeParse({ ...round, opensOn: '2031-02-30' }) as never)[0],
    ).toMatchObject({
      path: 'opensOn',
      code: 'acc.date_not_real',
    });
    expect(issuesOf(copyForwardSchema.safeParse({ fromYear: 2031, toYear: 2030 }) as never)).toMatchObject([
      { path: 'toYear', code: 'acc.copy_to_earlier_year', message: 'copy forward to a later year' },
    ]);
  });
  it('names the file problem with a code and keeps the English sentence', () => {
    expect(() => checkEvidence('a.exe', new Uint8Array([1]))).toThrow(
      expect.objectContaining({
        code: 'validation.failed',
        details: expect.objectContaining({
          issues: [expect.objectContaining({ path: 'file.filename', code: 'acc.file.type_refused' })],
        }),
      }),
    );
    expect(() => checkEvidence('fake.pdf', new TextEncoder().encode('<html>'))).toThrow(
      expect.objectContaining({
        message: 'file: the content is not a .pdf file',
        details: expect.objectContaining({
          issues: [expect.objectContaining({ code: 'acc.file.content_mismatch', params: { ext: 'pdf' } })],
        }),
      }),
    );
  });
  it('says which state refuses which action', async () => {
    await expect(submitReport(readContext(office), 13)).rejects.toMatchObject({
      code: 'acc.state_conflict',
      message: 'a submitted report cannot be submitted again',
      details: { entity: 'report', state: 'submitted', action: 'submit' },
    });
    await expect(updateReport(readContext(edu), 13, {} as never)).rejects.toMatchObject({
      code: 'auth.forbidden',
      message: 'a liaison revises reports of their own unit only',
      details: { permission: 'acc.file' },
    });
  });
});
