import { spawnSync } from 'node:child_process'
import net from 'node:net'
import { startProcess, type StartedProcess } from '@portal/process'

/** Debian's redis-server, started for a test and stopped after it (no files written). */
export interface TestRedis {
  url: string
  port: number
  process: StartedProcess
  stop: () => Promise<void>
}

/** True when `redis-server` can be run here (CI installs Debian's package). */
export function redisAvailable(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** Starts redis-server on a free port (or `port`) and resolves once it accepts connections. */
export async function startRedis(port?: number): Promise<TestRedis> {
  const chosen = port ?? (await freePort())
  let output = ''
  let ready: () => void = () => {}
  const accepted = new Promise<void>((resolve) => (ready = resolve))
  const redis = startProcess(
    'redis-server',
    ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      onOutput: (text) => {
        output += text
        if (output.includes('Ready to accept connections')) ready()
      },
    },
  )
  await Promise.race([
    accepted,
    redis.exited.then((exit) => {
      throw new Error(`redis-server exited (${JSON.stringify(exit)}):\n${output}`)
    }),
  ])
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    process: redis,
    stop: () => redis.stop(),
  }
}
