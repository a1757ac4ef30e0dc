import { Tabs, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { IssuedPublication, ObjectionRow, ObjectionStatus, PublicationSettings } from '../../../../electron/core/contract/publications.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { DocumentsPanel } from './DocumentsPanel.js';
import { ObjectionForm } from './ObjectionForm.js';
import { ObjectionsPanel } from './ObjectionsPanel.js';
import { RegisterPanel } from './RegisterPanel.js';
import { SettingsPanel } from './SettingsPanel.js';
import { T } from './text.js';

/** Publications, boards, cards and statements; the register of what was posted and the objections against it. */
export function PublicationsScreen() {
  const isAdmin = useCan(['admin']);
  const [register, setRegister] = useState<IssuedPublication[]>([]);
  const [objections, setObjections] = useState<ObjectionRow[]>([]);
  const [status, setStatus] = useState<ObjectionStatus | null>('open');
  const [settings, setSettings] = useState<PublicationSettings | null>(null);
  const [objecting, setObjecting] = useState<IssuedPublication | null>(null);

  const load = useCallback(() => {
    invoke('publications.register', {}).then(setRegister, () => setRegister([]));
    invoke('objections.list', { status }).then(setObjections, () => setObjections([]));
  }, [status]);
  useEffect(load, [load]);
  useEffect(() => {
    invoke('publications.settings', {}).then(setSettings, () => setSettings(null));
  }, []);

  return (
    <div>
      <Typography.Title level={3}>{T.title}</Typography.Title>
      <Tabs
        items={[
          { key: 'documents', label: T.tabs.documents, children: <DocumentsPanel /> },
          { key: 'register', label: T.tabs.register, children: <RegisterPanel rows={register} onObject={setObjecting} /> },
          {
            key: 'objections',
            label: T.tabs.objections,
            children: <ObjectionsPanel rows={objections} status={status} onStatus={setStatus} onChanged={load} />,
          },
          ...(isAdmin && settings ? [{ key: 'settings', label: T.tabs.settings, children: <SettingsPanel settings={settings} onSaved={setSettings} /> }] : []),
        ]}
      />
      {objecting && (
        <ObjectionForm
          publication={objecting}
          onClose={() => setObjecting(null)}
          onSaved={() => {
            setObjecting(null);
            load();
          }}
        />
      )}
    </div>
  );
}
