/**
 * Company ids for a sync scope, as the CLI takes them: `--companies 12,17,105` or a file with one id
 * per line or comma-separated (`--companies-file`), blank lines and `#` comments allowed. Each id is a
 * whole number (0 or more) written in digits; repeats count once; 1 to 5000 ids, as the contract's
 * scope allows.
 */
import { readFileSync } from 'node:fs';
import { AppFailure } from '../../shared/result';
import { sourceScope } from '../../shared/sync-schemas';

/** Parses a list of ids; `what` names where they came from in messages (an option or a file). */
export function parseCompanyIds(text: string, what: string): number[] {
  const ids = new Set<number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const content = line.replace(/#.*$/, '');
    for (const part of content.split(/[,\s]+/)) {
      if (part === '') continue;
      const id = /^\d{1,15}$/.test(part) ? Number(part) : Number.NaN;
      if (!Number.isSafeInteger(id)) {
        const where = text.includes('\n') ? ` on line ${index + 1}` : '';
        throw new AppFailure(
          'invalid-argument',
          `${what} must list company ids (whole numbers, 0 or more)${where}, not '${part}'`,
        );
      }
      ids.add(id);
    }
  });
  const sorted = [...ids].sort((a, b) => a - b);
  const checked = sourceScope.safeParse({ companyIds: sorted });
  if (!checked.success) {
    throw new AppFailure(
      'invalid-argument',
      sorted.length === 0
        ? `${what} lists no company id`
        : `${what} lists ${sorted.length} companies; a scope holds at most 5000`,
    );
  }
  return sorted;
}

export interface ScopeOptions {
  readonly companies?: string;
  readonly companiesFile?: string;
  readonly allCompanies?: boolean;
}

/**
 * The scope a command was given: ids, null for `--all-companies` (the whole bank), or undefined when
 * none of the options was used (the stored scope stays).
 */
export function scopeFromOptions(
  options: ScopeOptions,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): number[] | null | undefined {
  const given = [options.companies, options.companiesFile, options.allCompanies === true ? '' : undefined];
  if (given.filter((option) => option !== undefined).length > 1)
    throw new AppFailure(
      'invalid-argument',
      'give one of --companies, --companies-file and --all-companies, not several',
    );
  if (options.allCompanies === true) return null;
  if (options.companies !== undefined) return parseCompanyIds(options.companies, '--companies');
  if (options.companiesFile === undefined) return undefined;
  let text: string;
  try {
    text = readFile(options.companiesFile);
  } catch (cause) {
    throw new AppFailure(
      'invalid-argument',
      `--companies-file ${options.companiesFile} cannot be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
  return parseCompanyIds(text, `--companies-file ${options.companiesFile}`);
}
