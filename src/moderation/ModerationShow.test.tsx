import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ModerationItem } from '../api';
import { dataProvider } from '../api/dataProvider';
import { ModerationShow } from './ModerationShow';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';

const firstItem = async (status: ModerationItem['status']) => {
  const { data } = await dataProvider.getList<ModerationItem>('moderation', {
    filter: { status },
    sort: { field: 'createdAt', order: 'ASC' },
    pagination: { page: 1, perPage: 1 },
  });
  return data[0] as ModerationItem;
};

const openItem = async (status: ModerationItem['status']) => {
  await signIn();
  const item = await firstItem(status);
  const locations: string[] = [];
  renderWithPlatform(<ModerationShow />, {
    resource: 'moderation',
    path: `/moderation/${item.id}`,
    route: '/moderation/:id',
    onLocation: (location) => locations.push(location.pathname),
  });
  await screen.findByRole('heading', { name: item.subjectTitle }, { timeout: 10_000 });
  if (status === 'pending') await screen.findByRole('heading', { name: 'Your decision' });
  return { item, locations };
};

describe('ModerationShow', { timeout: 40_000 }, () => {
  it('shows the copy with its findings marked and the dictionary it was checked with', async () => {
    const { item } = await openItem('pending');
    expect(screen.getByText(`Checked with dictionary ${item.dictionaryVersion}`)).toBeInTheDocument();
    const marks = document.querySelectorAll('mark');
    expect(marks.length).toBe(item.fields.reduce((n, field) => n + field.findings.length, 0));
    expect(screen.getByRole('heading', { name: 'Your decision' })).toBeInTheDocument();
  });

  it('asks before approving, then sends the approval and goes back to the queue', async () => {
    const decide = vi.spyOn(dataProvider, 'decideModeration');
    const { item, locations } = await openItem('pending');
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(`Approve "${item.subjectTitle}"?`)).toBeInTheDocument();
    expect(decide).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    await waitFor(() =>
      expect(decide).toHaveBeenCalledWith(item.id, {
        version: item.version,
        outcome: 'approve',
        reasonRuleId: null,
        reasonText: '',
        passage: null,
      }),
    );
    expect(await screen.findByText('Approved. Here is the next item.')).toBeInTheDocument();
    await waitFor(() => expect(locations.at(-1)).toBe('/moderation'));
  });

  it('refuses a rejection without a reason, and sends the chosen rule, text and passage', async () => {
    const decide = vi.spyOn(dataProvider, 'decideModeration');
    const { item, locations } = await openItem('pending');
    await userEvent.click(screen.getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();

    // "Other" names no rule: the brand needs an explanation.
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Other (explain below)' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(await within(dialog).findByText('Required')).toBeInTheDocument();
    expect(decide).not.toHaveBeenCalled();

    // The item's own rules come first.
    await userEvent.click(within(dialog).getByRole('combobox', { name: /Reason/ }));
    const options = await screen.findAllByRole('option');
    const ruleId = item.fields.flatMap((field) => field.findings)[0]?.ruleId ?? '';
    expect(options[0]).toHaveTextContent(`${ruleId} (found here)`);
    expect(options.at(-1)).toHaveTextContent('Other (explain below)');
    await userEvent.click(options[0] as HTMLElement);
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Explanation for the brand/ }),
      'Prove it',
    );

    const passages = within(dialog).getAllByRole('radio');
    expect(passages[0]).toBeChecked();
    const field = item.fields.find((candidate) => candidate.findings.length > 0);
    const finding = field?.findings.at(-1);
    await userEvent.click(passages.at(-1) as HTMLElement);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await waitFor(() =>
      expect(decide).toHaveBeenCalledWith(item.id, {
        version: item.version,
        outcome: 'reject',
        reasonRuleId: ruleId,
        reasonText: 'Prove it',
        passage: { field: field?.field, start: finding?.start, end: finding?.end },
      }),
    );
    expect(await screen.findByText('Rejected. Here is the next item.')).toBeInTheDocument();
    await waitFor(() => expect(locations.at(-1)).toBe('/moderation'));
  });

  it('says so when someone else decided the item first, and shows their decision', async () => {
    const { item } = await openItem('pending');
    await dataProvider.decideModeration(item.id, { version: item.version, outcome: 'approve' });
    await userEvent.click(screen.getByRole('button', { name: 'Approve' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Someone else decided this item already.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Decision' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your decision' })).not.toBeInTheDocument();
  });

  it('shows a rejected item with who decided, why, and the passage outlined', async () => {
    const { item } = await openItem('rejected');
    expect(screen.queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(screen.getByText(new RegExp(`Rejected by ${item.decision?.byName}`))).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^${item.decision?.reasonRuleId}:`))).toBeInTheDocument();
    expect(document.querySelector('[data-passage]')).not.toBeNull();
  });
});
