import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'

// The admin as bureau staff read it: every label Chinese, one date format, the
// follow-up log (跟进记录) and the team's overdue items on the landing page.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const shotsDir = path.resolve(import.meta.dirname, '../../../../docs/images')

/** Saves a screenshot for the staff content guide when UPDATE_SCREENSHOTS=1. */
async function shot(page: Page, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return
  mkdirSync(shotsDir, { recursive: true })
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true })
}

async function signIn(page: Page, email: string) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()
}

/**
 * Latin words a Chinese label may hold: abbreviations and names that have no
 * Chinese form staff would use (PDF brochures, PPP projects, the SEO fields,
 * the ICP filing number 备案号, the language name "English", file sizes in MB,
 * the PNG image format and Excel, which is what staff call a spreadsheet).
 */
const ALLOWED_LATIN = new Set([
  'PDF',
  'PNG',
  'PPP',
  'SEO',
  'ICP',
  'English',
  'Excel',
  'MB',
  'URL',
  'ID',
  'API',
])

/** The visible texts of labels, headings, row labels, tabs and buttons, not the content of fields. */
function labelTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'label',
      'legend',
      'th',
      'button',
      'h2',
      'h3',
      'h4',
      '.row-label',
      '.array-field__header-content',
      '.group-field__title',
      '.collapsible__toggle',
      '.nav-group__label',
      '.nav__link',
      '.field-description',
    ].join(',')
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.offsetParent !== null && !element.closest('[role="dialog"]'))
      .map((element) => element.innerText.trim())
      .filter(Boolean)
  })
}

/** Labels with Latin words outside the allow-list. */
async function latinLabels(page: Page): Promise<string[]> {
  return (await labelTexts(page)).filter((text) =>
    (text.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).some((word) => !ALLOWED_LATIN.has(word)),
  )
}

/** Dates in any of the formats the admin used to mix (十一月 30日 2026, 4:54 下午 / 12/01/2026 / 12月 1, 2026). */
const OTHER_DATE =
  /\d{1,2}\/\d{1,2}\/\d{4}|[上下]午|[一二三四五六七八九十]+月 \d|\d{1,2}月 \d{1,2},/

/** Payload's "document locked" dialog, shown while another user edits the document. */
const lockDialog = (page: Page) => page.locator('.document-locked')

/** How often the walk met the lock dialog. */
let lockDialogsMet = 0

async function viewReadOnly(page: Page) {
  lockDialogsMet += 1
  await lockDialog(page).getByRole('button', { name: '只读查看' }).click()
  await expect(lockDialog(page)).toBeHidden()
}

/** The pages of one view, every tab opened, and what is wrong on them. */
async function walk(page: Page, url: string): Promise<string[]> {
  await page.goto(url)
  await expect(
    page.locator('.collection-list, .collection-edit, .global-edit').first(),
  ).toBeVisible()
  await page.waitForLoadState('networkidle')
  // A colleague may hold Payload's lock on this document (the dialog opens as the view
  // mounts): read it read-only, as staff would.
  if (await lockDialog(page).isVisible()) await viewReadOnly(page)
  const found = new Set<string>()
  const check = async () => {
    for (const text of await latinLabels(page)) found.add(`${url}: label "${text}"`)
    const dates = (await page.locator('main, .template-default').first().innerText()).match(
      OTHER_DATE,
    )
    if (dates) found.add(`${url}: date "${dates[0]}"`)
  }
  await check()
  const tabs = page.locator('.tabs-field__tab-button')
  for (let i = 0; i < (await tabs.count()); i += 1) {
    await tabs.nth(i).click()
    await check()
  }
  return [...found]
}

test('every collection and global reads in Chinese, with one date format', async ({ page }) => {
  // Every view of the admin, each rendered by a busy CMS: minutes, not seconds.
  test.setTimeout(360_000)
  // Staff share the admin: a colleague is changing the first park while the walk
  // passes by, so the walk meets Payload's lock dialog there every time (it met
  // it by chance before, on documents other specs had left open).
  const colleague = await page.context().browser()!.newPage()
  await signIn(colleague, 'editor@example.com')
  await colleague.goto(`${cmsUrl}/admin/collections/parks`)
  await colleague.locator('.collection-list tbody tr a').first().click()
  await expect(colleague.locator('.collection-edit')).toBeVisible()
  await colleague.waitForLoadState('networkidle')
  // Payload locks a document once its editor starts changing it (the form's
  // state request records the lock); parks have no autosave, so nothing is saved.
  const lockTaken = colleague.waitForResponse((response) => response.request().method() === 'POST')
  await colleague.locator('#field-title').press('End')
  await colleague.locator('#field-title').pressSequentially('（待定）')
  await lockTaken
  await signIn(page, 'demo@example.com')
  const links = await page
    .locator('nav a[href*="/admin/collections/"], nav a[href*="/admin/globals/"]')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname))
  expect(links.length).toBeGreaterThan(10)
  const problems: string[] = []
  for (const link of links) {
    problems.push(...(await walk(page, `${cmsUrl}${link}`)))
    if (!link.includes('/collections/')) continue
    // The edit view of the first document, or the create view of an empty collection.
    const first = page.locator('.collection-list tbody tr a').first()
    const edit = (await first.count()) > 0 ? await first.getAttribute('href') : `${link}/create`
    problems.push(...(await walk(page, `${cmsUrl}${edit}`)))
  }
  expect(problems).toEqual([])
  expect(lockDialogsMet).toBeGreaterThan(0)
  // The colleague leaves without saving; the lock runs out by itself (no other
  // spec opens parks in the admin).
  await colleague.context().close()

  await page.goto(`${cmsUrl}/admin/collections/projects`)
  const updated = page.locator('td.cell-updatedAt').first()
  await expect(updated).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
})

test('the API key of a service account is revoked in Chinese, as Payload writes it in English', async ({
  page,
}) => {
  await signIn(page, 'demo@example.com')
  await page.goto(`${cmsUrl}/admin/collections/service-accounts`)
  await page.locator('.collection-list tbody tr a').first().click()
  const revoke = page.locator('#revoke-api-key')
  await expect(revoke).toHaveText('撤销 API 密钥')
  await revoke.click()
  const dialog = page.locator('.confirmation-modal').filter({ hasText: 'API 密钥' })
  await expect(dialog.locator('h1')).toHaveText('撤销 API 密钥？')
  await expect(dialog).toContainText('撤销后该密钥立即失效')
  await expect(dialog.locator('#confirm-action')).toHaveText('撤销')
  await expect(dialog).not.toContainText(/Revoke|Are you sure/)
  // Cancelled: the portal's key stays as it was.
  await dialog.locator('#confirm-cancel').click()
  await expect(dialog).toBeHidden()
})

test('the content-language switch, read-only choices and the logo', async ({ page }) => {
  await signIn(page, 'demo@example.com')
  const icon = page.getByTestId('admin-icon').first()
  await expect(icon).toBeVisible()
  const fits = await icon.evaluate((svg) => {
    const box = svg.getBoundingClientRect()
    const parent = (svg.parentElement as HTMLElement).getBoundingClientRect()
    return box.width <= parent.width + 0.5 && box.height <= parent.height + 0.5
  })
  expect(fits).toBe(true)

  await page.goto(`${cmsUrl}/admin/collections/projects`)
  await expect(page.locator('.app-header .localizer')).toBeVisible()
  await page.goto(`${cmsUrl}/admin/collections/inquiries`)
  await expect(page.locator('.collection-list')).toBeVisible()
  await expect(page.locator('.app-header .localizer')).toBeHidden()

  // An inquiry's status history rows are read-only choices, some empty ("from" on the first row).
  await page.locator('.collection-list tbody tr a').first().click()
  await expect(page.locator('.collection-edit')).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Another spec's officer may have left this inquiry locked: take it over, so
  // that what is read-only below is so by the field's rules, not by the lock.
  if (await lockDialog(page).isVisible()) {
    await lockDialog(page).getByRole('button', { name: '接管' }).click()
    await expect(lockDialog(page)).toBeHidden()
  }
  for (const tab of await page.locator('.tabs-field__tab-button').all()) await tab.click()
  const readOnly = page.locator('.field-type.read-only, .field-type.relationship--read-only')
  expect(await readOnly.count()).toBeGreaterThan(0)
  await expect(readOnly.locator('.rs__clear-indicator:visible')).toHaveCount(0)
  await expect(readOnly.getByText('选择一个值')).toHaveCount(0)
})

test('a new project saves nothing until its title is filled in', async ({ page }) => {
  await signIn(page, 'editor@example.com')
  const count = async () =>
    (
      (await (await page.request.get(`${cmsUrl}/api/projects?draft=true&limit=1`)).json()) as {
        totalDocs: number
      }
    ).totalDocs
  const before = await count()
  await page.goto(`${cmsUrl}/admin/collections/projects/create`)
  await expect(page.locator('#field-title')).toBeVisible()
  await expect(page).toHaveURL(/\/projects\/create/)
  await page.goto(`${cmsUrl}/admin/collections/projects`)
  expect(await count()).toBe(before)
})

test('an officer adds to the follow-up log and the team view shows who is behind', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signIn(page, 'officer@example.com')
  await expect(page.getByTestId('team-follow-ups')).toContainText('我的督办事项')
  const project = page.getByTestId('team-follow-ups').locator('a[href*="/collections/projects/"]')
  const href = (await project.first().getAttribute('href')) ?? ''
  const title = (await project.first().innerText()).trim()

  const text = `走访企业，确认设备进场时间 ${Date.now().toString(36)}`
  await page.goto(`${cmsUrl}/admin/collections/follow-ups/create`)
  await page.locator('#field-project').click()
  await page.keyboard.type(title.slice(0, 4))
  await page.getByRole('option', { name: title }).first().click()
  await page.locator('#field-kind').click()
  await page.getByRole('option', { name: '走访' }).click()
  await page.locator('#field-text').fill(text)
  await page.locator('#field-nextStep').fill('协调供电部门')
  await page.locator('#field-nextDate input').fill('2031-01-15')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/\/follow-ups\/\d+/)
  // Saved: an officer can no longer change it.
  await page.reload()
  await expect(page.locator('#field-text')).toBeDisabled()

  await page.goto(`${cmsUrl}${href}`)
  await page.getByRole('button', { name: '内部跟踪', exact: true }).click()
  const log = page.locator('.join-field, [class*="relationship-table"]').first()
  await expect(log.locator('tbody tr').first()).toContainText(text.slice(0, 8))
  await expect(page.locator('#field-tracking__nextFollowUp input')).toHaveValue('2031-01-15')
  await shot(page, 'admin-follow-up-log')

  await page.context().clearCookies()
  await signIn(page, 'demo@example.com')
  const team = page.getByTestId('team-follow-ups')
  await expect(team).toContainText('团队跟进督办')
  await expect(team.getByTestId('team-officer').first()).toBeVisible()
  await team.scrollIntoViewIfNeeded()
  await shot(page, 'admin-team-view')
})
