import { z } from 'zod';

const envSchema = z
  .object({
    VITE_API_URL: z.string().trim().min(1).optional(),
    VITE_API_MODE: z.enum(['mock', 'http']).optional(),
  })
  .transform((raw) => ({
    apiUrl: (raw.VITE_API_URL ?? '/api/v1').replace(/\/+$/, ''),
    // A configured API URL means a real platform unless the mode says otherwise.
    apiMode: raw.VITE_API_MODE ?? (raw.VITE_API_URL ? 'http' : 'mock'),
  }));

export type AppEnv = z.infer<typeof envSchema>;

export const parseEnv = (source: Record<string, unknown>): AppEnv => envSchema.parse(source);

export const env: AppEnv = parseEnv(import.meta.env);
