import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { invoke } from '../../api/client.js';
import { PdfPreview } from './PdfPreview.js';
import { T } from './text.js';
import { usePdfAction } from './usePdfAction.js';

/** 打印扣分告知单 for one deduction: the slip opens in the pdf.js preview, to print or save. */
export function DeductionSlipButton({ seq, numbered = false, size }: { seq: number; numbered?: boolean; size?: 'small' }) {
  const pdf = usePdfAction();
  return (
    <>
      <Button size={size} icon={<PrinterOutlined />} loading={pdf.busy !== null} onClick={() => pdf.run('slip', () => invoke('publications.preview', { kind: 'deductionSlip', seq }))}>
        {numbered ? T.deductionSlip.printSeq(seq) : T.deductionSlip.print}
      </Button>
      <PdfPreview result={pdf.result} onClose={pdf.close} />
    </>
  );
}
