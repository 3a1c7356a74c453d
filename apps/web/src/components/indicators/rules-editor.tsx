// The year's validation rules: everyone sees them; the office adds, edits, retires and re-activates them
// (left op right over item codes, hard or soft, the reason in zh and en shown to the filler).
import { Button, Input, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetupMutation } from '../../api/indicators/setup.ts';
import type { IndRule } from '../../api/indicators/types.ts';
import { useMessage } from '../app-message.tsx';
import { NativeSelect } from '../native-select.tsx';
import { ErrorNotice } from '../query-state.tsx';
import { SetupField } from './setup-field.tsx';

const OPS = ['=', '<=', '>=', '<', '>', '!='] as const;
const blank = { code: '', left: '', op: '<=', right: '', severity: 'hard', zh: '', en: '' };

export function RulesEditor({ year, rules, office }: { year: number; rules: IndRule[]; office: boolean }) {
  const { t, i18n } = useTranslation();
  const message = useMessage();
  const [v, setV] = useState(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const save = useSetupMutation();
  const toggle = useSetupMutation();
  const base = `/indicators/forms/${year}/rules`;
  const submit = () => {
    const { code, ...rest } = v;
    save.mutate(
      editing
        ? { method: 'patch', path: `${base}/${editing}`, body: rest }
        : { method: 'post', path: base, body: v },
      {
        onSuccess: () => {
          void message.success(t('indSetup.rules.saved', { code: editing ?? code }));
          setV(blank);
          setEditing(null);
        },
      },
    );
  };
  const text = (key: 'code' | 'left' | 'right' | 'zh' | 'en', label: string) => (
    <SetupField label={label}>
      <Input
        value={v[key]}
        disabled={key === 'code' && !!editing}
        onChange={(e) => {
          const value = key === 'code' ? e.target.value.toUpperCase() : e.target.value;
          setV((x) => ({ ...x, [key]: value }));
        }}
        data-test={`ind-rule-${key}`}
      />
    </SetupField>
  );
  return (
    <section aria-labelledby="ind-rules-heading" data-test="ind-rules">
      <h2 id="ind-rules-heading" className="ind-section">
        {t('indSetup.rules.heading')}
      </h2>
      <p className="muted">{t('indSetup.rules.intro')}</p>
      {toggle.error ? <ErrorNotice error={toggle.error} /> : null}
      <Table<IndRule>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rules}
        data-test="ind-form-rules"
        rowClassName={(r) => (r.retired ? 'ind-retired' : '')}
        columns={[
          { title: t('ind.grid.code'), dataIndex: 'code' },
          {
            title: t('ind.form.rule'),
            key: 'expr',
            render: (_, r) => <code>{`${r.left} ${r.op} ${r.right}`}</code>,
          },
          {
            title: t('indSetup.rules.severity'),
            key: 'sev',
            render: (_, r) => (
              <span
                className={`ind-status ind-status-${r.severity === 'hard' ? 'deterioration' : 'acceleration_needed'}`}
              >
                {t(`ind.form.severity.${r.severity}`)}
              </span>
            ),
          },
          {
            title: t('ind.grid.reason'),
            key: 'text',
            render: (_, r) => (i18n.language === 'en' ? r.en : r.zh),
          },
          {
            title: t('indSetup.rules.status'),
            key: 'status',
            render: (_, r) => (r.retired ? t('indSetup.rules.retired') : t('indSetup.rules.active')),
          },
          ...(office
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, r: IndRule) => (
                    <span className="ind-actions" style={{ margin: 0 }}>
                      <Button
                        size="small"
                        onClick={() => {
                          setEditing(r.code);
                          setV({
                            code: r.code,
                            left: r.left,
                            op: r.op,
                            right: r.right,
                            severity: r.severity,
                            zh: r.zh,
                            en: r.en,
                          });
                        }}
                        data-test={`ind-rule-edit-${r.code}`}
                      >
                        {t('indSetup.rules.edit')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          toggle.mutate({
                            method: 'patch',
                            path: `${base}/${r.code}`,
                            body: { retired: !r.retired },
                          })
                        }
                        data-test={`ind-rule-retire-${r.code}`}
                      >
                        {r.retired ? t('indSetup.rules.activate') : t('indSetup.rules.retire')}
                      </Button>
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
      {office ? (
        <form
          className="ind-add-form"
          data-test="ind-rule-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h3>
            {editing ? t('indSetup.rules.editHeading', { code: editing }) : t('indSetup.rules.addHeading')}
          </h3>
          {save.error ? <ErrorNotice error={save.error} /> : null}
          <div className="ind-add-grid">
            {text('code', t('ind.grid.code'))}
            {text('left', t('indSetup.rules.left'))}
            <SetupField label={t('indSetup.rules.op')}>
              <NativeSelect
                value={v.op}
                onChange={(op) => setV((x) => ({ ...x, op }))}
                options={OPS.map((o) => ({ value: o, label: o }))}
                data-test="ind-rule-op"
              />
            </SetupField>
            {text('right', t('indSetup.rules.right'))}
            <SetupField label={t('indSetup.rules.severity')}>
              <NativeSelect
                value={v.severity}
                onChange={(severity) => setV((x) => ({ ...x, severity }))}
                options={(['hard', 'soft'] as const).map((s) => ({
                  value: s,
                  label: t(`ind.form.severity.${s}`),
                }))}
                data-test="ind-rule-severity"
              />
            </SetupField>
            {text('zh', t('indSetup.rules.reasonZh'))}
            {text('en', t('indSetup.rules.reasonEn'))}
          </div>
          <span className="ind-actions" style={{ margin: 0 }}>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              disabled={!v.code || !v.left || !v.right || !v.zh || !v.en}
              data-test="ind-rule-submit"
            >
              {editing ? t('indSetup.rules.save') : t('indSetup.rules.add')}
            </Button>
            {editing ? (
              <Button
                onClick={() => {
                  setEditing(null);
                  setV(blank);
                  save.reset();
                }}
              >
                {t('indSetup.rules.cancel')}
              </Button>
            ) : null}
          </span>
        </form>
      ) : null}
    </section>
  );
}
