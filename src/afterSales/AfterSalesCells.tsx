import { useRecordContext, useTranslate } from 'react-admin';
import type { AfterSales } from '../api';
import { AfterSalesCountdown, AfterSalesStatusChip } from '../components/orders';

export const StatusCell = () => {
  const request = useRecordContext<AfterSales>();
  return request ? <AfterSalesStatusChip status={request.status} /> : null;
};

export const TypeCell = () => {
  const request = useRecordContext<AfterSales>();
  const translate = useTranslate();
  return request ? <>{translate(`resources.after-sales.types.${request.type}`)}</> : null;
};

export const CountdownCell = () => {
  const request = useRecordContext<AfterSales>();
  return request ? (
    <AfterSalesCountdown
      status={request.status}
      requestedAt={request.requestedAt}
      crossBorder={request.crossBorder}
    />
  ) : null;
};
