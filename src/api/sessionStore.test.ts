import type { Session } from './schemas/session';
import { sessionStore } from './sessionStore';

const sessionOf = (token: string, name: string): Session => ({
  token,
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: {
    id: `user-${token}`,
    email: `${token}@lumiere.example`,
    name,
    role: 'cs_agent',
    brandId: 'brand-lumiere',
    brandName: 'Maison Lumière',
    brandNameEn: 'Maison Lumière',
  },
});

/** Another tab of the same browser: its own sessionStorage, the same localStorage. */
const openAnotherTab = () => sessionStorage.clear();

describe('sessionStore', () => {
  it('keeps the session through a reload of the tab', () => {
    sessionStore.write(sessionOf('agent', '林佳怡'));
    expect(sessionStore.read()?.user.name).toBe('林佳怡');
  });

  it("starts a new tab with the browser's latest sign-in", () => {
    sessionStore.write(sessionOf('agent', '林佳怡'));
    openAnotherTab();
    expect(sessionStore.read()?.token).toBe('agent');
  });

  it('lets a second tab sign in as someone else without changing the first', () => {
    sessionStore.write(sessionOf('agent', '林佳怡'));
    const firstTab = sessionStorage.getItem('red.session');
    openAnotherTab();
    sessionStore.write(sessionOf('admin', 'Camille Laurent'));
    expect(sessionStore.read()?.token).toBe('admin');

    // Back in the first tab: it still has its own session.
    sessionStorage.setItem('red.session', firstTab ?? '');
    expect(sessionStore.read()?.token).toBe('agent');
  });

  it("signing out one tab leaves another tab's newer sign-in for new tabs", () => {
    sessionStore.write(sessionOf('agent', '林佳怡'));
    const firstTab = sessionStorage.getItem('red.session');
    openAnotherTab();
    sessionStore.write(sessionOf('admin', 'Camille Laurent'));
    sessionStorage.setItem('red.session', firstTab ?? '');
    sessionStore.clear();
    expect(sessionStorage.getItem('red.session')).toBeNull();
    expect(JSON.parse(localStorage.getItem('red.session') ?? 'null')?.token).toBe('admin');
  });

  it('signing out forgets the session for new tabs too', () => {
    sessionStore.write(sessionOf('agent', '林佳怡'));
    sessionStore.clear();
    openAnotherTab();
    expect(sessionStore.read()).toBeNull();
  });
});
