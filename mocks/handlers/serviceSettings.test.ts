// @vitest-environment node
import type { ListResponse, ServiceSettings } from '../../src/api';
import { resetPlatform } from '../node';
import { bodyOf, call, problemOf, signIn } from '../testing/client';

beforeEach(() => resetPlatform());

const settingsOf = async (token: string) =>
  bodyOf<ServiceSettings>(await call('/service-settings/brand-lumiere', { token }));

describe('service settings', () => {
  it('lists the caller’s own row only', async () => {
    const token = await signIn('agent@kiwivital.example');
    const list = await bodyOf<ListResponse<ServiceSettings>>(await call('/service-settings', { token }));
    expect(list.data.map(({ id, approvalThresholdFen }) => ({ id, approvalThresholdFen }))).toEqual([
      { id: 'brand-kiwivital', approvalThresholdFen: 30_000 },
    ]);
    expect((await call('/service-settings/brand-lumiere', { token })).status).toBe(404);
  });

  it('lets a brand admin change the threshold', async () => {
    const token = await signIn('admin@lumiere.example');
    const current = await settingsOf(token);
    const response = await call('/service-settings/brand-lumiere', {
      token,
      method: 'PATCH',
      body: { version: current.version, approvalThresholdFen: 80_000 },
    });
    expect(await bodyOf<ServiceSettings>(response)).toMatchObject({
      approvalThresholdFen: 80_000,
      version: current.version + 1,
    });
  });

  it('refuses agents and marketers', async () => {
    for (const email of ['agent@lumiere.example', 'marketer@lumiere.example']) {
      const token = await signIn(email);
      const { version } = await settingsOf(token);
      const body = { version, approvalThresholdFen: 1 };
      expect((await call('/service-settings/brand-lumiere', { token, method: 'PATCH', body })).status).toBe(
        403,
      );
    }
  });

  it('answers field errors and stale versions', async () => {
    const token = await signIn('admin@lumiere.example');
    const { version } = await settingsOf(token);
    const patch = (body: unknown) =>
      call('/service-settings/brand-lumiere', { token, method: 'PATCH', body });
    expect(await problemOf(await patch({ version, approvalThresholdFen: -1 }))).toMatchObject({
      status: 422,
      errors: { approvalThresholdFen: 'validation.not_negative' },
    });
    expect(await problemOf(await patch({ version, approvalThresholdFen: 20_000_000 }))).toMatchObject({
      errors: { approvalThresholdFen: 'afterSales.threshold_too_high' },
    });
    expect(await problemOf(await patch({ version, approvalThresholdFen: 12.5 }))).toMatchObject({
      errors: { approvalThresholdFen: 'validation.integer' },
    });
    const stale = await problemOf(await patch({ version: version - 1, approvalThresholdFen: 10_000 }));
    expect(stale).toMatchObject({ status: 409, current: { approvalThresholdFen: 50_000 } });
  });
});
