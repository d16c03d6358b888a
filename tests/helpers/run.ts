import { spawn, type ChildProcess } from 'node:child_process';

export interface RunResult {
  code: number;
  /** stdout and stderr together, in order. */
  output: string;
}

// Vitest puts Vite's own variables (BASE_URL, MODE …) into process.env; a build started from a
// test must not inherit them, or Astro takes BASE_URL=/ over the configured base.
const VITE_VARIABLES = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
const cleanEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !VITE_VARIABLES.has(key) && !key.startsWith('VITEST'),
    ),
  );

/** Runs a command to completion and collects its output; never throws on a failing exit code. */
export function run(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? process.cwd(),
      env: { ...cleanEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A long-running process started by `start`. */
export interface Started {
  child: ChildProcess;
  /** stdout and stderr so far, together, in order. */
  output(): string;
  /** Ends the process (SIGTERM, then SIGKILL after 5 s) and waits for it. */
  stop(): Promise<void>;
}

/** Starts a long-running command, such as `astro dev`, with the same clean environment as `run`. */
export function start(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Started {
  const child = spawn(command, args, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...cleanEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
