import { KeyOutlined, LockOutlined, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { invoke } from '../api/client.js';
import { ROLE_LABELS } from '../../../electron/core/contract/system.js';
import { ChangePinModal } from './ChangePinModal.js';
import { rememberLeft, rememberLock, useIdleLock, type Left } from './lock.js';
import { SCREENS } from './screens.js';
import { useSession } from './session.js';
import { useRoute } from './useRoute.js';
import { T } from './text.js';

export function Shell() {
  const { status, setStatus } = useSession();
  const [route, go] = useRoute();
  const operator = status.operator;
  const visible = SCREENS.filter((s) => s.roles === 'session' || s.roles.some((r) => operator?.roles.includes(r))).filter(
    (s) => !s.installation || s.installation === status.village?.installation,
  );
  const current = visible.find((s) => s.key === route) ?? visible[0];
  const [autoLock, setAutoLock] = useState<number | null>(null);
  const [changingPin, setChangingPin] = useState(false);
  useEffect(() => {
    invoke('security.settings.get', {}).then((s) => setAutoLock(s.autoLockMinutes), () => setAutoLock(null));
  }, []);
  // lock keeps whose screen it was; switch keeps the screen for the next person; logout returns home
  const leave = useCallback(
    (how: 'lock' | Left) => {
      rememberLock(how === 'lock' ? operator : null);
      rememberLeft(how === 'lock' ? null : how);
      if (how === 'logout') window.location.hash = '#/home';
      void invoke('auth.logout', {}).then(setStatus);
    },
    [operator, setStatus],
  );
  // a large file is still being checked after a quick login: ask again until the check has an answer
  useEffect(() => {
    if (status.integrity !== 'checking') return;
    const again = setTimeout(() => void invoke('system.status', {}).then(setStatus, () => {}), 1000);
    return () => clearTimeout(again);
  }, [status, setStatus]);
  const lockNow = useCallback(() => leave('lock'), [leave]);
  useIdleLock(autoLock, lockNow);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* The menu scrolls on its own so every item stays reachable on a 1366×768 office screen. */}
      <Layout.Sider
        width={200}
        theme="light"
        style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
      >
        <div style={{ padding: '16px 16px 8px', fontWeight: 600, fontSize: 16, color: '#c0392b' }}>{status.village?.name}</div>
        <nav aria-label="主导航">
          <Menu
            mode="inline"
            selectedKeys={current ? [current.key] : []}
            // icons carry English aria-labels (home, team …): hidden, so each item is named by its Chinese label alone
            items={visible.map((s) => ({ key: s.key, icon: <span aria-hidden>{s.icon}</span>, label: s.label }))}
            onClick={(e) => go(e.key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '0 24px', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{T.appName}</Typography.Text>
          <Space>
            <UserOutlined aria-hidden />
            <span>
              {T.operator}：{operator?.name}（{operator?.roles.map((r) => ROLE_LABELS[r]).join('、')}）
            </span>
            <Button icon={<KeyOutlined aria-hidden />} onClick={() => setChangingPin(true)}>
              {T.changePin}
            </Button>
            <Button icon={<LockOutlined aria-hidden />} onClick={lockNow}>
              {T.lock}
            </Button>
            <Button icon={<SwapOutlined aria-hidden />} onClick={() => leave('switch')}>
              {T.switchOperator}
            </Button>
            <Button icon={<LogoutOutlined aria-hidden />} onClick={() => leave('logout')}>
              {T.logout}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {/* Layout.Content already is the page's one <main> landmark. */}
          {status.integrity === 'failed' && (
            <Alert type="error" showIcon message={T.integrityFailed.title} description={T.integrityFailed.detail} style={{ marginBottom: 16 }} />
          )}
          <Suspense fallback={<Spin tip={T.loading} />}>{current?.render()}</Suspense>
          <ChangePinModal open={changingPin} onClose={() => setChangingPin(false)} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
