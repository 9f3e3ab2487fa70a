import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument, PDFName, PDFDict } from 'pdf-lib'
import type { Media } from '@portal/shared/payload-types'
import { mediaDir } from '../../src/storage'

/** An uploaded PDF as a reader opens it: page count, title, embedded fonts and size. */
export async function mediaFile(media: Media) {
  if (!media.filename) throw new Error(`media ${media.id} has no file`)
  const bytes = await readFile(path.join(mediaDir(), media.filename))
  const pdf = await PDFDocument.load(bytes)
  const fonts = new Set<string>()
  for (const page of pdf.getPages()) {
    const resources = page.node.Resources()
    const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict)
    for (const ref of fontDict?.values() ?? []) {
      const font = pdf.context.lookup(ref, PDFDict)
      fonts.add(String(font.get(PDFName.of('BaseFont'))))
    }
  }
  return {
    pages: pdf.getPageCount(),
    title: pdf.getTitle() ?? '',
    fonts: [...fonts],
    bytes: bytes.length,
  }
}
