// The outline as read, in a form the office corrects: each group's kind, number, title and lead units; each task's
// number, title and units; each target. Unit lists are written with 、 between names, as documents write them.
import type { Comparator, OutlineV2, OutlineV2Group, OutlineV2Target, OutlineV2Task } from '@kepu/domain';
import { useTranslation } from 'react-i18next';
import { DATA_LANG } from '../../i18n/index.ts';

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

export function OutlineForm({ outline, onChange }: Props) {
  const { t } = useTranslation();
  const setGroup = (gi: number, patch: Partial<OutlineV2Group>) =>
    onChange({ ...outline, groups: outline.groups.map((g, i) => (i === gi ? { ...g, ...patch } : g)) });
  const setTask = (gi: number, ti: number, patch: Partial<OutlineV2Task>) =>
    setGroup(gi, { tasks: outline.groups[gi].tasks.map((x, i) => (i === ti ? { ...x, ...patch } : x)) });
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
                onChange={(v) => setTask(gi, ti, { title: v })}
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
        </fieldset>
      ))}
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
