// Forms for a year's work items: adding one (task, owners, deliverable, due date, target, weight, whether reports on it
// need evidence) and editing one.
import { Button, type ButtonProps, Card, Checkbox, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { accApi, useAccMutation } from '../../api/accountability/acc.ts';
import type { WorkItem } from '../../api/accountability/types.ts';
import type { Task } from '../../api/core/types.ts';
import { useUnits } from '../../api/core/units.ts';
import { useMessage } from '../app-message.tsx';
import { DateField } from '../date-field.tsx';
import { NativeSelect } from '../native-select.tsx';
import { InputNumber } from '../number-input.tsx';
import { AccError } from './acc-ui.tsx';

interface ItemForm {
  taskNumber: string;
  title: string;
  ownerUnitId: string;
  deliverable?: string;
  dueOn: string;
  targetValue?: number | null;
  targetUnit?: string;
  weight?: number;
  evidenceRequired?: boolean;
}

/** `tasks`: those the user may add items to (all for the office, the tasks their unit leads for a liaison). */
export function AddItem({ year, tasks }: { year: number; tasks: Task[] }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<ItemForm>();
  const units = useUnits();
  const add = useAccMutation((v: ItemForm) =>
    accApi.post('/acc/work-items', {
      year,
      taskNumber: Number(v.taskNumber),
      title: v.title,
      ownerUnitIds: [Number(v.ownerUnitId)],
      deliverable: v.deliverable ?? '',
      dueOn: v.dueOn,
      targetValue: v.targetValue ?? null,
      targetUnit: v.targetUnit || null,
      weight: v.weight ?? 1,
      evidenceRequired: v.evidenceRequired ?? false,
    }),
  );
  const req = { required: true, message: t('acc.rounds.required') };
  return (
    <section className="page-section" aria-labelledby="acc-add-item">
      <Card>
        <h2 id="acc-add-item" className="card-heading">
          {t('acc.items.add')}
        </h2>
        <Form<ItemForm>
          form={form}
          layout="vertical"
          initialValues={{ weight: 1 }}
          data-test="acc-add-item-form"
          onFinish={(v) =>
            add.mutate(v, {
              onSuccess: () => {
                void message.success(t('acc.items.added'));
                form.resetFields();
              },
            })
          }
        >
          <div className="acc-form-grid">
            <Form.Item name="taskNumber" label={t('acc.items.task')} rules={[req]}>
              <NativeSelect
                className="filter-control"
                emptyLabel=""
                data-test="acc-add-item-task"
                options={tasks.map((x) => ({
                  value: String(x.number),
                  label: `${x.number} ${x.title}`,
                }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('acc.items.itemTitle')} rules={[req]}>
              <Input />
            </Form.Item>
            <Form.Item name="ownerUnitId" label={t('acc.items.owners')} rules={[req]}>
              <NativeSelect
                className="filter-control"
                emptyLabel=""
                options={(units.data ?? []).map((u) => ({ value: String(u.id), label: u.name }))}
              />
            </Form.Item>
            <Form.Item name="deliverable" label={t('acc.items.deliverable')}>
              <Input />
            </Form.Item>
            <Form.Item name="dueOn" label={t('acc.items.dueOn')} rules={[req]}>
              <DateField />
            </Form.Item>
            <Form.Item name="targetValue" label={t('acc.items.targetValue')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="targetUnit" label={t('acc.items.targetUnit')}>
              <Input />
            </Form.Item>
            <Form.Item name="weight" label={t('acc.items.weight')}>
              <InputNumber min={0.1} max={100} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="evidenceRequired" valuePropName="checked">
              <Checkbox data-test="acc-add-item-evidence">{t('acc.items.evidenceRequired')}</Checkbox>
            </Form.Item>
          </div>
          {add.error ? <AccError error={add.error} /> : null}
          <Button type="primary" size="large" htmlType="submit" loading={add.isPending}>
            {t('acc.items.add')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}

interface EditForm {
  title: string;
  ownerUnitIds: number[];
  deliverable?: string;
  dueOn: string;
  targetValue?: number | null;
  targetUnit?: string | null;
  weight?: number;
  evidenceRequired?: boolean;
}

export function EditItem({ item, onClose }: { item: WorkItem; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<EditForm>();
  const units = useUnits();
  useEffect(() => {
    form.setFieldsValue({
      title: item.title,
      ownerUnitIds: item.ownerUnitIds,
      deliverable: item.deliverable,
      dueOn: item.dueOn,
      targetValue: item.targetValue,
      targetUnit: item.targetUnit ?? '',
      weight: item.weight,
      evidenceRequired: item.evidenceRequired,
    });
  }, [form, item]);
  const save = useAccMutation((v: EditForm) =>
    accApi.patch(`/acc/work-items/${item.id}`, {
      title: v.title,
      ownerUnitIds: v.ownerUnitIds,
      deliverable: v.deliverable ?? '',
      dueOn: v.dueOn,
      targetValue: v.targetValue ?? null,
      targetUnit: v.targetUnit || null,
      weight: v.weight ?? item.weight,
      evidenceRequired: v.evidenceRequired ?? item.evidenceRequired,
    }),
  );
  const req = { required: true, message: t('acc.rounds.required') };
  return (
    <Modal
      open
      title={`${t('acc.items.edit')}${t('common.colon')}${item.taskNumber} · ${item.title}`}
      onCancel={onClose}
      okText={t('acc.items.save')}
      cancelText={t('acc.items.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-test': 'acc-item-save' } as ButtonProps}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<EditForm>
        form={form}
        layout="vertical"
        data-test="acc-item-edit-form"
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: () => {
              void message.success(t('acc.items.saved'));
              onClose();
            },
          })
        }
      >
        <Form.Item name="title" label={t('acc.items.itemTitle')} rules={[req]}>
          <Input data-test="acc-item-title" />
        </Form.Item>
        <Form.Item
          name="ownerUnitIds"
          label={t('acc.items.owners')}
          // a validator rather than `required`: antd would put aria-required on the group's div, which axe refuses
          rules={[
            {
              validator: (_, v: number[] | undefined) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error(t('acc.rounds.required'))),
            },
          ]}
        >
          <Checkbox.Group
            className="acc-owner-checks"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            data-test="acc-item-owners"
          />
        </Form.Item>
        <Form.Item name="deliverable" label={t('acc.items.deliverable')}>
          <Input data-test="acc-item-deliverable" />
        </Form.Item>
        <Form.Item name="dueOn" label={t('acc.items.dueOn')} rules={[req]}>
          <DateField testId="acc-item-due" />
        </Form.Item>
        <Form.Item name="targetValue" label={t('acc.items.targetValue')}>
          <InputNumber min={0} style={{ width: '100%' }} data-test="acc-item-target" />
        </Form.Item>
        <Form.Item name="targetUnit" label={t('acc.items.targetUnit')}>
          <Input data-test="acc-item-target-unit" />
        </Form.Item>
        <Form.Item name="weight" label={t('acc.items.weight')}>
          <InputNumber min={0.1} max={100} step={0.5} style={{ width: '100%' }} data-test="acc-item-weight" />
        </Form.Item>
        <Form.Item name="evidenceRequired" valuePropName="checked">
          <Checkbox data-test="acc-item-evidence">{t('acc.items.evidenceRequired')}</Checkbox>
        </Form.Item>
        {save.error ? <AccError error={save.error} /> : null}
      </Form>
    </Modal>
  );
}
