import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import {
  COOPERATION_MODE_LABELS,
  PROJECT_STAGE_LABELS,
  SECTOR_LABELS,
  type BrochureLanguage,
} from '@portal/shared/constants'
import { formatInvestment } from '@portal/shared/format'
import type { Locale } from '@portal/shared/locales'
import type { SeedProject } from './projects'

/**
 * Demo brochures (项目推介书): an A4 page per language with the project's key
 * facts, set in Noto Sans SC (OFL) from an npm package so Chinese prints on any
 * machine. pdf-lib embeds only the glyphs a brochure uses, so each file stays
 * small although the font itself is about 10 MB.
 */

/** What a brochure states besides the project's own texts. */
export interface BrochureFacts {
  park: { zh: string; en?: string | undefined }
  contact: { zh: string; en: string; phone: string; email: string }
}

const require = createRequire(import.meta.url)
let fonts: { regular: Uint8Array; bold: Uint8Array } | undefined

/** The font files, read once per seed run. */
function fontFiles() {
  if (!fonts) {
    const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'))
    fonts = {
      regular: readFileSync(path.join(dir, '400Regular/NotoSansSC_400Regular.ttf')),
      bold: readFileSync(path.join(dir, '700Bold/NotoSansSC_700Bold.ttf')),
    }
  }
  return fonts
}

const LABELS = {
  zh: {
    heading: '项目推介书',
    sector: '所属行业',
    stage: '项目阶段',
    investment: '总投资',
    land: '用地面积',
    park: '所在园区',
    location: '建设地点',
    modes: '合作方式',
    highlights: '项目优势',
    contact: '联系方式',
    land_unit: '亩',
    separator: '、',
  },
  en: {
    heading: 'Investment project brochure',
    sector: 'Sector',
    stage: 'Stage',
    investment: 'Total investment',
    land: 'Land area',
    park: 'Park',
    location: 'Location',
    modes: 'Cooperation',
    highlights: 'Highlights',
    contact: 'Contact',
    land_unit: 'mu',
    separator: ', ',
  },
} as const

/** The language a project's brochure is written in. */
export function brochureLanguage(project: SeedProject): BrochureLanguage {
  return project.en ? 'both' : 'zh'
}

/** A brochure for a project: a Chinese page, and an English one when the project is translated. */
export async function projectBrochure(project: SeedProject, facts: BrochureFacts): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const files = fontFiles()
  const regular = await pdf.embedFont(files.regular, { subset: true })
  const bold = await pdf.embedFont(files.bold, { subset: true })
  pdf.setTitle(project.en ? `${project.zh.title} / ${project.en.title}` : project.zh.title)
  pdf.setLanguage(project.en ? 'zh-CN, en' : 'zh-CN')
  pdf.setProducer('pdf-lib')
  const locales: Locale[] = project.en ? ['zh', 'en'] : ['zh']
  for (const locale of locales)
    drawPage(pdf.addPage([595, 842]), locale, project, facts, regular, bold)
  return Buffer.from(await pdf.save())
}

function drawPage(
  page: PDFPage,
  locale: Locale,
  project: SeedProject,
  facts: BrochureFacts,
  regular: PDFFont,
  bold: PDFFont,
) {
  const l = LABELS[locale]
  const texts = locale === 'en' && project.en ? project.en : project.zh
  const margin = 56
  const width = 595 - margin * 2
  let y = 842 - margin
  const write = (text: string, font: PDFFont, size: number, x = margin, w = width) => {
    for (const line of wrap(text, font, size, w)) {
      page.drawText(line, { x, y: y - size, size, font, color: rgb(0.1, 0.12, 0.16) })
      y -= size * 1.55
    }
  }
  page.drawRectangle({ x: 0, y: 842 - 8, width: 595, height: 8, color: rgb(0.12, 0.37, 0.55) })
  write(l.heading, regular, 11)
  y -= 4
  write(texts.title, bold, 22)
  y -= 6
  write(texts.summary, regular, 11)
  y -= 10
  const park = locale === 'en' ? (facts.park.en ?? facts.park.zh) : facts.park.zh
  const rows: [string, string][] = [
    [l.sector, SECTOR_LABELS[project.sector][locale]],
    [l.stage, PROJECT_STAGE_LABELS[project.stage][locale]],
    [l.investment, formatInvestment({ amount: project.amount, unit: project.unit }, locale)],
    [l.land, `${project.landMu} ${l.land_unit}`],
    [l.park, park],
    [l.location, texts.location],
    [
      l.modes,
      (project.cooperationModes ?? [])
        .map((m) => COOPERATION_MODE_LABELS[m][locale])
        .join(l.separator),
    ],
    [l.contact, `${facts.contact[locale]}  ${facts.contact.phone}  ${facts.contact.email}`],
  ]
  for (const [label, value] of rows) {
    if (!value) continue
    const top = y
    page.drawText(label, { x: margin, y: y - 11, size: 11, font: bold })
    write(value, regular, 11, margin + 120, width - 120)
    y = Math.min(y, top - 11 * 1.55) - 4
  }
  const highlights = (project.highlights ?? []).map((h) => (locale === 'en' ? h.en : h.zh))
  if (highlights.some(Boolean)) {
    y -= 10
    write(l.highlights, bold, 13)
    for (const item of highlights) if (item) write(`• ${item}`, regular, 11)
  }
  for (const paragraph of texts.details ?? []) {
    y -= 6
    write(paragraph, regular, 11)
  }
}

/**
 * Breaks a text into lines that fit `width`: Chinese may break between any two
 * characters, English only at spaces.
 */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.,;:!?'’()%&/+-]+\s*|\S\s*|\s+/g) ?? []
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    if (line && font.widthOfTextAtSize(line + token.trimEnd(), size) > width) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line += token
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}
