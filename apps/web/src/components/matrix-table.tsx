// Responsibility matrix as a native table: tasks down, units across, sticky headers, ● lead / ○ responsible.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Matrix, TaskRole } from '../api/types.ts';
import { RoleMark } from './role-mark.tsx';

export function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const roles = new Map<string, TaskRole>();
  for (const cell of matrix.cells) roles.set(`${cell.taskNumber}-${cell.unitId}`, cell.role);

  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label={t('matrix.scrollLabel')} data-test="matrix-scroll">
      <table className="matrix" data-test="matrix-table">
        <caption className="sr-only">{t('matrix.caption', { tasks: matrix.tasks.length, units: matrix.units.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('matrix.taskColumn')}
            </th>
            {matrix.units.map((unit) => (
              <th key={unit.id} scope="col" className="matrix-unit" data-test={`matrix-unit-${unit.id}`}>
                <Link to={`/units/${unit.id}`} className="matrix-unit-link">
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
                  <span className="matrix-task-title">{task.title}</span>
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
                    {role && <RoleMark role={role} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
