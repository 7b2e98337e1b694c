import { autoApprovalCountdown, needsAdminApproval } from './afterSalesRules';

const HOUR = 3_600_000;
const requestedAt = Date.parse('2026-11-20T10:00:00+08:00');

describe('needsAdminApproval', () => {
  it('lets an agent approve up to the threshold and asks for an admin above it', () => {
    expect(needsAdminApproval(50_000, 50_000)).toBe(false);
    expect(needsAdminApproval(50_001, 50_000)).toBe(true);
  });
});

describe('autoApprovalCountdown', () => {
  it('gives a domestic request 72 hours and a cross-border one 96', () => {
    expect(autoApprovalCountdown(requestedAt, false, requestedAt).dueAt).toBe(requestedAt + 72 * HOUR);
    expect(autoApprovalCountdown(requestedAt, true, requestedAt).dueAt).toBe(requestedAt + 96 * HOUR);
  });

  it('turns urgent in the last 12 hours and due when time is up, never negative', () => {
    expect(autoApprovalCountdown(requestedAt, false, requestedAt + 60 * HOUR - 1).state).toBe('running');
    expect(autoApprovalCountdown(requestedAt, false, requestedAt + 60 * HOUR).state).toBe('soon');
    const due = autoApprovalCountdown(requestedAt, false, requestedAt + 80 * HOUR);
    expect(due).toMatchObject({ state: 'due', leftMs: 0 });
  });

  it('counts wall-clock hours: nights and weekends are not paused', () => {
    const overnight = autoApprovalCountdown(requestedAt, true, requestedAt + 24 * HOUR);
    expect(overnight.leftMs).toBe(72 * HOUR);
  });
});
