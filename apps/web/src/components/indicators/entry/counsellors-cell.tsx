// A school's number of science counsellors: a number for readers, a field with "record" for the registry's keepers.
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorSentence } from '../../../api/describe-error.ts';
import { type School, useSetCounsellors } from '../../../api/indicators/data.ts';
import { useMessage } from '../../app-message.tsx';
import { InputNumber } from '../../number-input.tsx';

export function CounsellorsCell({ school, editable }: { school: School; editable: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [value, setValue] = useState<number | null>(school.counsellors);
  const save = useSetCounsellors();
  if (!editable) return <span data-test={`ind-school-${school.id}-count`}>{school.counsellors}</span>;
  return (
    <span className="ind-data-counsellors">
      <InputNumber
        min={0}
        max={500}
        precision={0}
        value={value}
        onChange={setValue}
        aria-label={t('indData.schools.recordLabel', { name: school.name })}
        data-test={`ind-school-${school.id}-input`}
      />
      <Button
        disabled={value === null || value === school.counsellors}
        loading={save.isPending}
        onClick={() =>
          value !== null &&
          save.mutate(
            { id: school.id, counsellors: value },
            {
              onSuccess: () => void message.success(t('indData.saved')),
              onError: (e) => void message.error(errorSentence(t, e)),
            },
          )
        }
        data-test={`ind-school-${school.id}-record`}
      >
        {t('indData.schools.record')}
      </Button>
    </span>
  );
}
