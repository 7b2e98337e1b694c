import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInAdmin } from '../../test/renderInAdmin';
import { AfterSalesDecisionButtons } from './AfterSalesDecisionButtons';
import { buildAfterSales, fakeOrdersPlatform } from './ordersTestPlatform';

const aboveThreshold = buildAfterSales({
  id: 'as-lumiere-0003',
  orderNumber: 'RED2611200003',
  amountFen: 88_000,
});

const openDialog = async (action: 'Approve' | 'Reject', number = 'RED2611200002') => {
  await userEvent.click(await screen.findByRole('button', { name: `${action} request for ${number}` }));
  return screen.findByRole('dialog');
};

describe('AfterSalesDecisionDialog', () => {
  it('requires a reason to reject and keeps the note when refused', async () => {
    const platform = fakeOrdersPlatform();
    renderInAdmin(<AfterSalesDecisionButtons request={buildAfterSales()} />, {
      role: 'cs_agent',
      dataProvider: platform,
    });
    const dialog = await openDialog('Reject');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Note to the buyer' }), 'Photo please');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));

    expect(within(dialog).getByText('Required')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Note to the buyer' })).toHaveValue('Photo please');
    expect(platform.command).not.toHaveBeenCalled();

    await userEvent.click(within(dialog).getByRole('combobox', { name: /Reason for rejecting/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'No evidence provided' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(platform.command).toHaveBeenCalledWith('after-sales', 'as-lumiere-0002', 'decision', {
      outcome: 'reject',
      rejectReason: 'no_evidence',
      rejectNote: 'Photo please',
      version: 1,
    });
  });

  it('tells an agent that approving above the brand threshold needs an admin', async () => {
    const platform = fakeOrdersPlatform({ afterSales: [aboveThreshold] });
    renderInAdmin(<AfterSalesDecisionButtons request={aboveThreshold} />, {
      role: 'cs_agent',
      dataProvider: platform,
    });
    const dialog = await openDialog('Approve', 'RED2611200003');
    expect(
      await within(dialog).findByText(/Approving more than CN¥500\.00 needs a brand admin/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Approve' })).toBeDisabled();
  });

  it('lets a brand admin approve above the threshold', async () => {
    const platform = fakeOrdersPlatform({ afterSales: [aboveThreshold], admin: true });
    renderInAdmin(<AfterSalesDecisionButtons request={aboveThreshold} />, {
      role: 'brand_admin',
      dataProvider: platform,
    });
    const dialog = await openDialog('Approve', 'RED2611200003');
    expect(within(dialog).getByText(/CN¥880\.00 will be refunded/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Request approved: the order shows the refund.')).toBeInTheDocument();
  });

  it("shows the platform's refusal when it says an admin is needed", async () => {
    // The threshold did not load (e.g. the settings failed), so only the platform can refuse.
    const platform = {
      ...fakeOrdersPlatform({ afterSales: [aboveThreshold] }),
      getOne: (() => Promise.reject(new Error('offline'))) as never,
    };
    renderInAdmin(<AfterSalesDecisionButtons request={aboveThreshold} />, {
      role: 'cs_agent',
      dataProvider: platform,
    });
    const dialog = await openDialog('Approve', 'RED2611200003');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/Only a brand admin may approve/);
  });

  it('says so when someone decided meanwhile', async () => {
    const platform = fakeOrdersPlatform();
    renderInAdmin(<AfterSalesDecisionButtons request={buildAfterSales({ version: 0 })} />, {
      role: 'cs_agent',
      dataProvider: platform,
    });
    const dialog = await openDialog('Approve');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Someone decided this request meanwhile/,
    );
  });

  it('offers marketers no decision', async () => {
    renderInAdmin(<AfterSalesDecisionButtons request={buildAfterSales()} />, {
      role: 'brand_marketer',
      dataProvider: fakeOrdersPlatform(),
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: /Approve/ })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Reject/ })).not.toBeInTheDocument();
  });
});
