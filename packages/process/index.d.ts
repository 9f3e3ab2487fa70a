// Types of index.mjs (plain JavaScript, so that scripts can run it before install).
import type { ChildProcess } from 'node:child_process'

export interface StartOptions {
  cwd?: string
  /** Added over this process's environment and TELEMETRY_OFF; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  /** Appends the output to this file; alone, the child writes to it directly. */
  logFile?: string
  /** Called with each piece of output and the stream it came from. */
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void
  /** Its own process group, stopped as a whole (default true). */
  detached?: boolean
}

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
  /** Set when the command could not be started. */
  error?: Error
}

export interface StopOptions {
  /** How long SIGTERM has before SIGKILL (default 10 s). */
  graceMs?: number
  /** How long to wait for the exit after SIGKILL (default 5 s). */
  killWaitMs?: number
}

export interface StartedProcess {
  child: ChildProcess
  /** Resolves when the process has exited. */
  exited: Promise<Exit>
  /** The end of its output (about 20,000 characters). */
  output: () => string
  logFile: string | undefined
  /** Stops it and its process group (see stopProcess). */
  stop: (options?: StopOptions) => Promise<void>
}

export interface WaitOptions {
  timeoutMs: number
  /** Fail as soon as this process exits; its output goes into the error. */
  process?: { child: ChildProcess; output?: () => string; logFile?: string | undefined }
  /** Whether a status means "up" (default: below 500). */
  ready?: (status: number) => boolean
  /** Between attempts (default 250 ms). */
  intervalMs?: number
}

/** Telemetry switches of every tool the repository runs: nothing it starts phones home. */
export declare const TELEMETRY_OFF: Readonly<Record<string, string>>

/** Starts `command`, by default in a process group of its own. */
export declare function startProcess(
  command: string,
  args: readonly string[],
  options?: StartOptions,
): StartedProcess

/** Sends `signal` to the child's process group (or the child alone); false when nothing was left. */
export declare function signalGroup(child: ChildProcess, signal: NodeJS.Signals): boolean

/** Stops a child and its process group: SIGTERM, then SIGKILL after `graceMs`. */
export declare function stopProcess(child: ChildProcess, options?: StopOptions): Promise<void>

/** Polls `url` until it is up; fails early when the watched process exits. */
export declare function waitForUrl(url: string, options: WaitOptions): Promise<void>
