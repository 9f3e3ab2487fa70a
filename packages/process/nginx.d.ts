// Types of nginx.mjs (plain JavaScript, like the rest of this package).
import type { StartedProcess } from './index'

export interface RenderOptions {
  httpsPort: number
  httpPort: number
  /** The portal's address, host:port. */
  portal: string
  serverName: string
  certificate: string
  certificateKey: string
  cacheDir: string
}

export interface TlsFiles {
  certificate: string
  certificateKey: string
  /** The certificate's PEM, for clients to trust. */
  ca: Buffer
}

export interface NginxOptions {
  /** A folder of its own: configuration, certificate, pid, logs, temporary files, cache. */
  dir: string
  httpsPort: number
  httpPort: number
  portal: string
  /** Default `localhost`. */
  serverName?: string
  /** Worker processes (default 1; production's Debian default is `auto`, one per CPU). */
  workers?: number | 'auto'
  /** More configuration inside `http`, given the certificate (the benchmark's static server). */
  extra?: (tls: TlsFiles) => string
  logFile?: string
}

export interface RunningNginx {
  /** https://<serverName>:<httpsPort> */
  origin: string
  ca: Buffer
  process: StartedProcess
  accessLog: string
  stop: () => Promise<void>
}

/** The configuration deploy.md shows and production uses. */
export declare const PORTAL_CONF: string
/** Why no nginx was found, and how CI gets it. */
export declare const NGINX_MISSING: string
/** The nginx binary (NGINX_BIN, Debian's place, or PATH), or null. */
export declare function findNginx(env?: Record<string, string | undefined>): string | null
/** deploy/nginx/portal.conf with the production values replaced; fails when one is missing. */
export declare function renderPortalConf(text: string, options: RenderOptions): string
/** A self-signed certificate for `localhost`, 127.0.0.1 and ::1, made with openssl. */
export declare function selfSignedCertificate(dir: string): TlsFiles
/** Writes the run's folder and checks it with `nginx -t`; what startNginx runs. */
export declare function prepareNginx(options: NginxOptions): {
  binary: string
  args: string[]
  serverName: string
  tlsFiles: TlsFiles
}
/** Starts nginx with the rendered configuration; resolves once it completes a TLS handshake. */
export declare function startNginx(options: NginxOptions): Promise<RunningNginx>
