import type { AxiosInstance } from 'axios';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess } from './access';
import { httpClient } from './dataProvider';
import { toHttpError } from './httpError';
import { loginRequestSchema, sessionSchema } from './schemas/session';
import type { Role } from './schemas/roles';
import { sessionStore } from './sessionStore';

export interface RedIdentity extends UserIdentity {
  email: string;
  role: Role;
  brandId: string | null;
  brandName: string | null;
  brandNameEn: string | null;
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

/** Whether a signed-in session exists and has not expired in this browser's clock. */
const liveSession = () => {
  const session = sessionStore.read();
  return session && !sessionStore.isExpired(session) ? session : null;
};

export function createAuthProvider(http: AxiosInstance): AuthProvider {
  return {
    async login(params: { email?: string; username?: string; password?: string }) {
      const credentials = loginRequestSchema.safeParse({
        email: params.email ?? params.username,
        password: params.password,
      });
      if (!credentials.success) throw new Error('auth.invalid_credentials');
      try {
        const { data } = await http.post('/session', credentials.data);
        sessionStore.write(sessionSchema.parse(data));
      } catch (error) {
        const httpError = toHttpError(error);
        throw new Error(httpError instanceof Error ? httpError.message : 'errors.unknown');
      }
    },

    async logout() {
      const session = sessionStore.read();
      sessionStore.clear();
      if (!session || sessionStore.isExpired(session)) return;
      // Revoking is a courtesy to the platform: signing out locally must not wait on or fail with it.
      http.delete('/session').catch(() => undefined);
    },

    async checkAuth() {
      const session = sessionStore.read();
      if (!session) throw { message: false, redirectTo: '/login' };
      if (sessionStore.isExpired(session)) {
        sessionStore.clear();
        throw { message: 'auth.session_expired', redirectTo: '/login' };
      }
    },

    async checkError(error: unknown) {
      // No clearing here: react-admin signs out next (logout clears the session), and it only tells the user
      // why after checking the session was still there.
      if (statusOf(error) === 401) {
        throw { message: 'auth.session_expired', redirectTo: '/login', logoutUser: true };
      }
      // 403 and the rest are shown where they happen; they are no reason to sign out.
    },

    async getIdentity(): Promise<RedIdentity> {
      const session = liveSession();
      if (!session) throw new Error('auth.session_expired');
      const { user } = session;
      return {
        id: user.id,
        fullName: user.name,
        email: user.email,
        role: user.role,
        brandId: user.brandId,
        brandName: user.brandName,
        brandNameEn: user.brandNameEn,
      };
    },

    async getPermissions() {
      return liveSession()?.user.role ?? null;
    },

    async canAccess({ resource, action }) {
      const session = liveSession();
      return session ? canAccess(session.user.role, resource, action) : false;
    },
  };
}

export const authProvider = createAuthProvider(httpClient);
