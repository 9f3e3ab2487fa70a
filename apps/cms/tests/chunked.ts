import http from 'node:http'

/** What a streamed post came to. */
export interface StreamedPost {
  status: number | null
  text: string
  /** Bytes the client got to hand to its socket before the answer or the close. */
  sent: number
}

/**
 * Posts `total` bytes to `url` in 64 KB chunks: chunked (no Content-Length)
 * unless the headers give a length. `prefix` opens the body (the start of a
 * JSON document, say) and spaces fill the rest. Writing stops as soon as an
 * answer arrives or the server closes, so a server that refuses early is seen
 * to have taken little of the body.
 */
export function streamPost(
  url: string,
  total: number,
  headers: Record<string, string>,
  prefix = '',
): Promise<StreamedPost> {
  return new Promise((resolve) => {
    let sent = 0
    let status: number | null = null
    let text = ''
    let done = false
    const req = http.request(url, { method: 'POST', headers, agent: false })
    const finish = () => {
      if (done) return
      done = true
      req.destroy()
      resolve({ status, text, sent })
    }
    req.on('response', (res) => {
      status = res.statusCode ?? null
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', finish)
      res.on('error', finish)
    })
    req.on('error', finish)
    const filler = Buffer.alloc(64 * 1024, 0x20)
    const first = Buffer.from(prefix)
    const pump = () => {
      while (!done && status === null && sent < total) {
        const source = sent < first.length ? first.subarray(sent) : filler
        const part = source.subarray(0, Math.min(source.length, total - sent))
        sent += part.length
        if (!req.write(part)) return void req.once('drain', pump)
      }
      if (!done && status === null) req.end()
    }
    pump()
  })
}
