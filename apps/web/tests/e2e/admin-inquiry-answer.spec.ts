import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { simpleParser } from 'mailparser'

// The whole round trip of an inquiry: a visitor asks on the portal, the
// project's officer is told by mail, answers in the admin with a
// public reply, and the visitor sees the reply, and only the reply, with their
// tracking number. (That internal notes never reach the visitor is tested
// against the CMS's lookup directly, in apps/cms/tests.)
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const mailDir = process.env.E2E_MAIL_DIR ?? ''

async function mailAbout(number: string) {
  for (const file of readdirSync(mailDir).filter((f) => f.endsWith('.eml'))) {
    const mail = await simpleParser(readFileSync(path.join(mailDir, file)))
    if (mail.subject?.includes(number)) return mail
  }
  return undefined
}

test('staff answer an inquiry in the admin and the visitor sees the public reply', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const phone = `139${Date.now().toString().slice(-8)}`

  await page.goto('/projects/jin-shan-shang-ye-guang-chang')
  const form = page.getByTestId('inquiry-form')
  await form.getByLabel('姓名').fill('赵投资')
  await form.getByLabel('手机号码').fill(phone)
  await form.getByLabel('留言内容').fill('请问项目地块的规划条件和交地时间？')
  await form.getByLabel(/我已阅读并同意/).check()
  await form.getByRole('button', { name: '提交留言' }).click()
  await expect(page).toHaveURL(/\/inquiry\/received\?n=ZS-/)
  const number = (await page.getByTestId('tracking-number').getAttribute('data-number'))!

  // The project's responsible officer is assigned the inquiry and told by mail.
  const mail = await expect
    .poll(async () => Boolean(await mailAbout(number)), { timeout: 10_000 })
    .toBe(true)
    .then(() => mailAbout(number))
  expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('officer@example.com')
  expect(mail?.text).toContain(`${cmsUrl}/admin/collections/inquiries/`)

  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill('officer@example.com')
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()

  await page.goto(`${cmsUrl}/admin/collections/inquiries?search=${number}`)
  await page.getByRole('link', { name: number }).first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/inquiries\/\d+/)
  await page.getByRole('button', { name: '答复与办理', exact: true }).click()
  const reply = '您好，该地块已完成控规调整，预计明年三月具备交地条件。详情请致电招商专员。'
  await page.locator('#field-publicReply').fill(reply)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page.getByText(/已成功更新|更新成功|成功/).first()).toBeVisible()

  await page.goto('/inquiry/status')
  const lookup = page.getByTestId('lookup-form')
  await lookup.getByLabel('受理编号').fill(number)
  await lookup.getByLabel('手机号码或电子邮箱').fill(phone)
  await lookup.getByRole('button', { name: '查询' }).click()
  const result = page.getByTestId('lookup-result')
  await expect(result).toContainText('已答复')
  await expect(page.getByTestId('lookup-reply')).toHaveText(reply)
  await expect(result).not.toContainText('赵投资')
})
