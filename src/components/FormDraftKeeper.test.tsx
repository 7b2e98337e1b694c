import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  HttpError,
  SimpleForm,
  TextInput,
  testDataProvider,
  type AuthProvider,
  type DataProvider,
} from 'react-admin';
import { ConflictAwareEdit } from './ConflictAwareEdit';
import { FormDraftKeeper } from './FormDraftKeeper';
import { draftKey } from './draftStorage';
import { fakeAuthProvider, renderInAdmin, testIdentity } from '../test/renderInAdmin';

const record = { id: 'p1', version: 1, title: '玫瑰精华水' };
const key = draftKey(testIdentity('brand_admin').id, 'products', 'p1');

const dataProvider = (overrides: Partial<DataProvider> = {}) =>
  testDataProvider({
    getOne: async () => ({ data: record }) as never,
    ...overrides,
  });

const renderEdit = (provider: DataProvider = dataProvider(), authProvider?: AuthProvider) =>
  renderInAdmin(
    <ConflictAwareEdit>
      <SimpleForm>
        <FormDraftKeeper />
        <TextInput source="title" />
      </SimpleForm>
    </ConflictAwareEdit>,
    { dataProvider: provider, authProvider, path: '/products/p1', route: '/products/:id' },
  );

beforeEach(() => localStorage.clear());

describe('FormDraftKeeper', () => {
  it('keeps what was typed and restores it on the next visit, with a notice', async () => {
    const first = renderEdit();
    const title = await screen.findByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, '玫瑰精华水 新版');
    first.unmount();
    expect(JSON.parse(localStorage.getItem(key) ?? '{}')).toMatchObject({ title: '玫瑰精华水 新版' });

    renderEdit();
    expect(await screen.findByText('Your unsaved changes were restored.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('玫瑰精华水 新版');
  });

  it('writes the draft while typing, without waiting for the page to close', async () => {
    renderEdit();
    const title = await screen.findByLabelText('Title');
    await userEvent.type(title, '!');
    await waitFor(() => expect(localStorage.getItem(key)).toContain('玫瑰精华水!'));
  });

  it('goes back to the record and forgets the draft on Discard', async () => {
    localStorage.setItem(key, JSON.stringify({ ...record, title: 'Draft title' }));
    renderEdit();
    expect(await screen.findByDisplayValue('Draft title')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.getByLabelText('Title')).toHaveValue('玫瑰精华水');
    expect(screen.queryByText('Your unsaved changes were restored.')).not.toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
  });

  it("never shows another user's draft", async () => {
    localStorage.setItem(draftKey('u2', 'products', 'p1'), JSON.stringify({ ...record, title: 'Not yours' }));
    renderEdit();
    expect(await screen.findByLabelText('Title')).toHaveValue('玫瑰精华水');
    expect(screen.queryByText('Your unsaved changes were restored.')).not.toBeInTheDocument();
  });

  it('deletes the draft once the platform accepts the save', async () => {
    const update = vi.fn(async (_resource: string, params: { data: object }) => ({
      data: { ...record, ...params.data, version: 2 },
    }));
    const view = renderEdit(dataProvider({ update: update as never }));
    const title = await screen.findByLabelText('Title');
    await userEvent.type(title, '!');
    await waitFor(() => expect(localStorage.getItem(key)).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
    view.unmount();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('keeps the draft when the save finds the session expired and signs the user out', async () => {
    const update = vi.fn(async () => {
      throw new HttpError('errors.unauthorized', 401, {});
    });
    // As the real authProvider: a 401 means sign in again.
    const signsOutOn401: AuthProvider = {
      ...fakeAuthProvider('brand_marketer'),
      checkError: async (error: { status?: number }) => {
        if (error.status === 401) throw { redirectTo: '/login', logoutUser: true };
      },
    };
    const view = renderEdit(dataProvider({ update: update as never }), signsOutOn401);
    const title = await screen.findByLabelText('Title');
    await userEvent.type(title, ' (autumn)');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(update).toHaveBeenCalled());
    view.unmount();
    const marketerKey = draftKey(testIdentity('brand_marketer').id, 'products', 'p1');
    expect(JSON.parse(localStorage.getItem(marketerKey) ?? '{}')).toMatchObject({
      title: '玫瑰精华水 (autumn)',
    });
  });
});
