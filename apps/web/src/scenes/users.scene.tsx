// User accounts: the office sees and creates all; a district admin sees the accounts in their area subtree.
import { Card, Table, Tag } from 'antd';
import { type HTMLAttributes, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../api/core/areas.ts';
import { useAbilities } from '../api/core/session.ts';
import type { Area, User } from '../api/core/types.ts';
import { useUnits } from '../api/core/units.ts';
import { useUsers } from '../api/core/users.ts';
import { EmptyNotice, ErrorNotice } from '../components/query-state.tsx';
import { UserCreateForm } from '../components/user-create-form.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';

export default function UsersScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('users.pageTitle'));
  const abilities = useAbilities();
  const users = useUsers(abilities['users.read']);
  const units = useUnits();
  const areas = useAreas();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));
  const areaName = useMemo(() => {
    const names = new Map<string, string>();
    const walk = (list: Area[]) => {
      for (const a of list) {
        names.set(a.code, a.name);
        walk(a.children ?? []);
      }
    };
    walk(areas.data ?? []);
    return names;
  }, [areas.data]);
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <div className="page page-wide" data-test="users-page">
      <h1>{t('users.heading')}</h1>
      <p className="muted">{abilities['users.create'] ? t('users.introOffice') : t('users.introDistrict')}</p>
      <div className={abilities['users.create'] ? 'split-layout split-layout-wide' : undefined}>
        <section aria-labelledby="users-list">
          <h2 id="users-list" className="sr-only">
            {t('users.list')}
          </h2>
          {users.error ? (
            <ErrorNotice error={users.error} />
          ) : (
            <Table<User>
              rowKey="id"
              loading={users.isPending}
              dataSource={users.data ?? []}
              data-test="users-table"
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              onRow={(user) => ({ 'data-test': `user-row-${user.username}` }) as HTMLAttributes<HTMLElement>}
              title={() => t('users.count', { count: users.data?.length ?? 0 })}
              locale={{ emptyText: <EmptyNotice text={t('users.empty')} /> }}
              columns={[
                { key: 'username', title: t('users.username'), dataIndex: 'username' },
                {
                  key: 'displayName',
                  title: t('users.displayName'),
                  dataIndex: 'displayName',
                  responsive: ['sm'],
                },
                {
                  key: 'role',
                  title: t('users.role'),
                  render: (_, u) => <Tag className="role-tag">{t(`role.${u.role}`)}</Tag>,
                },
                {
                  key: 'scope',
                  title: t('users.scope'),
                  responsive: ['md'],
                  render: (_, u) =>
                    u.unitId != null
                      ? (unitName.get(u.unitId) ?? `#${u.unitId}`)
                      : u.areaCode
                        ? `${areaName.get(u.areaCode) ?? ''} ${u.areaCode}`.trim()
                        : t('users.scopeAll'),
                },
                {
                  key: 'createdAt',
                  title: t('users.createdAt'),
                  responsive: ['xl'],
                  render: (_, u) => (u.createdAt ? dates.format(new Date(u.createdAt)) : ''),
                },
              ]}
            />
          )}
        </section>
        {abilities['users.create'] && (
          <section aria-labelledby="users-create">
            <Card>
              <h2 id="users-create" className="card-heading">
                {t('users.createHeading')}
              </h2>
              <UserCreateForm />
            </Card>
          </section>
        )}
      </div>
    </div>
  );
}
