/** zod schemas of the sync and source methods' arguments. */
import { z } from 'zod';
import { companyId } from './schemas';

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

// The bank numbers its companies from 0 (the simulator does too), so 0 is a company like any other.
const companyIdInScope = companyId;

/**
 * The companies a source is limited to (an analyst's portfolio): only their transactions are fetched
 * and kept, while the company list always syncs whole. Null means the whole bank.
 */
export const sourceScope = z
  .object({
    companyIds: z
      .array(companyIdInScope)
      .min(1)
      .max(5000)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'each company may appear only once' }),
  })
  .strict();

export const sourceRequest = z
  .object({
    url: httpUrl,
    /** Absent or null: the whole bank. */
    scope: sourceScope.nullable().optional(),
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
 * Changes a source's address, token or scope; the connection is tested before anything is stored.
 * Without `token`, the stored token stays unless `clearToken` says to drop it. Without `scope` the
 * scope stays; null widens it to the whole bank. Companies added to the scope get their whole history
 * on the next sync; companies removed keep their data until `sourceScopeDrop` removes it.
 */
export const sourceUpdateRequest = z
  .object({
    sourceId,
    url: httpUrl,
    scope: sourceScope.nullable().optional(),
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

/**
 * Deletes the stored transactions of companies no longer in a source's scope: every record that
 * touches none of the companies still in scope. A record between a removed and a kept company stays.
 * Without `companyIds`, every stored record that touches no company of any scope goes: what is left
 * after narrowing the whole bank to a portfolio.
 */
export const sourceScopeDropArgument = z
  .object({ sourceId, companyIds: z.array(companyIdInScope).min(1).max(5000).optional() })
  .strict();
