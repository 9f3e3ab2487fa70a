// Runs the repository's nginx configuration (deploy/nginx/portal.conf) in
// front of a portal, unprivileged, for the end-to-end test and the benchmark:
// the documented file with only its ports, host name, certificate and cache
// folder replaced, inside an `http` block like Debian's own nginx.conf, in a
// folder of its own (pid, logs, temporary files, cache).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { fileURLToPath } from 'node:url'
import { setTimeout as delay } from 'node:timers/promises'
import { startProcess } from './index.mjs'

/** The configuration deploy.md shows and production uses. */
export const PORTAL_CONF = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../deploy/nginx/portal.conf',
)

/** Where Debian's package puts nginx; `command -v` does not see /usr/sbin without root. */
const NGINX_PLACES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']

/**
 * The nginx binary (NGINX_BIN, Debian's place, or PATH), or null.
 * @param {Record<string, string | undefined>} [env]
 */
export function findNginx(env = process.env) {
  const candidates = [
    env.NGINX_BIN,
    ...NGINX_PLACES,
    ...(env.PATH ?? '').split(':').map((dir) => dir && path.join(dir, 'nginx')),
  ]
  return candidates.find((file) => file && existsSync(file)) ?? null
}

/** Why no nginx was found, and how CI gets it. */
export const NGINX_MISSING =
  "nginx is not installed: the reverse-proxy test and benchmark run Debian's nginx (`apt-get install nginx-light`, as .ci/run does), or set NGINX_BIN"

/**
 * deploy/nginx/portal.conf with the production values replaced. Fails when one
 * of them is no longer in the file, so a change there cannot leave a test
 * running something other than what is documented.
 * @param {string} text
 * @param {import('./nginx').RenderOptions} options
 */
export function renderPortalConf(text, options) {
  /** @type {Array<[RegExp, string]>} */
  const replacements = [
    [/(listen (?:\[::\]:)?)443\b/g, `$1${options.httpsPort}`],
    [/(listen (?:\[::\]:)?)80\b/g, `$1${options.httpPort}`],
    [/\b127\.0\.0\.1:4321\b/g, options.portal],
    [/\bwww\.example\.gov\.cn\b/g, options.serverName],
    [/\/etc\/ssl\/portal\/fullchain\.pem/g, options.certificate],
    [/\/etc\/ssl\/portal\/privkey\.pem/g, options.certificateKey],
    [/\/var\/cache\/nginx\/portal\b/g, options.cacheDir],
  ]
  return replacements.reduce((out, [pattern, value]) => {
    if (!pattern.test(out)) throw new Error(`${PORTAL_CONF} no longer contains ${pattern}`)
    return out.replace(pattern, value)
  }, text)
}

/**
 * A self-signed certificate for `localhost`, 127.0.0.1 and ::1, made with openssl.
 * @param {string} dir
 */
export function selfSignedCertificate(dir) {
  const certificate = path.join(dir, 'localhost.crt')
  const certificateKey = path.join(dir, 'localhost.key')
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
      '-keyout',
      certificateKey,
      '-out',
      certificate,
    ],
    { encoding: 'utf8' },
  )
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`)
  return { certificate, certificateKey, ca: readFileSync(certificate) }
}

/**
 * The whole nginx.conf of a run: Debian's `http` settings around the rendered file.
 * @param {string} dir
 * @param {number | 'auto'} workers
 * @param {string} extra
 */
function mainConf(dir, workers, extra) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${path.join(dir, 'temp', name)};`)
    .join('\n')
  // Started by root, nginx would run its workers as `nobody`, who cannot
  // enter a test's private folders: they stay with the starting user.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : ''
  return `daemon off;
${user}worker_processes ${workers};
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  # As Debian's /etc/nginx/nginx.conf sets them.
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
  ssl_prefer_server_ciphers on;
  access_log ${path.join(dir, 'access.log')};
  gzip on;
${temp}
  include ${path.join(dir, 'portal.conf')};
${extra}
}
`
}

/** True once a TLS handshake for `serverName` succeeds on the port. */
function handshakes(/** @type {number} */ port, /** @type {string} */ serverName) {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: serverName,
      rejectUnauthorized: false,
    })
    socket.setTimeout(2000, () => socket.destroy())
    socket.once('secureConnect', () => {
      socket.end()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('close', () => resolve(false))
  })
}

/**
 * Writes the run's folder (certificate, rendered portal.conf, nginx.conf) and
 * checks it with `nginx -t`, so a bad configuration fails with nginx's own message.
 * @param {import('./nginx').NginxOptions} options
 */
export function prepareNginx(options) {
  const binary = findNginx()
  if (!binary) throw new Error(NGINX_MISSING)
  const { dir } = options
  const serverName = options.serverName ?? 'localhost'
  for (const name of ['temp', 'cache']) mkdirSync(path.join(dir, name), { recursive: true })
  const tlsFiles = selfSignedCertificate(dir)
  const rendered = renderPortalConf(readFileSync(PORTAL_CONF, 'utf8'), {
    httpsPort: options.httpsPort,
    httpPort: options.httpPort,
    portal: options.portal,
    serverName,
    certificate: tlsFiles.certificate,
    certificateKey: tlsFiles.certificateKey,
    cacheDir: path.join(dir, 'cache'),
  })
  writeFileSync(path.join(dir, 'portal.conf'), rendered)
  const confFile = path.join(dir, 'nginx.conf')
  writeFileSync(confFile, mainConf(dir, options.workers ?? 1, options.extra?.(tlsFiles) ?? ''))
  const args = ['-p', dir, '-c', confFile, '-e', path.join(dir, 'error.log')]
  const checked = spawnSync(binary, [...args, '-t'], { encoding: 'utf8' })
  if (checked.status !== 0) throw new Error(`nginx -t refused ${confFile}:\n${checked.stderr}`)
  return { binary, args, serverName, tlsFiles }
}

/**
 * Starts nginx as `prepareNginx` sets it up; resolves once it completes a TLS handshake.
 * @param {import('./nginx').NginxOptions} options
 * @returns {Promise<import('./nginx').RunningNginx>}
 */
export async function startNginx(options) {
  const { binary, args, serverName, tlsFiles } = prepareNginx(options)
  const nginx = startProcess(binary, args, { logFile: options.logFile })
  const errorLog = path.join(options.dir, 'error.log')
  const deadline = Date.now() + 20_000
  while (!(await handshakes(options.httpsPort, serverName))) {
    const exited = nginx.child.exitCode !== null || nginx.child.signalCode !== null
    if (exited || Date.now() > deadline) {
      await nginx.stop()
      const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''
      throw new Error(
        `nginx did not come up on port ${options.httpsPort}:\n${nginx.output()}${log}`,
      )
    }
    await delay(100)
  }
  return {
    origin: `https://${serverName}:${options.httpsPort}`,
    ca: tlsFiles.ca,
    process: nginx,
    accessLog: path.join(options.dir, 'access.log'),
    stop: () => nginx.stop(),
  }
}
