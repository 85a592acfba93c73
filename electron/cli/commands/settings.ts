/** `cashflow settings show|set`: the analyst settings that change figures, read and written through the contract. */
import type { Command } from 'commander';
import type { Settings } from '../../../shared/settings';
import { AppFailure } from '../../../shared/result';
import { printJson, printLines } from './query-output';
import { callService, numberOption, queryCommand, type QueryOptions } from './query-services';

interface SetOptions extends QueryOptions {
  readonly currency?: string;
  readonly strictIban?: string;
  readonly debitRate?: string;
  readonly creditRate?: string;
  readonly rate: string[];
  readonly opening: string[];
  readonly eurRate?: string;
  readonly usdRate?: string;
  readonly ratePolicy?: string;
  readonly excludeDuplicates?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `KEY:REPORTING=VALUE` or `KEY:REPORTING=none`, e.g. `GBP:EUR=1.17`, `DE89…:EUR=2500`. */
function parseAssignment(
  option: string,
  text: string,
): { key: string; reporting: string; value: number | null } {
  const match = /^(.+):([A-Za-z]{3})=(.+)$/.exec(text);
  if (match === null)
    throw new AppFailure(
      'invalid-argument',
      `--${option} must look like KEY:EUR=VALUE or KEY:EUR=none (got '${text}')`,
    );
  const [, key = '', reporting = '', value = ''] = match;
  return {
    key,
    reporting: reporting.toUpperCase(),
    value: value === 'none' ? null : (numberOption(value) ?? null),
  };
}

function strictValue(text: string | undefined): boolean | string | undefined {
  if (text === undefined) return undefined;
  if (text === 'on' || text === 'true') return true;
  if (text === 'off' || text === 'false') return false;
  return text;
}

function printSettings(settings: Settings, json: boolean | undefined): void {
  if (json === true) {
    printJson(settings);
    return;
  }
  printLines([
    `reporting currency  ${settings.reportingCurrency}`,
    `strict IBAN         ${settings.strictIban ? 'on' : 'off'}`,
    `debit rate          ${settings.debitRate}`,
    `credit rate         ${settings.creditRate}`,
    `eur_rate column     ${settings.eurRateConvention}`,
    `usd_rate column     ${settings.usdRateConvention}`,
    `rate policy         ${settings.ratePolicy}`,
    `exclude duplicates  ${settings.excludeDuplicates ? 'on' : 'off'}`,
    ...settings.rateOverrides.map((o) => `rate override       ${o.currency} → ${o.reporting} × ${o.rate}`),
    ...settings.openingBalances.map(
      (o) => `opening balance     ${o.iban} (company ${o.companyId}) ${o.amount} ${o.reporting}`,
    ),
  ]);
}

export function registerSettingsCommands(program: Command): void {
  const settings = program.command('settings').description('Analyst settings that change figures.');
  queryCommand(settings.command('show').description('Print the settings.')).action(
    async (options: QueryOptions) => {
      printSettings(await callService(options, 'settingsGet', undefined), options.json);
    },
  );
  queryCommand(
    settings
      .command('set')
      .description('Change settings; they take effect on every figure at once.')
      .option('--currency <EUR|USD>', 'reporting currency')
      .option('--strict-iban <on|off>', 'strict ISO 13616 IBAN validation (re-applies to stored records)')
      .option('--debit-rate <rate>', 'default annual debit interest rate, e.g. 0.03')
      .option('--credit-rate <rate>', 'default annual credit interest rate, e.g. 0.01')
      .option('--rate <CUR:REPORTING=RATE|none>', 'override a conversion factor (repeatable)', collect, [])
      .option('--eur-rate <auto|multiply|divide>', 'how to read the eur_rate column (auto: inferred)')
      .option('--usd-rate <auto|multiply|divide>', 'how to read the usd_rate column (auto: inferred)')
      .option('--rate-policy <current|per-date>', 'latest rates for every date, or those in force each day')
      .option('--exclude-duplicates <on|off>', 'leave out records identical apart from their id')
      .option(
        '--opening <IBAN:REPORTING=AMOUNT|none>',
        'opening balance of an account (repeatable)',
        collect,
        [],
      ),
  ).action(async (options: SetOptions) => {
    const strictIban = strictValue(options.strictIban);
    const excludeDuplicates = strictValue(options.excludeDuplicates);
    const debitRate = numberOption(options.debitRate);
    const creditRate = numberOption(options.creditRate);
    const result = await callService(options, 'settingsUpdate', {
      ...(options.currency === undefined ? {} : { reportingCurrency: options.currency }),
      ...(strictIban === undefined ? {} : { strictIban }),
      ...(debitRate === undefined ? {} : { debitRate }),
      ...(creditRate === undefined ? {} : { creditRate }),
      ...(options.eurRate === undefined ? {} : { eurRateConvention: options.eurRate }),
      ...(options.usdRate === undefined ? {} : { usdRateConvention: options.usdRate }),
      ...(options.ratePolicy === undefined ? {} : { ratePolicy: options.ratePolicy }),
      ...(excludeDuplicates === undefined ? {} : { excludeDuplicates }),
      ...(options.rate.length === 0
        ? {}
        : {
            rateOverrides: options.rate
              .map((text) => parseAssignment('rate', text))
              .map((a) => ({ currency: a.key, reporting: a.reporting, rate: a.value })),
          }),
      ...(options.opening.length === 0
        ? {}
        : {
            openingBalances: options.opening
              .map((text) => parseAssignment('opening', text))
              .map((a) => ({ iban: a.key, reporting: a.reporting, amount: a.value })),
          }),
    });
    if (options.json === true) {
      printJson(result);
      return;
    }
    printSettings(result.settings, false);
    if (result.reclassified > 0)
      printLines([`${result.reclassified} stored records changed status under the new rule.`]);
  });
}
