import { HomeOutlined, TeamOutlined, IdcardOutlined, PrinterOutlined, MoneyCollectOutlined, StarOutlined, BarChartOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../../electron/core/contract/endpoint.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { RosterScreen } from '../screens/roster/RosterScreen.js';
import { CadresScreen } from '../screens/roster/CadresScreen.js';
import { PublicationsScreen } from '../screens/publications/PublicationsScreen.js';
import { DividendsScreen } from '../screens/dividends/DividendsScreen.js';
import { StarsScreen } from '../screens/stars/StarsScreen.js';
import { StatsScreen } from '../screens/stats/StatsScreen.js';

/** The left navigation: one entry per task. Only screens that work are listed. */
export interface ScreenDef {
  key: string;
  label: string;
  icon: ReactNode;
  roles: readonly Role[] | 'session';
  render: () => ReactNode;
}

export const SCREENS: ScreenDef[] = [
  { key: 'home', label: '首页', icon: <HomeOutlined />, roles: 'session', render: () => <HomeScreen /> },
  { key: 'roster', label: '农户花名册', icon: <TeamOutlined />, roles: 'session', render: () => <RosterScreen /> },
  { key: 'cadres', label: '村干部', icon: <IdcardOutlined />, roles: 'session', render: () => <CadresScreen /> },
  { key: 'publications', label: '公示与打印', icon: <PrinterOutlined />, roles: 'session', render: () => <PublicationsScreen /> },
  { key: 'dividends', label: '按积分分红', icon: <MoneyCollectOutlined />, roles: 'session', render: () => <DividendsScreen /> },
  { key: 'stars', label: '星级文明户', icon: <StarOutlined />, roles: 'session', render: () => <StarsScreen /> },
  { key: 'stats', label: '全村统计', icon: <BarChartOutlined />, roles: 'session', render: () => <StatsScreen /> },
];
