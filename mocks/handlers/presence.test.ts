// @vitest-environment node
import { PRESENCE_TYPING_TTL_MS, PRESENCE_VIEWING_TTL_MS, type Presence } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, signIn } from '../testing/client';

beforeEach(() => {
  resetPlatform();
});
afterEach(() => vi.useRealTimers());

const say = (token: string, state: string) =>
  call('/conversations/conv-lumiere-0001/presence', { token, method: 'POST', body: { state } });
const othersSeenBy = async (token: string) =>
  bodyOf<Presence[]>(await call('/conversations/conv-lumiere-0001/presence', { token }));

describe('presence', () => {
  it('shows who else is viewing or typing, never the caller', async () => {
    const agent = await signIn('agent@lumiere.example');
    const colleague = await signIn('mei.chen@lumiere.example');
    expect((await say(agent, 'viewing')).status).toBe(204);
    await say(colleague, 'typing');
    expect(await othersSeenBy(agent)).toMatchObject([
      { userId: 'user-lumiere-agent2', userName: '陈美', state: 'typing' },
    ]);
    expect(await othersSeenBy(colleague)).toMatchObject([{ userId: 'user-lumiere-agent', state: 'viewing' }]);
    await say(colleague, 'left');
    expect(await othersSeenBy(agent)).toEqual([]);
  });

  it('forgets a typist after 6 s and a viewer after 30 s of silence', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const agent = await signIn('agent@lumiere.example');
    const colleague = await signIn('mei.chen@lumiere.example');
    const admin = await signIn('admin@lumiere.example');
    await say(colleague, 'typing');
    await say(admin, 'viewing');
    vi.setSystemTime(Date.now() + PRESENCE_TYPING_TTL_MS);
    expect((await othersSeenBy(agent)).map((row) => row.userId)).toEqual(['user-lumiere-admin']);
    vi.setSystemTime(Date.now() + PRESENCE_VIEWING_TTL_MS);
    expect(await othersSeenBy(agent)).toEqual([]);
  });

  it('refuses a state it does not know', async () => {
    const agent = await signIn('agent@lumiere.example');
    expect((await say(agent, 'dancing')).status).toBe(422);
  });
});
