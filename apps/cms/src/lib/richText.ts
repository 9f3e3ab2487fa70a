/** Plain text of a Lexical rich-text value (for search and summaries); empty for anything else. */
export function plainText(value: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const record = node as { text?: unknown; children?: unknown; root?: unknown; type?: unknown }
    if (typeof record.text === 'string') parts.push(record.text)
    if (record.root) walk(record.root)
    if (Array.isArray(record.children)) {
      record.children.forEach(walk)
      if (record.type === 'paragraph' || record.type === 'heading' || record.type === 'listitem') {
        parts.push('\n')
      }
    }
  }
  walk(value)
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** A Lexical rich-text value made of plain paragraphs (used by the seed and imports). */
export function paragraphs(texts: readonly string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      })),
    },
  }
}
