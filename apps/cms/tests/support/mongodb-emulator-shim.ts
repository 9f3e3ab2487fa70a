// A TCP relay between the MongoDB driver and the wire-protocol emulator that
// tests/mongodb-emulator.ts starts, for the MongoDB run of the test suite only.
// Messages pass through byte for byte, except where the emulator lacks what a
// MongoDB server does; each of those rewrites is listed in docs/deploy.md
// ("MongoDB"):
//
// - hello: the emulator names its own address as the replica set's member;
//   the relay names itself, so the driver keeps talking through it. It also
//   drops `topologyVersion`: with it the driver asks for streamed hellos,
//   which the emulator does not send (the driver then clears its pool).
// - findAndModify with remove: the driver always sends `new: false` and
//   `upsert: false`, which the emulator refuses beside `remove`; the relay
//   leaves them out (Payload deletes by id this way).
// - $push (Payload's job queue appends to a job's log with it): the emulator
//   has no $push; the relay reads the matching documents first, in the same
//   session and transaction, and sets each array with the items appended.
// - dropDatabase: the emulator has none; the relay deletes every document of
//   each collection it saw created or written in that database (the emptied
//   collections and their indexes stay). The emulator copies every collection
//   it holds, empty or not, for each transaction, so the test files reuse a
//   few database names, emptied after each (tests/support/database.ts).
// - create (a collection, without options) and endSessions: the emulator has
//   neither; it creates a collection on its first write and keeps no state
//   for ended sessions, so the relay answers both itself.
// - Transactions: Payload sends some reads of one transaction at once, on
//   several connections. A MongoDB server gets the one that starts the
//   transaction first; the emulator often runs another first and refuses it
//   ("requires an active transaction"). The relay holds a transaction's other
//   commands until the emulator has answered the one that starts it. And where
//   MongoDB lets a session's next transaction abort one left open, the emulator
//   refuses to start it; the relay aborts the open one first. Two commits at
//   once can lose one transaction's writes on the emulator, so the relay
//   sends one commit at a time.
//
// Anything else reaches the emulator as the driver sent it.
// CMS_TEST_MONGODB_TRACE=1 prints every command and every error answer.
import net from 'node:net'
import { BSON } from 'mongodb'

const OP_REPLY = 1
const OP_QUERY = 2004
const OP_MSG = 2013
const CHECKSUM_PRESENT = 1

/** BSON options that give back exactly the types they read (Int32 stays Int32, Double stays Double). */
const EXACT = {
  promoteValues: false,
  promoteLongs: false,
  promoteBuffers: false,
  bsonRegExp: true,
} as const

type Doc = Record<string, unknown>

interface Frame {
  requestId: number
  responseTo: number
  opCode: number
  raw: Buffer
}

/** Splits a byte stream into wire-protocol messages. */
function framer(onFrame: (frame: Frame) => void): (chunk: Buffer) => void {
  // Chunks of a message still arriving, joined once it is complete.
  let chunks: Buffer[] = []
  let buffered = 0
  let needed = 0
  return (chunk) => {
    chunks.push(chunk)
    buffered += chunk.length
    while (buffered >= 16) {
      if (!needed) {
        if (chunks[0]!.length < 4) chunks = [Buffer.concat(chunks)]
        needed = chunks[0]!.readInt32LE(0)
      }
      if (buffered < needed) return
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)
      const raw = all.subarray(0, needed)
      const rest = all.subarray(needed)
      chunks = rest.length ? [rest] : []
      buffered = rest.length
      needed = 0
      onFrame({
        requestId: raw.readInt32LE(4),
        responseTo: raw.readInt32LE(8),
        opCode: raw.readInt32LE(12),
        raw,
      })
    }
  }
}

function header(length: number, requestId: number, responseTo: number, opCode: number): Buffer {
  const head = Buffer.alloc(16)
  head.writeInt32LE(length, 0)
  head.writeInt32LE(requestId, 4)
  head.writeInt32LE(responseTo, 8)
  head.writeInt32LE(opCode, 12)
  return head
}

/** An OP_MSG's flags and command, with any document sequences folded into the command. */
function readMsg(raw: Buffer): { flags: number; body: Doc } {
  const flags = raw.readUInt32LE(16)
  const end = raw.length - (flags & CHECKSUM_PRESENT ? 4 : 0)
  let offset = 20
  let body: Doc = {}
  const sequences: Record<string, Doc[]> = {}
  while (offset < end) {
    const kind = raw[offset]
    offset += 1
    if (kind === 0) {
      const size = raw.readInt32LE(offset)
      body = BSON.deserialize(raw.subarray(offset, offset + size), EXACT)
      offset += size
    } else {
      const size = raw.readInt32LE(offset)
      const sectionEnd = offset + size
      const nameEnd = raw.indexOf(0, offset + 4)
      const name = raw.toString('utf8', offset + 4, nameEnd)
      const docs: Doc[] = []
      for (let at = nameEnd + 1; at < sectionEnd;) {
        const docSize = raw.readInt32LE(at)
        docs.push(BSON.deserialize(raw.subarray(at, at + docSize), EXACT))
        at += docSize
      }
      sequences[name] = docs
      offset = sectionEnd
    }
  }
  return { flags, body: { ...body, ...sequences } }
}

function writeMsg(requestId: number, responseTo: number, flags: number, body: Doc): Buffer {
  const doc = Buffer.from(BSON.serialize(body))
  const length = 16 + 4 + 1 + doc.length
  const flagBits = Buffer.alloc(4)
  flagBits.writeUInt32LE(flags & ~CHECKSUM_PRESENT, 0)
  return Buffer.concat([
    header(length, requestId, responseTo, OP_MSG),
    flagBits,
    Buffer.from([0]),
    doc,
  ])
}

/** The command's name as the server matches it (the first key). */
function commandName(body: Doc): string {
  return (Object.keys(body)[0] ?? '').toLowerCase()
}

const HELLO = new Set(['hello', 'ismaster'])

/** Replaces the emulator's address with the relay's wherever hello names members. */
function rewriteHello(doc: Doc, from: string, to: string): Doc {
  const swap = (value: unknown) => (value === from ? to : value)
  const { topologyVersion: _streamable, ...out } = doc
  for (const key of ['primary', 'me']) if (key in out) out[key] = swap(out[key])
  for (const key of ['hosts', 'passives', 'arbiters']) {
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(swap)
  }
  return out
}

/** Commands the relay may change, answer or watch the answer to (lower case). */
const WATCHED = new Set([
  ...HELLO,
  'findandmodify',
  'update',
  'create',
  'endsessions',
  'dropdatabase',
])
/** Commands that create a collection, named by their first element. */
const CREATING = new Set(['insert', 'update', 'findandmodify', 'create', 'createindexes'])
const DB_FIELD = Buffer.from('\x02$db\x00', 'latin1')

/** A command's name, and the collection and database it names, read from the message without decoding it. */
function peek(raw: Buffer): { name: string; collection?: string; database?: string } | null {
  // The command document comes first: section kind 0, its size, then its first element.
  if (raw[20] !== 0) return null
  const nameEnd = raw.indexOf(0, 26)
  const name = raw.toString('utf8', 26, nameEnd).toLowerCase()
  if (!CREATING.has(name) || raw[25] !== 0x02) return { name }
  const readString = (at: number) => raw.toString('utf8', at + 4, at + 4 + raw.readInt32LE(at) - 1)
  const db = raw.indexOf(DB_FIELD, 21)
  return {
    name,
    collection: readString(nameEnd + 1),
    database: db === -1 ? undefined : readString(db + DB_FIELD.length),
  }
}
const AUTOCOMMIT = Buffer.from('\x08autocommit\x00', 'latin1')

/** Commands the relay answers itself: `create` with no options, `endSessions` and `dropDatabase`. */
function answeredHere(body: Doc): boolean {
  const name = commandName(body)
  if (name === 'endsessions' || name === 'dropdatabase') return true
  if (name !== 'create') return false
  const options = Object.keys(body).filter(
    (key) => key !== 'create' && !SESSION_FIELDS.includes(key),
  )
  return options.length === 0
}

/** The fields that tie a command to a session and transaction, as a helper read needs them. */
const SESSION_FIELDS = [
  'lsid',
  'txnNumber',
  'autocommit',
  'startTransaction',
  'readConcern',
  '$clusterTime',
  '$db',
]

function sessionOf(body: Doc): Doc {
  const out: Doc = {}
  for (const key of SESSION_FIELDS) if (key in body) out[key] = body[key]
  return out
}

function getPath(doc: unknown, path: string): unknown {
  let value = doc
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Doc)[part]
  }
  return value
}

/** The items one `$push` operand appends (`value` or `{ $each: [...] }`). */
function pushedItems(operand: unknown): unknown[] {
  if (operand && typeof operand === 'object' && !Array.isArray(operand) && '$each' in operand) {
    const modifiers = Object.keys(operand).filter((key) => key !== '$each')
    if (modifiers.length) throw new Error(`$push with ${modifiers.join(', ')} is not translated`)
    return (operand as { $each: unknown[] }).$each
  }
  return [operand]
}

function hasPush(update: unknown): update is Doc & { $push: Doc } {
  return Boolean(
    update && typeof update === 'object' && !Array.isArray(update) && '$push' in update,
  )
}

/** The update with its `$push` turned into `$set`s of whole arrays, for `doc` (null: no document yet). */
function withoutPush(update: Doc & { $push: Doc }, doc: Doc | null): Doc {
  const { $push, ...rest } = update
  const set: Doc = { ...((rest.$set as Doc | undefined) ?? {}) }
  for (const [path, operand] of Object.entries($push)) {
    const current = doc ? getPath(doc, path) : undefined
    const base = Array.isArray(current) ? current : []
    set[path] = [...base, ...pushedItems(operand)]
  }
  return { ...rest, $set: set }
}

export interface EmulatorShim {
  /** The relay's address, `host:port`. */
  address: string
  stop(): Promise<void>
}

/** A command's place in a transaction, if it belongs to one. */
interface TransactionStep {
  session: string
  number: unknown
  key: string
  starts: boolean
  ends: boolean
}

function transactionStep(body: Doc): TransactionStep | null {
  if (body.autocommit !== false || !body.lsid || body.txnNumber === undefined) return null
  const session = JSON.stringify(body.lsid)
  const name = commandName(body)
  return {
    session,
    number: body.txnNumber,
    key: `${session}#${String(body.txnNumber)}`,
    starts: body.startTransaction === true,
    ends: name === 'committransaction' || name === 'aborttransaction',
  }
}

const trace = process.env.CMS_TEST_MONGODB_TRACE === '1'

/** Starts the relay on a free port in front of the emulator at `upstream` (`host:port`). */
export async function startEmulatorShim(upstream: string): Promise<EmulatorShim> {
  const [upstreamHost = '127.0.0.1', upstreamPort = '0'] = upstream.split(':')
  const sockets = new Set<net.Socket>()
  let helperId = 0x40000000
  let address = ''
  // Across connections: transactions being started (until the emulator answers
  // the command that starts them), and the transaction each session has open.
  const starting = new Map<string, Promise<void>>()
  const open = new Map<string, unknown>()
  // The commit under way, if any: the next one waits for its answer.
  let committing = Promise.resolve()
  // The collections created or written in each database, for dropDatabase.
  const collections = new Map<string, Set<string>>()
  const seen = (database: string | undefined, collection: string | undefined) => {
    if (!database || !collection) return
    const names = collections.get(database) ?? new Set<string>()
    collections.set(database, names.add(collection))
  }

  const server = net.createServer((client) => {
    const emulator = net.connect(Number(upstreamPort), upstreamHost)
    sockets.add(client).add(emulator)
    // Responses to rewrite on their way back (hello), helper commands awaiting
    // theirs, and commands others wait for (starting or committing a transaction).
    const helloReplies = new Set<number>()
    const helpers = new Map<number, (body: Doc) => void>()
    const answered = new Map<number, () => void>()
    const close = () => {
      client.destroy()
      emulator.destroy()
      sockets.delete(client)
      sockets.delete(emulator)
      for (const done of answered.values()) done()
      answered.clear()
    }
    client.on('error', close).on('close', close)
    emulator.on('error', close).on('close', close)

    emulator.on(
      'data',
      framer((frame) => {
        const helper = helpers.get(frame.responseTo)
        if (helper && frame.opCode === OP_MSG) {
          helpers.delete(frame.responseTo)
          helper(readMsg(frame.raw).body)
          return
        }
        if (trace && frame.opCode === OP_MSG && !helloReplies.has(frame.responseTo)) {
          const reply = readMsg(frame.raw).body
          if (Number(reply.ok) !== 1 || reply.writeErrors) {
            console.error(
              `[emulator] error answer to ${frame.responseTo}: ${JSON.stringify(reply)}`,
            )
          }
        }
        const done = answered.get(frame.responseTo)
        if (done) {
          answered.delete(frame.responseTo)
          done()
        }
        if (helloReplies.has(frame.responseTo)) {
          helloReplies.delete(frame.responseTo)
          client.write(rewriteReply(frame))
          return
        }
        client.write(frame.raw)
      }),
    )

    function rewriteReply(frame: Frame): Buffer {
      if (frame.opCode === OP_MSG) {
        const { flags, body } = readMsg(frame.raw)
        return writeMsg(
          frame.requestId,
          frame.responseTo,
          flags,
          rewriteHello(body, upstream, address),
        )
      }
      if (frame.opCode === OP_REPLY) {
        const docs: Doc[] = []
        for (let at = 36; at < frame.raw.length;) {
          const size = frame.raw.readInt32LE(at)
          docs.push(BSON.deserialize(frame.raw.subarray(at, at + size), EXACT))
          at += size
        }
        const body = Buffer.concat(
          docs.map((doc) => Buffer.from(BSON.serialize(rewriteHello(doc, upstream, address)))),
        )
        const fixed = Buffer.from(frame.raw.subarray(16, 36))
        const head = header(36 + body.length, frame.requestId, frame.responseTo, OP_REPLY)
        return Buffer.concat([head, fixed, body])
      }
      return frame.raw
    }

    /** Sends a command of the relay's own on this connection and waits for its answer. */
    function ask(body: Doc): Promise<Doc> {
      helperId += 1
      const id = helperId
      return new Promise((resolve) => {
        helpers.set(id, resolve)
        emulator.write(writeMsg(id, 0, 0, body))
      })
    }

    /** The documents a filter matches (all, or the first by `sort`), read in the command's session. */
    async function matching(
      collection: unknown,
      filter: unknown,
      session: Doc,
      options: { sort?: unknown; one: boolean },
    ): Promise<Doc[]> {
      const reply = await ask({
        find: collection,
        filter: filter ?? {},
        ...(options.sort ? { sort: options.sort } : {}),
        ...(options.one ? { limit: 1 } : {}),
        batchSize: 1_000_000,
        singleBatch: true,
        ...session,
      })
      if (Number(reply.ok) !== 1) {
        throw new Error(`reading before a $push failed: ${JSON.stringify(reply)}`)
      }
      return (reply.cursor as { firstBatch: Doc[] }).firstBatch
    }

    /** The command to send instead of `body`, or null to send the message unchanged. */
    async function rewriteCommand(body: Doc): Promise<Doc | null> {
      const name = commandName(body)
      if (name === 'findandmodify') {
        let out: Doc | null = null
        if (body.remove && (body.new === false || body.upsert === false)) {
          const { new: _new, upsert: _upsert, ...rest } = body
          out = rest
        }
        if (hasPush(body.update)) {
          const command = out ?? body
          const [doc] = await matching(
            command.findAndModify ?? command.findandmodify,
            command.query,
            sessionOf(command),
            { sort: command.sort, one: true },
          )
          // The read above started the transaction, if this command was to.
          const { startTransaction: _start, readConcern: _read, ...rest } = command
          out = {
            ...rest,
            query: doc ? { _id: doc._id } : command.query,
            update: withoutPush(body.update, doc ?? null),
          }
        }
        return out
      }
      if (name === 'update') {
        const statements = body.updates as Doc[]
        if (!statements.some((statement) => hasPush(statement.u))) return null
        const session = sessionOf(body)
        const expanded: Doc[] = []
        for (const statement of statements) {
          if (!hasPush(statement.u)) {
            expanded.push(statement)
            continue
          }
          const docs = await matching(body.update, statement.q, session, { one: !statement.multi })
          // Later reads continue the transaction the first one started.
          delete session.startTransaction
          delete session.readConcern
          if (docs.length === 0) {
            expanded.push({ ...statement, u: withoutPush(statement.u, null) })
            continue
          }
          for (const doc of docs) {
            expanded.push({
              ...statement,
              q: { _id: doc._id },
              u: withoutPush(statement.u, doc),
              multi: false,
              upsert: false,
            })
          }
        }
        const { startTransaction: _start, readConcern: _read, ...rest } = body
        return { ...rest, updates: expanded }
      }
      return null
    }

    /** Empties every collection seen in the database (see the top). */
    async function dropDatabase(database: string): Promise<void> {
      for (const collection of collections.get(database) ?? []) {
        await ask({ delete: collection, deletes: [{ q: {}, limit: 0 }], $db: database })
      }
      collections.delete(database)
    }

    /** Orders a transaction's commands as a MongoDB server would receive them (see the top). */
    async function sequence(step: TransactionStep, requestId: number, body: Doc): Promise<void> {
      const previous = open.get(step.session)
      const whenAnswered = () => new Promise<void>((resolve) => answered.set(requestId, resolve))
      if (!step.starts) {
        await starting.get(step.key)
        if (step.ends && String(previous) === String(step.number)) open.delete(step.session)
        if (commandName(body) === 'committransaction') {
          const answer = whenAnswered()
          const turn = committing
          committing = turn.then(() => answer)
          await turn
        }
        return
      }
      // Registered before anything is awaited: the transaction's other commands wait from now.
      starting.set(
        step.key,
        whenAnswered().then(() => {
          starting.delete(step.key)
        }),
      )
      open.set(step.session, step.number)
      if (previous !== undefined && String(previous) !== String(step.number)) {
        await ask({
          abortTransaction: 1,
          lsid: body.lsid,
          txnNumber: previous,
          autocommit: false,
          $db: 'admin',
        })
      }
    }

    let queue = Promise.resolve()
    client.on(
      'data',
      framer((frame) => {
        queue = queue.then(async () => {
          if (frame.opCode === OP_QUERY) {
            // The driver's first handshake may still come as a legacy query.
            helloReplies.add(frame.requestId)
            emulator.write(frame.raw)
            return
          }
          if (frame.opCode !== OP_MSG) {
            emulator.write(frame.raw)
            return
          }
          const peeked = peek(frame.raw)
          seen(peeked?.database, peeked?.collection)
          // Most commands, and the large ones, pass undecoded: those the relay never
          // changes, outside a transaction.
          const passes = peeked && !WATCHED.has(peeked.name) && frame.raw.indexOf(AUTOCOMMIT) === -1
          if (passes && !trace) {
            emulator.write(frame.raw)
            return
          }
          const { flags, body } = readMsg(frame.raw)
          const name = commandName(body)
          if (HELLO.has(name)) helloReplies.add(frame.requestId)
          else if (trace) console.error(`[emulator] ${frame.requestId}: ${JSON.stringify(body)}`)
          if (answeredHere(body)) {
            if (name === 'dropdatabase') await dropDatabase(String(body.$db))
            client.write(writeMsg(++helperId, frame.requestId, 0, { ok: 1 }))
            return
          }
          let rewritten: Doc | null = null
          try {
            const step = transactionStep(body)
            if (step) await sequence(step, frame.requestId, body)
            rewritten = await rewriteCommand(body)
          } catch (error) {
            const reply = { ok: 0, errmsg: `emulator shim: ${(error as Error).message}`, code: 2 }
            client.write(writeMsg(++helperId, frame.requestId, 0, reply))
            answered.get(frame.requestId)?.()
            answered.delete(frame.requestId)
            return
          }
          emulator.write(rewritten ? writeMsg(frame.requestId, 0, flags, rewritten) : frame.raw)
        })
      }),
    )
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  address = `127.0.0.1:${port}`
  return {
    address,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
