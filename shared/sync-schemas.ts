/** zod schemas of the sync and source methods' arguments. */
import { z } from 'zod';

const httpUrl = z
  .string()
  .max(2000)
  .refine(
    (text) => {
      try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be an http(s) URL' },
  );

export const sourceRequest = z
  .object({
    url: httpUrl,
    dialect: z.enum(['auto', 'exposer', 'cdm-api']).default('auto'),
    token: z.string().min(1).max(4096).optional(),
    /** Keep the token in memory until the app quits instead of sealing it (no keystore here). */
    tokenForSessionOnly: z.boolean().optional(),
  })
  .strict();

export const syncStartArgument = z
  .object({ sourceId: z.number().int().positive().optional() })
  .strict()
  .optional();

const sourceId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * Changes a source's address or token; the connection is tested before anything is stored. Without
 * `token`, the stored token stays unless `clearToken` says to drop it.
 */
export const sourceUpdateRequest = z
  .object({
    sourceId,
    url: httpUrl,
    dialect: z.enum(['auto', 'exposer', 'cdm-api']).default('auto'),
    token: z.string().min(1).max(4096).optional(),
    clearToken: z.boolean().default(false),
    tokenForSessionOnly: z.boolean().optional(),
  })
  .strict()
  .refine((request) => !(request.clearToken && request.token !== undefined), {
    message: 'give a new token or clear it, not both',
    path: ['clearToken'],
  });

export const sourceRemoveArgument = z.object({ sourceId }).strict();
