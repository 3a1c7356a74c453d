// Small parts the survey pages share: the stage tag, county names from the area tree, a JSON file picker.
import { Tag } from 'antd';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../api/core/types.ts';
import type { SurveyListItem } from '../../api/survey/survey.ts';

const stageColour = {
  draft: 'default',
  fieldwork: 'processing',
  closed: 'purple', // antd's 'warning' tag text fails the contrast check
  published: 'success',
} as const;

export function StageTag({ status }: { status: SurveyListItem['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={stageColour[status]} data-test="survey-stage">
      {t(`survey.status.${status}`)}
    </Tag>
  );
}

/** The county-level areas (six-digit codes) of the tree, code → name. */
export function countyNames(tree: readonly Area[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (nodes: readonly Area[]) => {
    for (const n of nodes) {
      if (/^\d{6}$/.test(n.code) && !n.code.endsWith('00')) out.set(n.code, n.name);
      walk(n.children);
    }
  };
  walk(tree);
  return out;
}

/** A button-like file input that hands over the chosen file's text. */
export function JsonFileInput({
  label,
  onText,
  testId,
  disabled,
}: {
  label: string;
  onText: (text: string) => void;
  testId: string;
  disabled?: boolean;
}) {
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onText(await file.text());
  };
  return (
    <label className={disabled ? 'survey-file survey-file-disabled' : 'survey-file'}>
      <span>{label}</span>
      <input
        type="file"
        accept=".json,application/json"
        onChange={pick}
        data-test={testId}
        disabled={disabled}
      />
    </label>
  );
}
