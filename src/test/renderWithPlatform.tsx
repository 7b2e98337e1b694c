// Renders a view with the REAL data, auth and i18n providers against the mock platform (started by setup.ts).
// Sign in first with `signIn`. Imported by *.test.tsx only.
import type { ReactNode } from 'react';
import type { RaRecord } from 'react-admin';
import { authProvider } from '../api/authProvider';
import { dataProvider } from '../api/dataProvider';
import { DEMO_PASSWORD } from '../layout/demoAccounts';
import { renderInAdmin, type RenderInAdminOptions } from './renderInAdmin';

/** Signs in to the mock platform as one of the seeded demo accounts (moderator by default). */
export const signIn = (email = 'moderator@red.example') =>
  authProvider.login({ email, password: DEMO_PASSWORD });

/** A record as the platform holds it now, read through the real dataProvider. */
export const getRecord = async <T extends RaRecord>(resource: string, id: string) =>
  (await dataProvider.getOne<T>(resource, { id })).data;

export type RenderWithPlatformOptions = Omit<RenderInAdminOptions, 'role' | 'authProvider' | 'dataProvider'>;

/** Renders a view as <Admin> would, with the real providers (English) and whoever `signIn` signed in. */
export const renderWithPlatform = (ui: ReactNode, options: RenderWithPlatformOptions = {}) =>
  renderInAdmin(ui, { ...options, authProvider, dataProvider });
