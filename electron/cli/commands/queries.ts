/** Registers every query command: the assignment's four functions and the analyst's wider view. */
import type { Command } from 'commander';
import { registerBalanceCommand } from './balance';
import { registerCountriesCommand } from './countries';
import { registerForecastCommand } from './forecast';
import { registerInterestCommand } from './interest';
import { registerPortfolioCommand } from './portfolio';
import { registerQualityCommand } from './quality';
import { registerSearchCommand } from './search';
import { registerSeriesCommand } from './series';
import { registerSettingsCommands } from './settings';

export function registerQueryCommands(program: Command): void {
  registerBalanceCommand(program);
  registerCountriesCommand(program);
  registerInterestCommand(program);
  registerForecastCommand(program);
  registerSeriesCommand(program);
  registerSearchCommand(program);
  registerPortfolioCommand(program);
  registerQualityCommand(program);
  registerSettingsCommands(program);
}
