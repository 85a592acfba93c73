/**
 * `cashflow simulator serve`: serves a simulator data set over HTTP in either dialect, optionally
 * with faults, until SIGINT/SIGTERM. The port is checked before the (possibly long) generation so
 * that an occupied port fails at once with one line.
 */
import { createServer } from 'node:net';
import type { Command } from 'commander';
import { AppFailure } from '../../../shared/result';
import type { FaultRates } from '../../simulator/faults/fault-spec';
import { parseFaultSpec } from '../../simulator/faults/fault-spec';
import type { Dialect, ExposerEnd } from '../../simulator/serve/server';
import { dialects, exposerEndModes, startSimulatorServer } from '../../simulator/serve/server';
import { oneOf, positiveInteger } from '../output';
import type { DatasetCommandOptions } from './simulator-generate';
import { openFromOptions, withDatasetOptions } from './simulator-generate';

interface ServeOptions extends DatasetCommandOptions {
  readonly dialect: string;
  readonly port: string;
  readonly host: string;
  readonly faults: string;
  readonly faultSeed: string;
  readonly exposerEnd: string;
  readonly slowMs: string;
}

interface ParsedServeOptions {
  readonly dialect: Dialect;
  readonly port: number;
  readonly host: string;
  readonly faults: FaultRates;
  readonly faultSeed: number;
  readonly exposerEnd: ExposerEnd;
  readonly slowMs: number;
}

function parseServeOptions(options: ServeOptions): ParsedServeOptions {
  const port = positiveInteger('port', options.port);
  if (port > 65_535)
    throw new AppFailure('invalid-argument', `--port must be at most 65535 (got '${options.port}')`);
  let faults: FaultRates;
  try {
    faults = parseFaultSpec(options.faults);
  } catch (cause) {
    throw cause instanceof AppFailure ? new AppFailure(cause.code, `--faults: ${cause.message}`) : cause;
  }
  return {
    dialect: oneOf<Dialect>('dialect', options.dialect, dialects),
    port,
    host: options.host,
    faults,
    faultSeed: positiveInteger('fault-seed', options.faultSeed),
    exposerEnd: oneOf<ExposerEnd>('exposer-end', options.exposerEnd, exposerEndModes),
    slowMs: positiveInteger('slow-ms', options.slowMs),
  };
}

/** Fails fast with port-in-use before generating anything (port 0 is always free). */
async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new AppFailure('port-in-use', `port ${port} is already in use`)
          : new AppFailure('invalid-argument', `cannot listen on ${host}:${port}: ${error.message}`),
      );
    });
    probe.listen(port, host, () => {
      probe.close(() => {
        resolve();
      });
    });
  });
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

async function serve(options: ServeOptions): Promise<void> {
  const parsed = parseServeOptions(options);
  await checkPortFree(parsed.host, parsed.port);
  const dataset = openFromOptions(options);
  try {
    const server = await startSimulatorServer({ dataset, ...parsed });
    process.stdout.write(
      `cashflow simulator: ${parsed.dialect} dialect, ${dataset.setting} seed ${dataset.seed}, ` +
        `serving at ${server.url}\n`,
    );
    await untilSignal();
    await server.close();
  } finally {
    dataset.close();
  }
}

export function registerSimulatorServe(simulator: Command): void {
  withDatasetOptions(simulator.command('serve'))
    .description('Serve a simulator data set over HTTP until interrupted (Ctrl+C).')
    .option('--dialect <name>', `API dialect: ${dialects.join(', ')}`, 'exposer')
    .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option(
      '--faults <spec>',
      'fault rates, e.g. "status5xx=0.05,reset=0.02,hang=0.01,slow=0.05,duplicate=0.05,truncate=0.01"',
      '',
    )
    .option('--fault-seed <n>', 'seed of the fault decisions', '1')
    .option('--exposer-end <mode>', `exposer end of data: ${exposerEndModes.join(', ')}`, 'empty')
    .option('--slow-ms <n>', 'delay of the slow fault in milliseconds', '200')
    .addHelpText(
      'after',
      '\nExample:\n  cashflow simulator serve --setting small --dialect cdm-api --port 8080 --faults "reset=0.02"\n',
    )
    .action(serve);
}
