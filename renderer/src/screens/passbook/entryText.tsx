import { Tag, Tooltip } from 'antd';
import { describeEntry, ENTRY_STATUS_LABELS, type EntryRow } from '../../../../electron/core/contract/ledger.js';

/** Who an entry is about, as a clerk reads it. */
export const subjectName = (e: EntryRow) => (e.subject === 'household' ? `${e.householdNumber ?? ''} ${e.headName ?? ''}户` : `${e.cadreName ?? ''}（干部）`);

export const entryText = describeEntry;

const COLORS = { pending: 'gold', approved: 'green', rejected: 'red' } as const;

export function StatusTag({ entry }: { entry: Pick<EntryRow, 'status' | 'reviewReason' | 'correctedBySeq'> }) {
  const tag = <Tag color={COLORS[entry.status]}>{ENTRY_STATUS_LABELS[entry.status]}</Tag>;
  return (
    <>
      {entry.reviewReason ? <Tooltip title={entry.reviewReason}>{tag}</Tooltip> : tag}
      {entry.correctedBySeq !== null && <Tag>已更正（第 {entry.correctedBySeq} 号）</Tag>}
    </>
  );
}
