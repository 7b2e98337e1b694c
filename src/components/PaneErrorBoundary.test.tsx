import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderInAdmin } from '../test/renderInAdmin';
import { PaneErrorBoundary } from './PaneErrorBoundary';

let failing = true;
function Fragile() {
  if (failing) throw new Error('broken pane');
  return <p>Pane content</p>;
}

function Page() {
  const [typed, setTyped] = useState('');
  return (
    <>
      <input aria-label="Elsewhere" value={typed} onChange={(event) => setTyped(event.target.value)} />
      <PaneErrorBoundary>
        <Fragile />
      </PaneErrorBoundary>
    </>
  );
}

describe('PaneErrorBoundary', () => {
  it('keeps a failing pane to itself, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    renderInAdmin(<Page />);
    expect(
      await screen.findByText("This part of the page couldn't be shown. The rest still works."),
    ).toBeVisible();
    await userEvent.type(screen.getByLabelText('Elsewhere'), 'still here');
    expect(screen.getByLabelText('Elsewhere')).toHaveValue('still here');

    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Pane content')).toBeInTheDocument();
  });
});
