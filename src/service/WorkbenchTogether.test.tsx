import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { VirtuosoMockContext } from 'react-virtuoso';
import type { Message, MessagePage } from '../api';
import { renderWithPlatform, signIn } from '../test/renderWithPlatform';
import { Workbench } from './Workbench';
import { dataProvider } from '../api/dataProvider';

// The whole workbench as an agent uses it: inbox, thread, reply box and buyer context together, live.
function renderWorkbench(search: string) {
  return renderWithPlatform(
    <VirtuosoMockContext.Provider value={{ viewportHeight: 800, itemHeight: 60 }}>
      <Workbench />
    </VirtuosoMockContext.Provider>,
    { path: `/conversations${search}`, resource: 'conversations', route: '/conversations' },
  );
}

const messagesOf = async (conversationId: string): Promise<Message[]> =>
  ((await dataProvider.getMessages(conversationId, { limit: 200 })) as MessagePage).data;

describe('the workbench, all parts together', { timeout: 90_000 }, () => {
  it('an agent answers an unassigned buyer, which takes the conversation, and the reply shows once', async () => {
    await signIn('agent@lumiere.example');
    const user = userEvent.setup();
    renderWorkbench('?view=unassigned&c=conv-lumiere-0002');
    const thread = await screen.findByRole('region', { name: 'Mia 米娅' });
    const box = await within(thread).findByRole('textbox', { name: /Reply/ });
    await user.type(box, '您好，马上为您查看退款进度');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => {
      const sent = (await messagesOf('conv-lumiere-0002')).filter(
        (message) => message.body === '您好，马上为您查看退款进度',
      );
      expect(sent).toHaveLength(1);
    });
    expect(await within(thread).findByText('您好，马上为您查看退款进度')).toBeInTheDocument();
    // The reply took the unassigned conversation: the inbox says so, and the draft is gone.
    expect(await screen.findByText(/Assigned to you/)).toBeInTheDocument();
    expect(box).toHaveValue('');
  });
});
