import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInAdmin } from '../../test/renderInAdmin';
import { AfterSalesCountdown } from './AfterSalesCountdown';

const HOUR = 3_600_000;
const requestedHoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

describe('AfterSalesCountdown', () => {
  it('says how long a cross-border request has before it approves itself (96 h)', () => {
    renderInAdmin(<AfterSalesCountdown status="requested" requestedAt={requestedHoursAgo(44)} crossBorder />);
    expect(screen.getByText('Auto-approves in 2 d 4 h')).toBeInTheDocument();
  });

  it('counts 72 h for a domestic request and gives the exact time on hover', async () => {
    renderInAdmin(
      <AfterSalesCountdown status="requested" requestedAt={requestedHoursAgo(62.5)} crossBorder={false} />,
    );
    const countdown = screen.getByText('Auto-approves in 9 h 30 min');
    await userEvent.hover(countdown);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Approved automatically at/);
  });

  it('says when approval is due and shows nothing once decided', () => {
    const { rerender } = renderInAdmin(
      <AfterSalesCountdown status="requested" requestedAt={requestedHoursAgo(100)} crossBorder />,
    );
    expect(screen.getByText('Auto-approval due now')).toBeInTheDocument();
    rerender(<AfterSalesCountdown status="approved" requestedAt={requestedHoursAgo(100)} crossBorder />);
    expect(screen.queryByText(/Auto-approv/)).not.toBeInTheDocument();
  });
});
