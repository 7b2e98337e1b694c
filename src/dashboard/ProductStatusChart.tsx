import { useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

export interface StatusCount {
  status: string;
  label: string;
  count: number;
}

/**
 * Products per status as bars. The same figures are listed as text beside it, so the chart is hidden from
 * assistive technology rather than described twice.
 */
export const ProductStatusChart = ({ data, seriesName }: { data: StatusCount[]; seriesName: string }) => {
  const theme = useTheme();
  return (
    <div aria-hidden="true">
      <BarChart
        responsive
        data={data}
        style={{ width: '100%', height: 220 }}
        margin={{ top: 8, right: 8, bottom: 8, left: -16 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis dataKey="label" tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} interval={0} />
        <YAxis allowDecimals={false} tick={{ fill: theme.palette.text.secondary, fontSize: 12 }} />
        <Tooltip
          cursor={{ fill: theme.palette.action.hover }}
          contentStyle={{
            background: theme.palette.background.paper,
            border: `1px solid ${theme.palette.divider}`,
          }}
          labelStyle={{ color: theme.palette.text.primary }}
        />
        <Bar dataKey="count" name={seriesName} fill={theme.palette.primary.main} radius={[4, 4, 0, 0]} />
      </BarChart>
    </div>
  );
};
