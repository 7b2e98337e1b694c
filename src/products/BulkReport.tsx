import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useUnselectAll } from 'react-admin';
import type { BulkAction, BulkResult } from '../api';
import { BulkResultDialog } from './BulkResultDialog';

export interface BulkReport {
  action: BulkAction['action'];
  result: BulkResult;
}

const ShowReportContext = createContext<(report: BulkReport) => void>(() => undefined);

/**
 * Holds the report of the last bulk action above the list, so it stays on screen when the action empties
 * the page it started from (e.g. delisting everything a "Listed" filter showed) and the toolbar goes away.
 * The selection is kept until the report is closed: the user sees which products it was about.
 */
export const BulkReportProvider = ({ children }: { children: ReactNode }) => {
  const [report, setReport] = useState<BulkReport | null>(null);
  const unselectAll = useUnselectAll('products');
  const close = useCallback(() => {
    setReport(null);
    unselectAll();
  }, [unselectAll]);
  return (
    <ShowReportContext.Provider value={setReport}>
      {children}
      <BulkResultDialog report={report} onClose={close} />
    </ShowReportContext.Provider>
  );
};

export const useShowBulkReport = () => useContext(ShowReportContext);
