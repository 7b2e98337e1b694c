import { screen } from '@testing-library/react';
import { HttpError, SimpleForm, SimpleShowLayout, TextField, TextInput, testDataProvider } from 'react-admin';
import { ConflictAwareEdit } from './ConflictAwareEdit';
import { GuardedShow } from './GuardedShow';
import { renderInAdmin } from '../test/renderInAdmin';

const failing = (status: number) =>
  testDataProvider({
    getOne: vi
      .fn()
      .mockRejectedValue(new HttpError(`errors.${status}`, status, { status, title: 'Refused' })),
  });

describe('RecordNotFound', () => {
  it('says "Not found" on an edit page whose record answers 404, with no form and a way back', async () => {
    renderInAdmin(
      <ConflictAwareEdit>
        <SimpleForm>
          <TextInput source="title" />
        </SimpleForm>
      </ConflictAwareEdit>,
      { dataProvider: failing(404), path: '/products/other-brand-1', route: '/products/:id' },
    );
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the list' })).toHaveAttribute('href', '/products');
    // It stays on the page instead of redirecting to the list.
    expect(screen.queryByText('Another page')).not.toBeInTheDocument();
  });

  it('says so when the role may not see the record (403)', async () => {
    renderInAdmin(
      <GuardedShow>
        <SimpleShowLayout>
          <TextField source="title" />
        </SimpleShowLayout>
      </GuardedShow>,
      { dataProvider: failing(403), path: '/products/p1/show', route: '/products/:id/show' },
    );
    expect(await screen.findByRole('heading', { name: "You don't have access to this" })).toBeInTheDocument();
    expect(screen.queryByText('Title')).not.toBeInTheDocument();
  });
});
