import { Alert, App, Col, DatePicker, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { DocumentInput, MissingGlyphs, PublicationInput, PublicationSettings } from '../../../../electron/core/contract/publications.js';
import type { GroupRow, HouseholdRow } from '../../../../electron/core/contract/roster.js';
import { invoke } from '../../api/client.js';
import { useCan } from '../../app/session.js';
import { DocumentCard } from './DocumentCard.js';
import { PdfPreview } from './PdfPreview.js';
import { recentYears } from './periods.js';
import { T } from './text.js';
import { usePdfAction } from './usePdfAction.js';
import { usePublishablePeriods } from './usePublishablePeriods.js';

const D = T.documents;

/** Every printable document with its few choices; 公示 can be previewed, then issued into the register. */
export function DocumentsPanel({ settings, onIssued }: { settings: PublicationSettings | null; onIssued(): void }) {
  const { message, modal } = App.useApp();
  const canIssue = useCan(['admin', 'reviewer']);
  const pdf = usePdfAction();
  const { months, quarters, boardPeriods } = usePublishablePeriods();
  const years = recentYears();
  const [groups, setGroups] = useState<GroupRow[]>([]);
  const [rare, setRare] = useState<MissingGlyphs[] | null>(null);
  const [groupId, setGroupId] = useState(0);
  const [month, setMonth] = useState('');
  const [quarter, setQuarter] = useState('');
  const [week, setWeek] = useState<Dayjs>(dayjs().subtract(7, 'day'));
  const [redPeriod, setRedPeriod] = useState('');
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  const [monthlyPaper, setMonthlyPaper] = useState<'A4' | 'A3'>('A4');
  const [blackPeriod, setBlackPeriod] = useState('');
  const [householdQuery, setHouseholdQuery] = useState('');
  const [households, setHouseholds] = useState<HouseholdRow[]>([]);
  const [statementHousehold, setStatementHousehold] = useState(0);
  const [year, setYear] = useState(years[0]?.value ?? 2026);
  const [slipMonth, setSlipMonth] = useState('');
  const [slipGroupId, setSlipGroupId] = useState(0);
  const [noticeGroupId, setNoticeGroupId] = useState(0);

  // once the periods with data are known, preselect the latest of each
  const latestMonth = months[0]?.value ?? '';
  const latestQuarter = quarters[0]?.value ?? '';
  useEffect(() => {
    setMonth((m) => m || latestMonth);
    setSlipMonth((m) => m || latestMonth);
    setRedPeriod((m) => m || latestMonth);
    setBlackPeriod((m) => m || latestMonth);
    setQuarter((q) => q || latestQuarter);
  }, [latestMonth, latestQuarter]);
  useEffect(() => {
    invoke('roster.groups.list', {}).then(setGroups, () => setGroups([]));
    invoke('publications.rareNames', {}).then(setRare, () => setRare(null));
  }, []);
  useEffect(() => {
    invoke('roster.households.list', { query: householdQuery, status: 'active', pageSize: 30 }).then((r) => setHouseholds(r.rows), () => setHouseholds([]));
  }, [householdQuery]);

  const preview = (key: string, input: DocumentInput) => pdf.run(key, () => invoke('publications.preview', input));
  // 正式发布 registers for ever: say what will be registered and ask first
  const issue = async (key: string, input: PublicationInput) => {
    let plan;
    try {
      plan = await invoke('publications.plan', input);
    } catch (e) {
      message.error((e as Error).message);
      return;
    }
    const confirmed = await modal.confirm({ title: T.confirm.title, content: T.confirm.body(plan), okText: T.confirm.ok, cancelText: T.confirm.cancel });
    if (!confirmed) return;
    await pdf.run(key, async () => {
      const r = await invoke('publications.issue', input);
      message.success(`${T.issued}：${r.publication.title}（${r.publication.periodLabel}）`);
      onIssued();
      return r;
    });
  };
  const issuer = (key: string, input: PublicationInput) => (canIssue ? () => issue(key, input) : undefined);

  const monthly: PublicationInput = { kind: 'monthly', month, paper: monthlyPaper };
  const quarterly: PublicationInput = { kind: 'quarterly', quarter };
  const weekly: PublicationInput = { kind: 'dutyWeekly', weekStart: week.format('YYYY-MM-DD') };
  const red: PublicationInput = { kind: 'redBoard', period: redPeriod, paper };
  const black: PublicationInput = { kind: 'blackBoard', period: blackPeriod, paper: 'A4' };

  return (
    <div>
      {rare && rare.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${T.rare.title}：${T.preview.missingTitle}`}
          description={rare.map((m) => T.preview.missingItem(m.name, m.characters)).join('；')}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard title={D.monthly.title} help={D.monthly.help} busy={pdf.busy === 'monthly'} onPreview={() => preview('monthly', monthly)} onIssue={issuer('monthly', monthly)}>
            <Select style={{ width: 140 }} aria-label={D.month} value={month} onChange={setMonth} options={months} notFoundContent={T.noPeriods} />
            <Radio.Group aria-label={D.paper} value={monthlyPaper} onChange={(e) => setMonthlyPaper(e.target.value as 'A4' | 'A3')} options={[{ value: 'A4', label: 'A4' }, { value: 'A3', label: D.wall }]} />
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard title={D.quarterly.title} help={D.quarterly.help} busy={pdf.busy === 'quarterly'} onPreview={() => preview('quarterly', quarterly)} onIssue={issuer('quarterly', quarterly)}>
            <Select style={{ width: 170 }} aria-label={D.quarter} value={quarter} onChange={setQuarter} options={quarters} notFoundContent={T.noPeriods} />
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard title={D.weekly.title} help={D.weekly.help} busy={pdf.busy === 'weekly'} onPreview={() => preview('weekly', weekly)} onIssue={issuer('weekly', weekly)}>
            <DatePicker picker="week" aria-label={D.week} value={week} allowClear={false} onChange={(d) => d && setWeek(d)} />
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard title={D.red.title} help={settings?.maskNamesOnBoards ? D.red.helpMasked : D.red.help} busy={pdf.busy === 'red'} onPreview={() => preview('red', red)} onIssue={issuer('red', red)}>
            <Select style={{ width: 170 }} aria-label={D.period} value={redPeriod} onChange={setRedPeriod} options={boardPeriods} />
            <Radio.Group aria-label={D.paper} value={paper} onChange={(e) => setPaper(e.target.value as 'A4' | 'A3')} options={[{ value: 'A4', label: 'A4' }, { value: 'A3', label: D.a3 }]} />
          </DocumentCard>
        </Col>
        {settings?.blackBoardEnabled && (
          <Col xs={24} lg={12} xl={8}>
            <DocumentCard title={D.black.title} help={D.black.help} busy={pdf.busy === 'black'} onPreview={() => preview('black', black)} onIssue={issuer('black', black)}>
              <Select style={{ width: 170 }} aria-label={D.period} value={blackPeriod} onChange={setBlackPeriod} options={boardPeriods} />
            </DocumentCard>
          </Col>
        )}
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard
            title={D.statement.title}
            help={D.statement.help}
            busy={pdf.busy === 'statement'}
            onPreview={() => preview('statement', { kind: 'statement', householdId: statementHousehold || null, year })}
          >
            <Select
              style={{ width: 220 }}
              aria-label={D.household}
              value={statementHousehold}
              showSearch={{ filterOption: false, onSearch: setHouseholdQuery }}
              onChange={setStatementHousehold}
              options={[{ value: 0, label: D.allHouseholds }, ...households.map((h) => ({ value: h.id, label: `${h.number} ${h.headName}` }))]}
            />
            <Select style={{ width: 100 }} aria-label={D.year} value={year} onChange={setYear} options={years} />
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard title={D.dutyList.title} help={D.dutyList.help} busy={pdf.busy === 'dutyList'} onPreview={() => preview('dutyList', { kind: 'dutyList' })} />
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard
            title={D.householdSlips.title}
            help={D.householdSlips.help}
            busy={pdf.busy === 'householdSlips'}
            onPreview={() => preview('householdSlips', { kind: 'householdSlips', month: slipMonth, groupId: slipGroupId || null })}
          >
            <Select style={{ width: 140 }} aria-label={D.month} value={slipMonth} onChange={setSlipMonth} options={months} notFoundContent={T.noPeriods} />
            <GroupSelect groups={groups} value={slipGroupId} onChange={setSlipGroupId} />
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard
            title={D.activityNotice.title}
            help={D.activityNotice.help}
            busy={pdf.busy === 'activityNotice'}
            onPreview={() => preview('activityNotice', { kind: 'activityNotice', groupId: noticeGroupId || null })}
          >
            <GroupSelect groups={groups} value={noticeGroupId} onChange={setNoticeGroupId} />
          </DocumentCard>
        </Col>
        <Col xs={24} lg={12} xl={8}>
          <DocumentCard
            title={T.cards.title}
            help={T.cards.help}
            busy={pdf.busy === 'cards'}
            onPreview={() => pdf.run('cards', () => invoke('publications.cards', { groupId: groupId || null }))}
          >
            <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
          </DocumentCard>
        </Col>
      </Row>
      <PdfPreview result={pdf.result} onClose={pdf.close} />
    </div>
  );
}

/** One village group or all of them (0). */
function GroupSelect({ groups, value, onChange }: { groups: GroupRow[]; value: number; onChange(id: number): void }) {
  return (
    <Select
      style={{ width: 160 }}
      aria-label={T.cards.group}
      value={value}
      onChange={onChange}
      options={[{ value: 0, label: T.cards.allGroups }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
    />
  );
}
