// A labelled field in the statistics set-up forms (the same look as the add-item form).
import type { ReactNode } from 'react';

export function SetupField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="ind-add-field">
      <span>{label}</span>
      {children}
    </label>
  );
}
