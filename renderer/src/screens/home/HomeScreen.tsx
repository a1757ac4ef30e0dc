import { Alert, Button, Card, Col, List, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { GroupRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { useSession } from '../../app/session.js';
import { useLedgerTodos } from '../review/todos.js';
import { T } from './text.js';
import { useTransferTodos } from '../transfer/useTransferTodos.js';
import { usePublicationReminders } from './usePublicationReminders.js';
import { useSetupTodos } from './useSetupTodos.js';

/** What needs doing today; grows as features land. */
export function HomeScreen() {
  const { status } = useSession();
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [openObjections, setOpenObjections] = useState(0);
  const [lowStock, setLowStock] = useState<string[]>([]);
  useEffect(() => {
    invoke('roster.groups.list', {}).then(setGroups, () => setGroups([]));
    invoke('shop.goods.list', {}).then((g) => setLowStock(g.filter((x) => x.low).map((x) => x.name)), () => setLowStock([]));
    invoke('objections.list', { status: 'open' }).then((r) => setOpenObjections(r.length), () => setOpenObjections(0));
  }, []);
  const households = groups.reduce((n, g) => n + g.households, 0);
  const ledgerTodos = useLedgerTodos();
  const transferTodos = useTransferTodos();
  const publicationTodos = usePublicationReminders();
  const setupTodos = useSetupTodos();
  const todos: string[] = [
    ...(households === 0 && status.village?.installation !== 'township' ? [T.noHouseholds] : []),
    ...ledgerTodos,
    ...(openObjections > 0 ? [T.openObjections(openObjections)] : []),
    ...transferTodos,
    ...publicationTodos,
  ];
  if (lowStock.length > 0) todos.push(T.lowStock(lowStock));
  return (
    <div>
      <Typography.Title level={3}>{T.welcome(status.operator?.name ?? '')}</Typography.Title>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Card>
            <Statistic title={T.households} value={households} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title={T.groups} value={groups.length} />
          </Card>
        </Col>
      </Row>
      <Card title={T.todo}>
        {todos.length + setupTodos.length === 0 ? (
          <Alert type="success" title={T.allDone} />
        ) : (
          <List
            dataSource={[...setupTodos, ...todos.map((text) => ({ text, to: '', action: '' }))]}
            renderItem={(t) => (
              <List.Item
                actions={t.to ? [<Button key="go" type="link" onClick={() => (window.location.hash = `#/${t.to}`)}>{t.action}</Button>] : []}
              >
                {t.text}
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  );
}
