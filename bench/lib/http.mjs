// HTTP as a browser meets the portal: compressed bodies, and the weight of a
// page with the scripts and styles it loads.
import http from 'node:http'
import https from 'node:https'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

/** What a browser accepts: the portal answers brotli. */
export const COMPRESSED = { 'accept-encoding': 'br, gzip' }

/**
 * A GET with the raw (compressed) body. Over https (nginx in front, with the
 * run's self-signed certificate on loopback) the certificate is not checked.
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, raw: Buffer, body: Buffer }>}
 */
export function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const secure = url.startsWith('https:')
    const client = secure ? https : http
    const request = client.get(url, { headers, rejectUnauthorized: !secure }, (response) => {
      /** @type {Buffer[]} */
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = response.headers['content-encoding']
        const body =
          encoding === 'br'
            ? brotliDecompressSync(raw)
            : encoding === 'gzip'
              ? gunzipSync(raw)
              : raw
        resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, body })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.setTimeout(120_000, () => request.destroy(new Error(`timeout: ${url}`)))
  })
}

/**
 * Compressed bytes of a page and of the JS and CSS it loads (followed through
 * the JS modules' static and dynamic imports).
 * @param {string} base
 * @param {string} pagePath
 */
export async function pageWeight(base, pagePath) {
  const page = await rawGet(`${base}${pagePath}`, COMPRESSED)
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`)
  const html = page.body.toString('utf8')
  /** @type {Set<string>} */
  const js = new Set()
  /** @type {Set<string>} */
  const css = new Set()
  for (const match of html.matchAll(/\/_astro\/[^"'\s)>]+?\.(js|css)\b/g)) {
    ;(match[1] === 'js' ? js : css).add(match[0])
  }
  let jsBytes = 0
  let cssBytes = 0
  /** @type {Record<string, number>} */
  const jsList = {}
  /** @type {string[]} */
  const queue = [...js]
  /** @type {Set<string>} */
  const seen = new Set()
  while (queue.length > 0) {
    const asset = /** @type {string} */ (queue.shift())
    if (seen.has(asset)) continue
    seen.add(asset)
    const answer = await rawGet(`${base}${asset}`, COMPRESSED)
    jsBytes += answer.raw.length
    jsList[asset.replace('/_astro/', '')] = answer.raw.length
    const code = answer.body.toString('utf8')
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? ''
      if (target.startsWith('./')) queue.push(`/_astro/${target.slice(2)}`)
      else if (target.startsWith('/_astro/')) queue.push(target)
    }
  }
  for (const asset of css) cssBytes += (await rawGet(`${base}${asset}`, COMPRESSED)).raw.length
  return {
    path: pagePath,
    htmlBytes: page.raw.length,
    htmlRawBytes: page.body.length,
    encoding: page.headers['content-encoding'] ?? 'identity',
    jsFiles: seen.size,
    jsBytes,
    jsList,
    inlineStyles: (html.match(/<style[\s>]/g) ?? []).length,
    cssFiles: css.size,
    cssBytes,
    totalBytes: page.raw.length + jsBytes + cssBytes,
  }
}
