// The import page's two calls: read a file or pasted text into a preview, then commit the corrected outline.
import type { OutlinePreview } from '@kepu/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../client.ts';

export type { OutlinePreview };

export type PreviewRequest = { fileName: string; base64: string } | { text: string };

export function usePreviewOutline() {
  return useMutation({
    mutationFn: (body: PreviewRequest) => api.post<OutlinePreview>('/plans/import/preview', body),
  });
}

export interface CommitRequest {
  outline: unknown;
  unitMap: Record<string, string>;
  newUnits: string[];
}

export function useCommitOutline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitRequest) =>
      api.post<{ plan: { id: number; version: number } }>('/plans/import/commit', body),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** A file as base64, for the JSON body. */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
