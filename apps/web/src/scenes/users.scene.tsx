// User accounts: the office sees, creates and manages all (edit, disable and enable, reset a password, unlock); a
// district admin sees the accounts in their area subtree. Each account shows its state.
import { Button, Card, Popconfirm, Table, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAreas } from '../api/core/areas.ts';
import { useAbilities, useSession } from '../api/core/session.ts';
import type { Area, User } from '../api/core/types.ts';
import { useUnits } from '../api/core/units.ts';
import { type AccountAction, useAccountAction, useUsers } from '../api/core/users.ts';
import { errorSentence } from '../api/describe-error.ts';
import { useMessage } from '../components/app-message.tsx';
import { EmptyNotice, ErrorNotice } from '../components/query-state.tsx';
import { PasswordResetModal, UserEditDrawer } from '../components/user-account-forms.tsx';
import { UserCreateForm } from '../components/user-create-form.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';

/** The states an account is in, most important first; an account in none is active. */
function StateTags({ user, t }: { user: User; t: TFunction }) {
  const tags: [string, string, string | undefined][] = [];
  if (user.disabledAt) tags.push(['disabled', t('users.state.disabled'), undefined]);
  if (user.lockedAt)
    tags.push(['locked', t('users.state.locked'), t('users.lockedWhy', { count: user.failedLogins })]);
  if (user.mustChangePassword) tags.push(['must-change', t('users.state.mustChange'), undefined]);
  if (tags.length === 0) tags.push(['active', t('users.state.active'), undefined]);
  return (
    <span className="state-tags" data-test={`user-state-${user.username}`}>
      {tags.map(([key, label, title]) => (
        <Tag key={key} className={`state-tag state-${key}`} title={title} data-state={key}>
          {label}
        </Tag>
      ))}
    </span>
  );
}

export default function UsersScene() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('users.pageTitle'));
  const abilities = useAbilities();
  const { data: session } = useSession();
  const users = useUsers(abilities['users.read']);
  const manage = abilities['users.manage'];
  const action = useAccountAction();
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const message = useMessage();
  const act = (user: User, what: AccountAction) =>
    action.mutate(
      { id: user.id, action: what },
      {
        onSuccess: () => {
          const done = { disable: 'disabledDone', enable: 'enabledDone', unlock: 'unlockedDone' } as const;
          void message.success(t(`users.${done[what]}`, { username: user.username }));
        },
        onError: (e) => void message.error(errorSentence(t, e)),
      },
    );
  const busy = (user: User, what: AccountAction) =>
    action.isPending && action.variables?.id === user.id && action.variables.action === what;
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
                {
                  key: 'username',
                  title: t('users.username'),
                  render: (_, u) => (
                    <>
                      {u.username}
                      {u.id === session?.user?.id && (
                        <span className="user-self muted">{t('users.self')}</span>
                      )}
                      {/* on phones the role column folds into this one */}
                      <span className="xs-only">
                        <Tag className="role-tag">{t(`role.${u.role}`)}</Tag>
                      </span>
                    </>
                  ),
                },
                {
                  key: 'displayName',
                  title: t('users.displayName'),
                  dataIndex: 'displayName',
                  responsive: ['sm'],
                },
                {
                  key: 'role',
                  title: t('users.role'),
                  responsive: ['sm'],
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
                  key: 'state',
                  title: t('users.status'),
                  render: (_, u) => <StateTags user={u} t={t} />,
                },
                {
                  key: 'createdAt',
                  title: t('users.createdAt'),
                  responsive: ['xxl'],
                  render: (_, u) => (u.createdAt ? dates.format(new Date(u.createdAt)) : ''),
                },
                ...(manage
                  ? [
                      {
                        key: 'actions',
                        title: t('users.actions'),
                        render: (_: unknown, u: User) => {
                          const self = u.id === session?.user?.id;
                          return (
                            <fieldset
                              className="user-actions"
                              aria-label={t('users.actionsFor', { username: u.username })}
                            >
                              <Button
                                size="small"
                                onClick={() => setEditing(u)}
                                data-test={`user-edit-${u.username}`}
                              >
                                {t('users.edit')}
                              </Button>
                              {!self && (
                                <Button
                                  size="small"
                                  onClick={() => setResetting(u)}
                                  data-test={`user-reset-${u.username}`}
                                >
                                  {t('users.resetPassword')}
                                </Button>
                              )}
                              {u.lockedAt && (
                                <Button
                                  size="small"
                                  onClick={() => act(u, 'unlock')}
                                  loading={busy(u, 'unlock')}
                                  data-test={`user-unlock-${u.username}`}
                                >
                                  {t('users.unlock')}
                                </Button>
                              )}
                              {u.disabledAt ? (
                                <Button
                                  size="small"
                                  onClick={() => act(u, 'enable')}
                                  loading={busy(u, 'enable')}
                                  data-test={`user-enable-${u.username}`}
                                >
                                  {t('users.enable')}
                                </Button>
                              ) : (
                                !self && (
                                  <Popconfirm
                                    title={t('users.disableConfirm', { username: u.username })}
                                    description={t('users.disableConsequence')}
                                    okText={t('users.disable')}
                                    cancelText={t('users.cancel')}
                                    okButtonProps={{
                                      danger: true,
                                      'data-test': `user-disable-${u.username}-ok`,
                                    }}
                                    onConfirm={() => act(u, 'disable')}
                                  >
                                    <Button
                                      size="small"
                                      danger
                                      loading={busy(u, 'disable')}
                                      data-test={`user-disable-${u.username}`}
                                    >
                                      {t('users.disable')}
                                    </Button>
                                  </Popconfirm>
                                )
                              )}
                            </fieldset>
                          );
                        },
                      },
                    ]
                  : []),
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
      {manage && (
        <>
          <UserEditDrawer user={editing} onClose={() => setEditing(null)} />
          <PasswordResetModal user={resetting} onClose={() => setResetting(null)} />
        </>
      )}
    </div>
  );
}
