import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError, SimpleForm, TextInput, testDataProvider } from 'react-admin';
import { ConflictAwareEdit } from './ConflictAwareEdit';
import { ConflictDialog } from './ConflictDialog';
import { VersionInput } from './VersionInput';
import { renderInAdmin } from '../test/renderInAdmin';

const record = { id: 'p1', version: 1, title: '玫瑰精华水', stock: 5 };
// Since this page opened, someone else renamed the product and sold some stock.
const theirs = { ...record, version: 3, title: '玫瑰精华水 (限量)', stock: 3 };

const renderEdit = () => {
  const update = vi
    .fn()
    .mockRejectedValueOnce(
      new HttpError('errors.conflict', 409, { status: 409, title: 'Conflict', current: theirs }),
    )
    .mockImplementation(async (_resource: string, params: { data: object }) => ({
      data: { ...params.data, version: 4 },
    }));
  const getOne = vi.fn().mockResolvedValueOnce({ data: record }).mockResolvedValue({ data: theirs });
  renderInAdmin(
    <ConflictAwareEdit redirect={false}>
      <SimpleForm>
        <ConflictDialog />
        <VersionInput />
        <TextInput source="title" />
        <TextInput source="stock" />
      </SimpleForm>
    </ConflictAwareEdit>,
    { dataProvider: testDataProvider({ getOne, update }), path: '/products/p1', route: '/products/:id' },
  );
  return { update };
};

const typeTitleAndSave = async () => {
  const title = await screen.findByLabelText('Title');
  await userEvent.clear(title);
  await userEvent.type(title, 'Mine');
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
  return screen.findByRole('dialog', { name: 'Someone else changed this record since you opened it' });
};

describe('ConflictDialog', () => {
  it('shows which fields differ when the platform answers 409', async () => {
    renderEdit();
    const dialog = await typeTitleAndSave();
    const row = within(dialog).getByRole('row', { name: /Title/ });
    expect(within(row).getByText('Mine')).toBeInTheDocument();
    expect(within(row).getByText('玫瑰精华水 (限量)')).toBeInTheDocument();
    const stockRow = within(dialog).getByRole('row', { name: /Stock/ });
    expect(within(stockRow).getByText('Not changed by you')).toBeInTheDocument();
    expect(within(stockRow).getByText('3')).toBeInTheDocument();
    // Bookkeeping is not part of the comparison.
    expect(within(dialog).queryByRole('row', { name: /Version/ })).not.toBeInTheDocument();
  });

  it('keeps the typed value and saves over the new version after "Keep my changes"', async () => {
    const { update } = renderEdit();
    const dialog = await typeTitleAndSave();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep my changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByLabelText('Title')).toHaveValue('Mine');
    // Their stock change is taken, since this person never touched the stock.
    expect(screen.getByLabelText('Stock')).toHaveValue('3');
    expect(screen.getByText(/Saving now will overwrite their version/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    expect(update.mock.calls[1]?.[1].data).toMatchObject({ title: 'Mine', stock: 3, version: 3 });
  });

  it('replaces the form with their version after "Load their version"', async () => {
    renderEdit();
    const dialog = await typeTitleAndSave();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Load their version' }));
    await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue('玫瑰精华水 (限量)'));
  });
});
