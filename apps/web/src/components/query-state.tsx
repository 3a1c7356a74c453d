// Loading, error and empty states shared by every page; errors and empty states name the likely cause.
import { Alert, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/describe-error.ts';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <output className="page-loading" data-test="loading">
      <Spin size="large" />
      <span>{t('common.loading')}</span>
    </output>
  );
}

export function ErrorNotice({ error, testId = 'error' }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const text = describeError(t, error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-test={testId}
      title={text.title}
      description={
        <>
          <p>{text.cause}</p>
          {text.issues.length > 0 && (
            <ul>
              {text.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}

export function EmptyNotice({ text, testId = 'empty' }: { text: string; testId?: string }) {
  return (
    <div data-test={testId}>
      <Empty description={text} />
    </div>
  );
}

interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}

/** Renders loading or error for a query, otherwise its data through `children`. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorNotice error={query.error} />;
  return <PageLoading />;
}
