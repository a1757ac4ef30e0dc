import { HomeOutlined, TeamOutlined, IdcardOutlined, UserSwitchOutlined, AuditOutlined, DatabaseOutlined, UsbOutlined, BarChartOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../../electron/core/contract/endpoint.js';
import type { Installation } from '../../../electron/core/contract/system.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { RosterScreen } from '../screens/roster/RosterScreen.js';
import { CadresScreen } from '../screens/roster/CadresScreen.js';
import { OperatorsScreen } from '../screens/operators/OperatorsScreen.js';
import { AuditScreen } from '../screens/audit/AuditScreen.js';
import { BackupScreen } from '../screens/backup/BackupScreen.js';
import { TransferScreen } from '../screens/transfer/TransferScreen.js';
import { TownshipScreen } from '../screens/township/TownshipScreen.js';

/** The left navigation: one entry per task. Only screens that work are listed. */
export interface ScreenDef {
  key: string;
  label: string;
  icon: ReactNode;
  roles: readonly Role[] | 'session';
  render: () => ReactNode;
  /** Shown only on this kind of installation; absent: on both. */
  installation?: Installation;
}

export const SCREENS: ScreenDef[] = [
  { key: 'home', label: '首页', icon: <HomeOutlined />, roles: 'session', render: () => <HomeScreen /> },
  { key: 'roster', label: '农户花名册', icon: <TeamOutlined />, roles: 'session', render: () => <RosterScreen /> },
  { key: 'cadres', label: '村干部', icon: <IdcardOutlined />, roles: 'session', render: () => <CadresScreen /> },
  { key: 'operators', label: '操作员管理', icon: <UserSwitchOutlined />, roles: ['admin'], render: () => <OperatorsScreen /> },
  { key: 'audit', label: '审计日志', icon: <AuditOutlined />, roles: ['admin', 'reviewer'], render: () => <AuditScreen /> },
  { key: 'backup', label: '数据备份', icon: <DatabaseOutlined />, roles: ['admin'], render: () => <BackupScreen /> },
  { key: 'transfer', label: '报送乡镇', icon: <UsbOutlined />, roles: ['admin'], installation: 'village', render: () => <TransferScreen /> },
  { key: 'township', label: '乡镇汇总', icon: <BarChartOutlined />, roles: 'session', installation: 'township', render: () => <TownshipScreen /> },
];
