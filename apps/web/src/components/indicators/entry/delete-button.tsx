// A delete button that asks first: "delete <what>?" with the consequence, then calls `remove`; errors show as a message.
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorSentence } from '../../../api/describe-error.ts';
import { useMessage } from '../../app-message.tsx';

export function DeleteButton({
  what,
  remove,
  pending,
  testId,
}: {
  what: string;
  remove: () => Promise<unknown>;
  pending: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const message = useMessage();
  return (
    <Popconfirm
      title={t('indData.delete.confirm', { what })}
      description={t('indData.delete.consequence')}
      okText={t('indData.delete.ok')}
      cancelText={t('indData.delete.cancel')}
      okButtonProps={{ danger: true, 'data-test': `${testId}-ok` }}
      onConfirm={() =>
        remove().then(
          () => void message.success(t('indData.delete.done', { what })),
          (e: unknown) => void message.error(errorSentence(t, e)),
        )
      }
    >
      <Button
        danger
        size="small"
        loading={pending}
        aria-label={t('indData.delete.label', { what })}
        data-test={testId}
      >
        {t('indData.delete.button')}
      </Button>
    </Popconfirm>
  );
}
