import { accessTable, actions, canAccess, resources } from './access';
import { roles } from './schemas/roles';

describe('canAccess', () => {
  it('lets a brand admin invite team members but not a marketer or an agent', () => {
    expect(canAccess('brand_admin', 'team', 'create')).toBe(true);
    expect(canAccess('brand_marketer', 'team', 'create')).toBe(false);
    expect(canAccess('cs_agent', 'team', 'list')).toBe(false);
  });

  it('lets agents read products but never change them', () => {
    expect(canAccess('cs_agent', 'products', 'list')).toBe(true);
    expect(canAccess('cs_agent', 'products', 'edit')).toBe(false);
  });

  it('never lets a moderator change a brand record', () => {
    for (const resource of ['products', 'team', 'brands', 'dashboard']) {
      for (const action of ['create', 'edit', 'delete']) {
        expect(canAccess('moderator', resource, action)).toBe(false);
      }
    }
  });

  it('lets only moderators decide the queue and change the claims dictionary', () => {
    for (const role of roles) {
      expect(canAccess(role, 'moderation', 'edit')).toBe(role === 'moderator');
      expect(canAccess(role, 'claim-dictionary', 'create')).toBe(role === 'moderator');
      // Every role checks copy against the dictionary in force.
      expect(canAccess(role, 'claim-dictionary', 'show')).toBe(true);
    }
    expect(canAccess('moderator', 'audit-log', 'edit')).toBe(false);
  });

  it('lets agents and admins work the service inbox, marketers read it and moderators never see it', () => {
    for (const resource of ['conversations', 'orders', 'after-sales', 'quick-replies']) {
      expect(canAccess('cs_agent', resource, 'edit')).toBe(true);
      expect(canAccess('brand_admin', resource, 'edit')).toBe(true);
      expect(canAccess('brand_marketer', resource, 'list')).toBe(true);
      expect(canAccess('brand_marketer', resource, 'edit')).toBe(false);
      expect(canAccess('moderator', resource, 'list')).toBe(false);
    }
    // Only brand admins set the amount above which after-sales need an admin.
    expect(canAccess('brand_admin', 'service-settings', 'edit')).toBe(true);
    expect(canAccess('cs_agent', 'service-settings', 'edit')).toBe(false);
  });

  it('refuses unknown resources and actions', () => {
    expect(canAccess('brand_admin', 'payouts', 'list')).toBe(false);
    expect(canAccess('brand_admin', 'products', 'explode')).toBe(false);
  });

  it('answers exactly what the table says for every role, resource and action', () => {
    for (const role of roles) {
      for (const resource of resources) {
        for (const action of actions) {
          const expected = (accessTable[role][resource] ?? []).includes(action);
          expect(canAccess(role, resource, action)).toBe(expected);
        }
      }
    }
  });
});
