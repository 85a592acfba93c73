/**
 * Runs a built main bundle in a child process under the pinned Node with the electron stand-in
 * (stand-in/boot.mjs), and drives it with commands over Node's IPC channel. Every process started
 * here is stopped by `stop()` (the tests call it in afterEach), whatever state it is in.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

export interface MainProcess {
  /** Resolves once the bundle has been imported, rejects with the load error. */
  readonly loaded: Promise<void>;
  readonly exited: Promise<ChildExit>;
  command<T = unknown>(type: string, argument?: Record<string, unknown>): Promise<T>;
  /** Calls a contract channel as our window (or a foreign one) and answers the Result. */
  invoke<T = unknown>(channel: string, argument?: unknown, from?: 'app' | 'subframe' | 'foreign'): Promise<T>;
  stop(): Promise<void>;
}

export interface MainProcessOptions {
  /** The stand-in's folder for app.getPath(): user-data, logs, temp… */
  readonly home: string;
  /** The app folder holding package.json (app.getAppPath()). */
  readonly appPath: string;
  readonly packaged?: boolean;
  readonly env?: Readonly<Record<string, string>>;
}

const boot = join(import.meta.dirname, 'stand-in', 'boot.mjs');

export function startMainProcess(mainFile: string, options: MainProcessOptions): MainProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SMOKE_HOME: options.home,
    SMOKE_APP_PATH: options.appPath,
    SMOKE_PACKAGED: options.packaged === true ? '1' : '0',
    CASHFLOW_SIM_CACHE: join(options.home, 'simulator-cache'),
    ...options.env,
  };
  delete env['ELECTRON_RENDERER_URL'];
  delete env['NODE_OPTIONS'];
  const child: ChildProcess = spawn(process.execPath, [boot, mainFile], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.resume();
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal, stderr });
    });
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  child.on('message', (message: Reply) => {
    const waiter = pending.get(message.id);
    if (waiter === undefined) return;
    pending.delete(message.id);
    if (message.ok) waiter.resolve(message.value);
    else waiter.reject(new Error(message.error ?? 'the child failed'));
  });
  void exited.then((exit) => {
    for (const waiter of pending.values())
      waiter.reject(new Error(`the main process ended (code ${exit.code}, ${exit.signal}): ${exit.stderr}`));
    pending.clear();
  });
  const loaded = new Promise<unknown>((resolve, reject) => {
    pending.set(0, { resolve, reject });
  }).then(() => undefined);

  function command<T>(type: string, argument: Record<string, unknown> = {}): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, {
        resolve: (value) => {
          resolve(value as T);
        },
        reject,
      });
      child.send({ id, type, ...argument });
    });
  }

  return {
    loaded,
    exited,
    command,
    invoke: (channel, argument, from = 'app') => command('invoke', { channel, argument, from }),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
