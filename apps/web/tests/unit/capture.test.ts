import { Agent, createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { NodeApp } from 'astro/app/node'
import { afterEach, describe, expect, it } from 'vitest'
import { renderToMemory, type NodeHandler } from '../../server/capture'

/** Astro's own request and response handling, as the built server's handler does it. */
const astroLike: NodeHandler = async (req, res) => {
  const webRequest = NodeApp.createRequest(req)
  const body = `<p>${new URL(webRequest.url).pathname}</p>`
  await NodeApp.writeResponse(new Response(body, { headers: { 'content-type': 'text/html' } }), res)
}

let server: Server | undefined
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined))
  server = undefined
})

describe('rendering into memory', () => {
  it('keeps the whole answer Astro wrote', async () => {
    server = createServer(async (req, res) => {
      const rendered = await renderToMemory(astroLike, req)
      res.writeHead(rendered.status, Object.fromEntries(rendered.headers)).end(rendered.body)
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const response = await fetch(`http://127.0.0.1:${port}/zh/projects`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe('<p>/zh/projects</p>')
  })

  // Astro listens for the socket's close on every request and stops listening
  // once the response it writes into is finished. A keep-alive connection (a
  // browser's, or nginx's to its upstream) carries many requests: a listener
  // left behind on each kept every request object alive until the socket closed.
  it('leaves no listener on a kept-alive socket after each render', async () => {
    const closeListeners: number[] = []
    server = createServer(async (req, res) => {
      const rendered = await renderToMemory(astroLike, req)
      closeListeners.push(req.socket.listenerCount('close'))
      res.writeHead(rendered.status, Object.fromEntries(rendered.headers)).end(rendered.body)
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const sockets = new Set<unknown>()
    try {
      for (let i = 0; i < 15; i += 1) {
        await new Promise<void>((resolve, reject) => {
          const call = request({ agent, host: '127.0.0.1', port, path: `/page/${i}` }, (res) => {
            sockets.add(res.socket)
            res.resume()
            res.on('end', resolve)
          })
          call.on('error', reject)
          call.end()
        })
      }
    } finally {
      agent.destroy()
    }
    // One connection carried all fifteen, and it gained nothing from them.
    expect(sockets.size).toBe(1)
    expect(closeListeners).toHaveLength(15)
    expect(new Set(closeListeners).size).toBe(1)
  })
})
