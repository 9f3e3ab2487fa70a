// The documented nginx configuration as the test suite and the benchmark run
// it: every production value is replaced, nothing else, and nginx accepts it.
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { PORTAL_CONF, prepareNginx, renderPortalConf } from '../nginx.mjs'

const scratch = mkdtempSync(path.join(tmpdir(), 'portal-nginx-'))
after(() => rmSync(scratch, { recursive: true, force: true }))

const values = {
  httpsPort: 4460,
  httpPort: 3160,
  portal: '127.0.0.1:4458',
  serverName: 'localhost',
  certificate: '/srv/t/localhost.crt',
  certificateKey: '/srv/t/localhost.key',
  cacheDir: '/srv/t/cache',
}

test('every production value of deploy/nginx/portal.conf is replaced, and nothing else', () => {
  const original = readFileSync(PORTAL_CONF, 'utf8')
  const rendered = renderPortalConf(original, values)
  for (const production of [
    ':443',
    ' 443',
    'listen 80',
    '4321',
    'example.gov.cn',
    '/etc/ssl',
    '/var/cache',
  ]) {
    assert.ok(!rendered.includes(production), `${production} is left in the rendered file`)
  }
  assert.match(rendered, /listen \[::\]:4460 ssl http2;/)
  assert.match(rendered, /server 127\.0\.0\.1:4458;/)
  assert.match(rendered, /return 301 https:\/\/localhost\$request_uri;/)
  const changed = original.split('\n').filter((line, index) => line !== rendered.split('\n')[index])
  assert.ok(
    changed.every((line) =>
      /^\s*#|listen|server |server_name|ssl_certificate|proxy_cache_path|return 301/.test(line),
    ),
    `only addresses, names and paths change:\n${changed.join('\n')}`,
  )
})

test('a configuration without one of the values it replaces is refused', () => {
  const text = readFileSync(PORTAL_CONF, 'utf8').replaceAll('/var/cache/nginx/portal', '/srv/cache')
  assert.throws(() => renderPortalConf(text, values), /no longer contains/)
})

test('nginx accepts the configuration as rendered for a run (nginx -t)', () => {
  const prepared = prepareNginx({
    dir: scratch,
    httpsPort: 4460,
    httpPort: 3160,
    portal: '127.0.0.1:4458',
  })
  assert.match(readFileSync(path.join(scratch, 'nginx.conf'), 'utf8'), /include .*portal\.conf;/)
  assert.match(prepared.tlsFiles.ca.toString(), /BEGIN CERTIFICATE/)
})
