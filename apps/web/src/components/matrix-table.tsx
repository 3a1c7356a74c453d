// Responsibility matrix as a native table: tasks down, units across, sticky headers, ● lead / ○ responsible.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Matrix, TaskRole } from '../api/core/types.ts';
import { DATA_LANG } from '../i18n/index.ts';
import { RoleMark } from './role-mark.tsx';

export function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const roles = new Map<string, TaskRole>();
  for (const cell of matrix.cells) roles.set(`${cell.taskNumber}-${cell.unitId}`, cell.role);

  return (
    <section
      className="matrix-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
      tabIndex={0}
      aria-label={t('matrix.scrollLabel')}
      data-test="matrix-scroll"
    >
      <table className="matrix" data-test="matrix-table">
        <caption className="sr-only">
          {t('matrix.caption', { tasks: matrix.tasks.length, units: matrix.units.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('matrix.taskColumn')}
            </th>
            {matrix.units.map((unit) => (
              <th key={unit.id} scope="col" className="matrix-unit" data-test={`matrix-unit-${unit.id}`}>
                <Link to={`/units/${unit.id}`} className="matrix-unit-link" lang={DATA_LANG}>
                  {/* at most ten characters a line: long names take two columns */}
                  <span style={{ width: `${Math.ceil(unit.name.length / 10) * 1.05}em` }}>{unit.name}</span>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.tasks.map((task) => (
            <tr key={task.number} data-test={`matrix-row-${task.number}`}>
              <th scope="row" className="matrix-task">
                <Link to={`/tasks/${task.number}`} className="matrix-task-link" title={task.title}>
                  <span className="matrix-task-number">{task.number}</span>
                  <span className="matrix-task-title" lang={DATA_LANG}>
                    {task.title}
                  </span>
                </Link>
              </th>
              {matrix.units.map((unit) => {
                const role = roles.get(`${task.number}-${unit.id}`);
                return (
                  <td
                    key={unit.id}
                    className={role ? `matrix-cell cell-${role}` : 'matrix-cell'}
                    data-test={`matrix-cell-${task.number}-${unit.id}`}
                    data-role={role}
                  >
                    {role && <RoleMark duty={role} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
