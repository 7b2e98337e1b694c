import { Link } from 'react-router-dom';
import { Card, CardActionArea, Stack, Typography } from '@mui/material';
import { ListNoResults, RecordContextProvider, useListContext } from 'react-admin';
import type { AfterSales } from '../api';
import { CardsLoading, useFen } from '../components/orders';
import { CountdownCell, StatusCell, TypeCell } from './AfterSalesCells';

/** Phones get cards: the table does not fit 375 px. */
export const AfterSalesCards = () => {
  const { data, isPending } = useListContext<AfterSales>();
  const fen = useFen();
  if (isPending) return <CardsLoading />;
  if (!data?.length) return <ListNoResults />;
  return (
    <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 1, m: 0 }}>
      {data.map((request) => (
        <Card component="li" key={request.id} variant="outlined">
          <RecordContextProvider value={request}>
            <CardActionArea component={Link} to={`/after-sales/${request.id}/show`} sx={{ p: 1.5 }}>
              <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
                <Typography variant="subtitle2">
                  <TypeCell />
                </Typography>
                <StatusCell />
              </Stack>
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {request.orderNumber} · {request.buyerName} · {fen(request.amountFen)}
              </Typography>
              <CountdownCell />
            </CardActionArea>
          </RecordContextProvider>
        </Card>
      ))}
    </Stack>
  );
};
