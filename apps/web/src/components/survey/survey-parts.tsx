// Small parts the survey pages share: the stage tag, county names from the area tree, a JSON file picker.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../api/core/types.ts';
import type { SurveyListItem } from '../../api/survey/survey.ts';
import { FileButton } from '../file-button.tsx';

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

/** A file button that hands over the chosen file's text. */
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
  return (
    <FileButton
      label={label}
      accept=".json,application/json"
      onFile={async (file) => onText(await file.text())}
      testId={testId}
      disabled={disabled}
    />
  );
}
