import { HomeOutlined, TeamOutlined, IdcardOutlined, UserSwitchOutlined, DatabaseOutlined, FileSearchOutlined } from '@ant-design/icons';
import { ApartmentOutlined, AuditOutlined, BookOutlined, CalendarOutlined, EditOutlined, SafetyCertificateOutlined, SearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { PrinterOutlined, ShoppingCartOutlined, ShopOutlined } from '@ant-design/icons';
import { UsbOutlined, BarChartOutlined, MoneyCollectOutlined, StarOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { Role } from '../../../electron/core/contract/endpoint.js';
import type { Installation } from '../../../electron/core/contract/system.js';

/**
 * Each screen is its own chunk, fetched the first time it is opened, so the
 * first screen (setup or login) does not wait for every screen's code — nor
 * for ECharts, which only the statistics and township screens import.
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

const HomeScreen = screen(() => import('../screens/home/HomeScreen.js'), 'HomeScreen');
const RosterScreen = screen(() => import('../screens/roster/RosterScreen.js'), 'RosterScreen');
const CadresScreen = screen(() => import('../screens/roster/CadresScreen.js'), 'CadresScreen');
const OperatorsScreen = screen(() => import('../screens/operators/OperatorsScreen.js'), 'OperatorsScreen');
const AuditScreen = screen(() => import('../screens/audit/AuditScreen.js'), 'AuditScreen');
const BackupScreen = screen(() => import('../screens/backup/BackupScreen.js'), 'BackupScreen');
const ChecklistsScreen = screen(() => import('../screens/checklists/ChecklistsScreen.js'), 'ChecklistsScreen');
const DutiesScreen = screen(() => import('../screens/checklists/DutiesScreen.js'), 'DutiesScreen');
const ScoringScreen = screen(() => import('../screens/scoring/ScoringScreen.js'), 'ScoringScreen');
const InspectionScreen = screen(() => import('../screens/scoring/InspectionScreen.js'), 'InspectionScreen');
const ActivitiesScreen = screen(() => import('../screens/scoring/ActivitiesScreen.js'), 'ActivitiesScreen');
const ReviewScreen = screen(() => import('../screens/review/ReviewScreen.js'), 'ReviewScreen');
const PassbookScreen = screen(() => import('../screens/passbook/PassbookScreen.js'), 'PassbookScreen');
const LedgerSettingsScreen = screen(() => import('../screens/passbook/LedgerSettingsScreen.js'), 'LedgerSettingsScreen');
const PublicationsScreen = screen(() => import('../screens/publications/PublicationsScreen.js'), 'PublicationsScreen');
const CashierScreen = screen(() => import('../screens/cashier/CashierScreen.js'), 'CashierScreen');
const ShopScreen = screen(() => import('../screens/shop/ShopScreen.js'), 'ShopScreen');
const TransferScreen = screen(() => import('../screens/transfer/TransferScreen.js'), 'TransferScreen');
const TownshipScreen = screen(() => import('../screens/township/TownshipScreen.js'), 'TownshipScreen');
const DividendsScreen = screen(() => import('../screens/dividends/DividendsScreen.js'), 'DividendsScreen');
const StarsScreen = screen(() => import('../screens/stars/StarsScreen.js'), 'StarsScreen');
const StatsScreen = screen(() => import('../screens/stats/StatsScreen.js'), 'StatsScreen');

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
  { key: 'roster', label: '农户花名册', icon: <TeamOutlined />, roles: 'session', installation: 'village', render: () => <RosterScreen /> },
  { key: 'cadres', label: '村干部', icon: <IdcardOutlined />, roles: 'session', installation: 'village', render: () => <CadresScreen /> },
  { key: 'checklists', label: '清单管理', icon: <UnorderedListOutlined />, roles: ['admin', 'clerk', 'reviewer'], installation: 'village', render: () => <ChecklistsScreen /> },
  { key: 'duties', label: '职责分工', icon: <ApartmentOutlined />, roles: ['admin', 'clerk', 'reviewer'], installation: 'village', render: () => <DutiesScreen /> },
  { key: 'scoring', label: '积分录入', icon: <EditOutlined />, roles: ['admin', 'clerk'], installation: 'village', render: () => <ScoringScreen /> },
  { key: 'inspection', label: '入户巡查', icon: <SearchOutlined />, roles: ['admin', 'clerk'], installation: 'village', render: () => <InspectionScreen /> },
  { key: 'activities', label: '活动签到', icon: <CalendarOutlined />, roles: ['admin', 'clerk'], installation: 'village', render: () => <ActivitiesScreen /> },
  { key: 'review', label: '月度审核', icon: <AuditOutlined />, roles: ['admin', 'reviewer'], installation: 'village', render: () => <ReviewScreen /> },
  { key: 'passbook', label: '积分存折', icon: <BookOutlined />, roles: 'session', installation: 'village', render: () => <PassbookScreen /> },
  { key: 'ledgerSettings', label: '积分设置与校验', icon: <SafetyCertificateOutlined />, roles: ['admin', 'reviewer'], installation: 'village', render: () => <LedgerSettingsScreen /> },
  { key: 'publications', label: '公示与打印', icon: <PrinterOutlined />, roles: ['admin', 'clerk', 'reviewer'], installation: 'village', render: () => <PublicationsScreen /> },
  { key: 'cashier', label: '收银兑换', icon: <ShoppingCartOutlined />, roles: ['admin', 'cashier'], installation: 'village', render: () => <CashierScreen /> },
  { key: 'shop', label: '积分超市', icon: <ShopOutlined />, roles: 'session', installation: 'village', render: () => <ShopScreen /> },
  { key: 'dividends', label: '按积分分红', icon: <MoneyCollectOutlined />, roles: ['admin', 'reviewer'], installation: 'village', render: () => <DividendsScreen /> },
  { key: 'stars', label: '星级文明户', icon: <StarOutlined />, roles: ['admin', 'clerk', 'reviewer'], installation: 'village', render: () => <StarsScreen /> },
  { key: 'stats', label: '全村统计', icon: <BarChartOutlined />, roles: ['admin', 'clerk', 'reviewer'], installation: 'village', render: () => <StatsScreen /> },
  { key: 'operators', label: '操作员管理', icon: <UserSwitchOutlined />, roles: ['admin'], render: () => <OperatorsScreen /> },
  { key: 'audit', label: '审计日志', icon: <FileSearchOutlined />, roles: ['admin', 'reviewer'], render: () => <AuditScreen /> },
  { key: 'backup', label: '数据备份', icon: <DatabaseOutlined />, roles: ['admin'], render: () => <BackupScreen /> },
  { key: 'transfer', label: '报送乡镇', icon: <UsbOutlined />, roles: ['admin'], installation: 'village', render: () => <TransferScreen /> },
  { key: 'township', label: '乡镇汇总', icon: <BarChartOutlined />, roles: 'session', installation: 'township', render: () => <TownshipScreen /> },
];
