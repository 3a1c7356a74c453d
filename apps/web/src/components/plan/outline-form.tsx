// The outline as read, in a form the office corrects: each group's kind, number, title and lead units; each task's
// number, title and units; each target. Unit lists are written with 、 between names, as documents write them. Groups
// and tasks are added, moved and deleted with buttons that name what they act on (outline-edit.ts does the arrays).
import type { Comparator, OutlineV2, OutlineV2Group, OutlineV2Target, OutlineV2Task } from '@kepu/domain';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { DATA_LANG } from '../../i18n/index.ts';
import {
  addGroup,
  addTask,
  deleteGroup,
  deleteTask,
  movedGroupIndex,
  moveGroup,
  moveTask,
  newGroupIndex,
  retitleTask,
} from './outline-edit.ts';

const comparators: Comparator[] = ['=', '>', '>=', '<', '<=', '≈', 'qualitative'];
const units = (s: string) => [
  ...new Set(
    s
      .split(/[、,，;；]/)
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];
const num = (s: string) => (s.trim() === '' ? undefined : Number(s));

interface Props {
  outline: OutlineV2;
  onChange: (o: OutlineV2) => void;
  /** Called when groups or tasks are added, moved or deleted: the places problems were reported at have moved. */
  onReshape?: () => void;
}

function Field({
  id,
  label,
  value,
  onChange,
  wide,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  wide?: boolean;
}) {
  return (
    <label className={wide ? 'outline-field outline-field-wide' : 'outline-field'} htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
        data-test={id}
        value={value}
        lang={DATA_LANG}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/** After a change re-renders the form, the first of these controls that is there and enabled takes the focus. */
function focusSoon(...ids: string[]) {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLButtonElement | HTMLInputElement | null;
      if (el && !el.disabled) return el.focus();
    }
  });
}

function Edit({
  id,
  label,
  text,
  onClick,
  disabled,
}: {
  id: string;
  label: string;
  text: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <Button
      id={id}
      data-test={id}
      size="small"
      autoInsertSpace={false}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      {text}
    </Button>
  );
}

export function OutlineForm({ outline, onChange, onReshape }: Props) {
  const { t } = useTranslation();
  const setGroup = (gi: number, patch: Partial<OutlineV2Group>) =>
    onChange({ ...outline, groups: outline.groups.map((g, i) => (i === gi ? { ...g, ...patch } : g)) });
  const setTask = (gi: number, ti: number, patch: Partial<OutlineV2Task>) =>
    setGroup(gi, { tasks: outline.groups[gi].tasks.map((x, i) => (i === ti ? { ...x, ...patch } : x)) });
  const edit = (next: OutlineV2, ...focus: string[]) => {
    onChange(next);
    onReshape?.();
    focusSoon(...focus);
  };
  const setTarget = (i: number, patch: Partial<OutlineV2Target>) =>
    onChange({ ...outline, targets: outline.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <section className="outline-form" aria-labelledby="outline-form-heading" data-test="outline-form">
      <h2 id="outline-form-heading">{t('planImport.parsed')}</h2>
      <Field
        id="outline-title"
        label={t('planImport.title')}
        value={outline.title}
        wide
        onChange={(v) => onChange({ ...outline, title: v })}
      />
      <Field
        id="outline-doc"
        label={t('plan.documentNumber')}
        value={outline.documentNumber}
        onChange={(v) => onChange({ ...outline, documentNumber: v })}
      />
      {outline.groups.map((g, gi) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: groups are edited in place
        <fieldset key={gi} className="outline-group" data-test={`group-${gi}`}>
          <legend>{t('planImport.group', { n: gi + 1 })}</legend>
          <div className="outline-edit">
            <Edit
              id={`g${gi}-up`}
              text={t('planImport.edit.up')}
              label={t('planImport.edit.groupUp', { g: gi + 1 })}
              disabled={gi === 0}
              onClick={() => {
                const to = movedGroupIndex(outline, gi, -1);
                edit(moveGroup(outline, gi, -1), `g${to}-up`, `g${to}-title`);
              }}
            />
            <Edit
              id={`g${gi}-down`}
              text={t('planImport.edit.down')}
              label={t('planImport.edit.groupDown', { g: gi + 1 })}
              disabled={gi === outline.groups.length - 1}
              onClick={() => {
                const to = movedGroupIndex(outline, gi, 1);
                edit(moveGroup(outline, gi, 1), `g${to}-down`, `g${to}-title`);
              }}
            />
            <Edit
              id={`g${gi}-delete`}
              text={t('planImport.edit.delete')}
              label={t('planImport.edit.groupDelete', { g: gi + 1 })}
              disabled={outline.groups.length === 1}
              onClick={() =>
                edit(deleteGroup(outline, gi), `g${gi}-delete`, `g${gi - 1}-delete`, 'add-group')
              }
            />
          </div>
          <label className="outline-field" htmlFor={`g${gi}-kind`}>
            <span>{t('planImport.kind')}</span>
            <select
              id={`g${gi}-kind`}
              value={g.kind}
              onChange={(e) => setGroup(gi, { kind: e.target.value as OutlineV2Group['kind'] })}
            >
              {(['action', 'project', 'measure'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`planImport.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <Field
            id={`g${gi}-number`}
            label={t('planImport.number')}
            value={g.number?.toString() ?? ''}
            onChange={(v) => setGroup(gi, { number: num(v) })}
          />
          <Field
            id={`g${gi}-title`}
            label={t('planImport.title')}
            value={g.title}
            wide
            onChange={(v) => setGroup(gi, { title: v })}
          />
          <Field
            id={`g${gi}-lead`}
            label={t('planImport.leadUnits')}
            value={g.leadUnits.join('、')}
            wide
            onChange={(v) => setGroup(gi, { leadUnits: units(v) })}
          />
          {g.tasks.map((task, ti) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tasks are edited in place
            <div key={ti} className="outline-task" data-test={`task-${gi}-${ti}`}>
              <div className="outline-edit">
                <Edit
                  id={`g${gi}-t${ti}-up`}
                  text={t('planImport.edit.up')}
                  label={t('planImport.edit.taskUp', { g: gi + 1, n: ti + 1 })}
                  disabled={ti === 0}
                  onClick={() =>
                    edit(moveTask(outline, gi, ti, -1), `g${gi}-t${ti - 1}-up`, `g${gi}-t${ti - 1}-title`)
                  }
                />
                <Edit
                  id={`g${gi}-t${ti}-down`}
                  text={t('planImport.edit.down')}
                  label={t('planImport.edit.taskDown', { g: gi + 1, n: ti + 1 })}
                  disabled={ti === g.tasks.length - 1}
                  onClick={() =>
                    edit(moveTask(outline, gi, ti, 1), `g${gi}-t${ti + 1}-down`, `g${gi}-t${ti + 1}-title`)
                  }
                />
                <Edit
                  id={`g${gi}-t${ti}-delete`}
                  text={t('planImport.edit.delete')}
                  label={t('planImport.edit.taskDelete', { g: gi + 1, n: ti + 1 })}
                  onClick={() =>
                    edit(
                      deleteTask(outline, gi, ti),
                      `g${gi}-t${ti}-delete`,
                      `g${gi}-t${ti - 1}-delete`,
                      `g${gi}-add-task`,
                    )
                  }
                />
              </div>
              <Field
                id={`g${gi}-t${ti}-number`}
                label={t('planImport.taskNumber')}
                value={task.number?.toString() ?? ''}
                onChange={(v) => setTask(gi, ti, { number: num(v) })}
              />
              <Field
                id={`g${gi}-t${ti}-title`}
                label={t('planImport.taskTitle')}
                value={task.title}
                wide
                onChange={(v) => setTask(gi, ti, retitleTask(task, v))}
              />
              <Field
                id={`g${gi}-t${ti}-units`}
                label={t('planImport.responsibleUnits')}
                value={task.responsibleUnits.join('、')}
                wide
                onChange={(v) => setTask(gi, ti, { responsibleUnits: units(v) })}
              />
            </div>
          ))}
          <Edit
            id={`g${gi}-add-task`}
            text={t('planImport.edit.addTask')}
            label={t('planImport.edit.addTaskTo', { g: gi + 1 })}
            onClick={() => edit(addTask(outline, gi), `g${gi}-t${g.tasks.length}-title`)}
          />
        </fieldset>
      ))}
      <p className="block-gap">
        <Edit
          id="add-group"
          text={t('planImport.edit.addGroup')}
          label={t('planImport.edit.addGroup')}
          onClick={() => {
            const at = newGroupIndex(outline);
            edit(addGroup(outline), `g${at}-title`);
          }}
        />
      </p>
      <p className="muted">{t('planImport.edit.hint')}</p>
      <fieldset className="outline-group" data-test="targets-form">
        <legend>{t('planImport.targets')}</legend>
        {outline.targets.length === 0 && <p>{t('planImport.noTargets')}</p>}
        {outline.targets.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: targets are edited in place
          <div key={i} className="outline-task">
            <Field
              id={`x${i}-year`}
              label={t('targets.year')}
              value={String(x.year)}
              onChange={(v) => setTarget(i, { year: Number(v) })}
            />
            <label className="outline-field" htmlFor={`x${i}-cmp`}>
              <span>{t('planImport.comparator')}</span>
              <select
                id={`x${i}-cmp`}
                value={x.comparator}
                onChange={(e) => setTarget(i, { comparator: e.target.value as Comparator })}
              >
                {comparators.map((c) => (
                  <option key={c} value={c}>
                    {t(
                      `planImport.comparators.${c === 'qualitative' ? 'q' : ['=', '>', '>=', '<', '<=', '≈'].indexOf(c)}`,
                    )}
                  </option>
                ))}
              </select>
            </label>
            {x.comparator === 'qualitative' ? (
              <Field
                id={`x${i}-text`}
                label={t('planImport.goalText')}
                value={x.text}
                wide
                onChange={(v) => setTarget(i, { text: v })}
              />
            ) : (
              <Field
                id={`x${i}-value`}
                label={t('targets.value')}
                value={x.value?.toString() ?? ''}
                onChange={(v) => setTarget(i, { value: num(v) })}
              />
            )}
          </div>
        ))}
      </fieldset>
    </section>
  );
}
