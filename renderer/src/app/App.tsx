import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
// antd's styles as one static sheet (zeroRuntime below): building them in JavaScript on the first
// render was a third of the first screen's script time; the screens look the same pixel for pixel.
import 'antd/dist/antd.css';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { SystemStatus } from '../../../electron/core/contract/system.js';
import { invoke } from '../api/client.js';
import { LoginScreen } from '../screens/login/LoginScreen.js';
import { SetupScreen } from '../screens/setup/SetupScreen.js';
import { SessionContext } from './session.js';
import { T } from './text.js';

// The first screen is setup or login: the shell and its screens load after it, while the operator types.
const Shell = lazy(() => import('./Shell.js').then((m) => ({ default: m.Shell })));

export function App() {
  const [status, setStatus] = useState<SystemStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    invoke('system.status', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);

  let body;
  if (error) body = <Result status="error" title={T.loadFailed} subTitle={error} extra={<Button onClick={load}>{T.retry}</Button>} />;
  else if (!status) body = <Spin tip={T.loading} fullscreen />;
  else if (status.state === 'setup') body = <SetupScreen />;
  else if (status.state === 'login') body = <LoginScreen />;
  else
    body = (
      <Suspense fallback={<Spin tip={T.loading} fullscreen />}>
        <Shell />
      </Suspense>
    );

  return (
    <ConfigProvider locale={zhCN} theme={{ zeroRuntime: true, token: { colorPrimary: '#c0392b', fontSize: 15 } }}>
      <AntApp>
        {status ? <SessionContext.Provider value={{ status, setStatus }}>{body}</SessionContext.Provider> : body}
      </AntApp>
    </ConfigProvider>
  );
}
