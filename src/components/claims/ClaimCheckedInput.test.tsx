import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form, TextInput } from 'react-admin';
import type { DictionaryEntry } from '../../api';
import { claimMessagesEn } from '../../domain/claims';
import { renderInAdmin } from '../../test/renderInAdmin';
import { ClaimCheckedInput } from './ClaimCheckedInput';

const rules = claimMessagesEn.claims.rules;

const customEntry: DictionaryEntry = {
  id: 'entry-1',
  version: 1,
  createdAt: '2026-01-05T08:00:00Z',
  updatedAt: '2026-01-05T08:00:00Z',
  kind: 'term',
  text: '神仙水',
  lang: 'zh',
  category: 'SUP',
  severity: 'block',
  enabled: true,
  note: 'Reads as a miracle claim.',
  createdBy: 'moderator',
};

function renderForm(options: { entries?: DictionaryEntry[]; multiline?: boolean } = {}) {
  const onSubmit = vi.fn();
  const getClaimDictionary = vi.fn(async () => ({ version: 'v-test', entries: options.entries ?? [] }));
  const view = renderInAdmin(
    <Form record={{ id: 'p1', sku: 'SKU-1', title: '' }} onSubmit={onSubmit}>
      <TextInput source="sku" label="SKU" />
      <ClaimCheckedInput
        source="title"
        label="Product title"
        claimField="product_title"
        multiline={options.multiline}
      />
      <button type="submit">Submit</button>
    </Form>,
    { dataProvider: { getClaimDictionary } },
  );
  const marks = () =>
    [...view.container.querySelectorAll('[data-testid="claim-mirror"] mark')] as HTMLElement[];
  return { ...view, onSubmit, getClaimDictionary, marks };
}

// The visible summary line; the live region repeats it for screen readers.
const summaryLine = (text: string) => screen.findByText(text, { selector: 'p' });

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Submit' }));

describe('ClaimCheckedInput', () => {
  it('marks a blocking claim as it is typed, explains it, and refuses to save while keeping what was typed', async () => {
    const { onSubmit, marks } = renderForm();
    const sku = await screen.findByLabelText('SKU');
    await userEvent.clear(sku);
    await userEvent.type(sku, 'SKU-2');
    const input = screen.getByLabelText('Product title');
    await userEvent.type(input, '全网销量第一的面霜');

    await waitFor(() =>
      expect(marks().map((m) => [m.textContent, m.dataset.severity])).toEqual([['第一', 'block']]),
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await summaryLine('1 claim blocks publishing')).toBeInTheDocument();
    expect(screen.getByText(rules['R-SUP-RANK'].message)).toBeInTheDocument();
    expect(screen.getByText(`Try: ${rules['R-SUP-RANK'].suggestion}`)).toBeInTheDocument();

    await submit();
    expect(await screen.findByText('Remove the blocked claims before saving')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input).toHaveValue('全网销量第一的面霜');
    expect(sku).toHaveValue('SKU-2');

    await userEvent.clear(input);
    await userEvent.type(input, '口碑很好的面霜');
    await waitFor(() => expect(marks()).toHaveLength(0));
    expect(screen.queryByText('Remove the blocked claims before saving')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'false');
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ sku: 'SKU-2', title: '口碑很好的面霜' });
  });

  it('shows a claim for review in the warn style, with the moderators note, and lets the form save', async () => {
    const { onSubmit, marks } = renderForm({ multiline: true });
    await userEvent.type(await screen.findByLabelText('Product title'), '纯天然植物精华');
    await waitFor(() =>
      expect(marks().map((m) => [m.textContent, m.dataset.severity])).toEqual([['纯天然', 'warn']]),
    );
    expect(await summaryLine("1 needs a moderator's review")).toBeInTheDocument();
    expect(screen.getByText(/will go to RED's moderators before the item can go live/)).toBeInTheDocument();
    expect(screen.getByLabelText('Product title')).toHaveAttribute('aria-invalid', 'false');
    await submit();
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
  });

  it('marks a full-width evasion over the characters as typed', async () => {
    const { marks } = renderForm();
    await userEvent.type(await screen.findByLabelText('Product title'), 'Ｎｏ．１ serum');
    await waitFor(() => expect(marks().map((m) => m.textContent)).toEqual(['Ｎｏ．１']));
    const list = screen.getByRole('list', { name: 'Claims found in this text' });
    expect(within(list).getByText(/As typed: “Ｎｏ．１”/)).toBeInTheDocument();
    expect(within(list).getByText(/Rule term: no\.1/)).toBeInTheDocument();
  });

  it('points aria-describedby at the summary and announces the count in a polite live region', async () => {
    renderForm();
    const input = await screen.findByLabelText('Product title');
    await userEvent.type(input, '最佳面霜');
    const summary = await summaryLine('1 claim blocks publishing');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(summary.parentElement?.id);
    const live = screen.getByRole('status');
    expect(live).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(live).toHaveTextContent('1 claim blocks publishing'));
  });

  it('checks with the dictionary from the platform, so a moderator-added term blocks', async () => {
    const { marks, getClaimDictionary, onSubmit } = renderForm({ entries: [customEntry] });
    await waitFor(() => expect(getClaimDictionary).toHaveBeenCalled());
    await userEvent.type(screen.getByLabelText('Product title'), '这瓶神仙水');
    await waitFor(() => expect(marks().map((m) => m.textContent)).toEqual(['神仙水']));
    await submit();
    expect(await screen.findByText('Remove the blocked claims before saving')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps checking with the built-in dictionary when the platform cannot answer', async () => {
    // react-admin logs the failed dataProvider call; the fallback is the behaviour under test.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onSubmit = vi.fn();
    renderInAdmin(
      <Form onSubmit={onSubmit}>
        <ClaimCheckedInput source="title" label="Product title" claimField="product_title" />
      </Form>,
      { dataProvider: { getClaimDictionary: () => Promise.reject(new Error('offline')) } },
    );
    await userEvent.type(await screen.findByLabelText('Product title'), 'Best serum');
    expect(await summaryLine('1 claim blocks publishing')).toBeInTheDocument();
    logged.mockRestore();
  });

  it("shows the platform's refusal (a 422 on this field) under the text", async () => {
    renderInAdmin(
      <Form onSubmit={async () => ({ title: 'claims.blocked_field' })}>
        <ClaimCheckedInput source="title" label="Product title" claimField="product_title" />
        <button type="submit">Submit</button>
      </Form>,
      { dataProvider: { getClaimDictionary: async () => ({ version: 'v', entries: [] }) } },
    );
    const input = await screen.findByLabelText('Product title');
    await userEvent.type(input, '口碑很好的面霜');
    await submit();
    expect(
      await screen.findByText(
        'RED does not allow the claims marked in this text. Remove them before saving.',
      ),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue('口碑很好的面霜');
  });

  it('marks a claim at the end of a 20,000-character text', async () => {
    const long = `${'清爽不黏腻，'.repeat(3_333)}最佳`;
    const { container } = renderInAdmin(
      <Form record={{ id: 'p1', body: long }} onSubmit={vi.fn()}>
        <ClaimCheckedInput source="body" label="Description" claimField="product_description" multiline />
      </Form>,
      { dataProvider: { getClaimDictionary: async () => ({ version: 'v', entries: [] }) } },
    );
    expect(await summaryLine('1 claim blocks publishing')).toBeInTheDocument();
    const mark = container.querySelector('[data-testid="claim-mirror"] mark');
    expect(mark).toHaveTextContent('最佳');
    expect(mark).toHaveAttribute('data-start', String(long.length - 2));
  });
});
