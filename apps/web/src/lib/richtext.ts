/**
 * Lexical rich text as a small tree the portal renders with Astro components,
 * so every string is escaped by Astro and no HTML from the CMS reaches the page
 * as markup. Node types outside this list are dropped (their text is kept).
 */
export type RichNode =
  | {
      kind: 'text'
      text: string
      bold: boolean
      italic: boolean
      underline: boolean
      code: boolean
    }
  | { kind: 'break' }
  | { kind: 'paragraph'; children: RichNode[] }
  | { kind: 'heading'; level: 2 | 3 | 4; children: RichNode[] }
  | { kind: 'list'; ordered: boolean; children: RichNode[] }
  | { kind: 'item'; children: RichNode[] }
  | { kind: 'quote'; children: RichNode[] }
  | { kind: 'link'; href: string; children: RichNode[] }

const SITE = 'http://portal.invalid'

/**
 * Link targets the portal will render: web, mail, phone and site-relative
 * addresses. Web and site-relative links are parsed the way a browser parses
 * them and written back in that normal form, so `/\evil.example` or
 * `/<tab>/evil.example` (which browsers read as `//evil.example`, off-site)
 * can never pass as an on-site link.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null
  const trimmed = url.trim()
  if (/^(mailto:|tel:)/i.test(trimmed)) return /[\s<>"]/.test(trimmed) ? null : trimmed
  if (/^https?:\/\//i.test(trimmed)) {
    const parsed = parseUrl(trimmed)
    return parsed && /^https?:$/.test(parsed.protocol) && parsed.hostname ? parsed.href : null
  }
  if (!trimmed.startsWith('/')) return null
  const parsed = parseUrl(trimmed, SITE)
  if (!parsed || parsed.origin !== SITE) return null
  return `${parsed.pathname}${parsed.search}${parsed.hash}`
}

function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base)
  } catch {
    return null
  }
}

/** Converts a Lexical value to render nodes. */
export function toRichNodes(value: unknown): RichNode[] {
  const root = (value as { root?: { children?: unknown[] } } | null | undefined)?.root
  return convertAll(root?.children ?? [])
}

function convertAll(nodes: unknown[]): RichNode[] {
  return nodes.flatMap((node) => convert(node))
}

function convert(node: unknown): RichNode[] {
  if (!node || typeof node !== 'object') return []
  const n = node as Record<string, unknown>
  const children = Array.isArray(n.children) ? convertAll(n.children) : []
  switch (n.type) {
    case 'text': {
      const format = typeof n.format === 'number' ? n.format : 0
      return [
        {
          kind: 'text',
          text: String(n.text ?? ''),
          bold: (format & 1) !== 0,
          italic: (format & 2) !== 0,
          underline: (format & 8) !== 0,
          code: (format & 16) !== 0,
        },
      ]
    }
    case 'linebreak':
      return [{ kind: 'break' }]
    case 'paragraph':
      return [{ kind: 'paragraph', children }]
    case 'heading': {
      const tag = String(n.tag ?? 'h2')
      const level = tag === 'h3' ? 3 : tag === 'h4' || tag === 'h5' || tag === 'h6' ? 4 : 2
      return [{ kind: 'heading', level, children }]
    }
    case 'list':
      return [{ kind: 'list', ordered: n.listType === 'number', children }]
    case 'listitem':
      return [{ kind: 'item', children }]
    case 'quote':
      return [{ kind: 'quote', children }]
    case 'link':
    case 'autolink': {
      const fields = (n.fields ?? {}) as Record<string, unknown>
      const href = safeHref(fields.url ?? n.url)
      return href ? [{ kind: 'link', href, children }] : children
    }
    default:
      return children
  }
}

/** Plain text of render nodes. */
function nodesText(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text
      if (node.kind === 'break') return '\n'
      const inner = nodesText(node.children)
      return node.kind === 'paragraph' || node.kind === 'heading' || node.kind === 'item'
        ? `${inner}\n`
        : inner
    })
    .join('')
}

/** Plain text of rich text (for descriptions and feeds). */
export function richPlainText(value: unknown): string {
  return nodesText(toRichNodes(value)).trim()
}

/**
 * The body without its opening paragraphs that repeat `lead` word for word: a
 * page showing the summary above it would otherwise show it twice, and a body
 * that only repeats the summary leaves nothing to show.
 */
export function withoutRepeatedLead(nodes: RichNode[], lead: string): RichNode[] {
  const wanted = lead.replace(/\s+/g, ' ').trim()
  if (!wanted) return nodes
  let start = 0
  while (start < nodes.length) {
    const node = nodes[start]
    if (node?.kind !== 'paragraph') break
    if (nodesText([node]).replace(/\s+/g, ' ').trim() !== wanted) break
    start++
  }
  return nodes.slice(start)
}

/**
 * Chooses a rich text for the visitor's language, falling back to Chinese
 * (with `fallback: true`) when the English one is empty, like `pickLocale`.
 */
export function pickRich(
  value: { zh?: unknown; en?: unknown } | null | undefined,
  wanted: 'zh' | 'en',
): { value: unknown; fallback: boolean } {
  const hasContent = (v: unknown) => toRichNodes(v).length > 0
  if (hasContent(value?.[wanted])) return { value: value?.[wanted], fallback: false }
  if (hasContent(value?.zh)) return { value: value?.zh, fallback: wanted !== 'zh' }
  return { value: null, fallback: false }
}
