import { expect, test, type Page } from '@playwright/test'

// An investor asks about a project from a phone, gets a tracking number they
// can read out, and checks the status with it. Once with JavaScript (inline
// checks) and once without (a plain HTML post).
const PROJECT = '/projects/jin-shan-shang-ye-guang-chang'

async function fillInquiry(page: Page, name: string, phone: string) {
  const form = page.getByTestId('inquiry-form')
  await form.getByLabel('姓名').fill(name)
  await form.getByLabel('手机号码').fill(phone)
  await form.getByLabel('单位或企业').fill('深圳某新能源科技有限公司')
  await form
    .getByLabel('留言内容')
    .fill('我们计划在县里投资建设仓储配送中心，想了解用地指标和配套政策。')
  await form.getByLabel(/我已阅读并同意/).check()
}

async function lookUp(page: Page, number: string, contact: string) {
  await page.goto('/inquiry/status')
  const lookup = page.getByTestId('lookup-form')
  await lookup.getByLabel('受理编号').fill(number)
  await lookup.getByLabel(/手机号码或电子邮箱|手机号码或邮箱/).fill(contact)
  await lookup.getByRole('button', { name: '查询' }).click()
}

test('an investor asks about a project with JavaScript, gets a number and sees its status', async ({
  page,
}) => {
  await page.goto(PROJECT)
  const form = page.getByTestId('inquiry-form')
  await expect(form).toBeVisible()

  // Inline checks: the same rules as the server, shown before anything is sent.
  await form.getByLabel('手机号码').fill('12345')
  await form.getByRole('button', { name: '提交留言' }).click()
  await expect(page.getByTestId('inquiry-errors')).toBeVisible()
  await expect(page.getByTestId('inquiry-errors')).toContainText('请填写正确的手机号码')
  await expect(page).toHaveURL(new RegExp(`${PROJECT}$`))

  await fillInquiry(page, '王建国', '138 0013 8000')
  await form.getByRole('button', { name: '提交留言' }).click()
  await expect(page).toHaveURL(/\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  const number = await page.getByTestId('tracking-number').getAttribute('data-number')
  expect(number).toMatch(/^ZS-\d{8}-\d{4}$/)

  // The visitor types it as heard on the phone: lower case, spaces, no dashes.
  await lookUp(page, number!.toLowerCase().replace(/-/g, ' '), '13800138000')
  const result = page.getByTestId('lookup-result')
  await expect(result).toContainText(number!)
  await expect(result).toContainText('已受理')
  await expect(result).toContainText('项目咨询')
  // Nothing of what staff keep internally, and not even the visitor's own details.
  await expect(result).not.toContainText('王建国')

  // A wrong contact gets the same answer as a wrong number.
  await lookUp(page, number!, '13900000000')
  await expect(page.getByTestId('lookup-not-found')).toBeVisible()
  await lookUp(page, 'ZS-20000101-0000', '13800138000')
  await expect(page.getByTestId('lookup-not-found')).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the form posts as plain HTML, shows errors beside the fields and keeps what was typed', async ({
    page,
  }) => {
    await page.goto(`/en${PROJECT}`)
    const form = page.getByTestId('inquiry-form')
    await form.getByLabel('Name').fill('Maria Rossi')
    await form.getByLabel('Mobile phone').fill('+39 not a number')
    await form.getByLabel('Message').fill('We would like to visit the site next spring.')
    await form.getByRole('button', { name: 'Send inquiry' }).click()

    // The server answered: errors in English next to each field, values kept.
    const summary = page.getByTestId('inquiry-errors')
    await expect(summary).toBeVisible()
    await expect(summary).toContainText('Please give a valid mobile number')
    await expect(summary).toContainText('Please read and accept')
    const phone = page.getByTestId('inquiry-form').getByLabel('Mobile phone')
    await expect(phone).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByTestId('inquiry-form').getByLabel('Name')).toHaveValue('Maria Rossi')
    await expect(page.getByTestId('inquiry-form').getByLabel('Message')).toHaveValue(
      'We would like to visit the site next spring.',
    )

    await phone.fill('+39 347 123 4567')
    await page
      .getByTestId('inquiry-form')
      .getByLabel(/I have read this/)
      .check()
    await page.getByTestId('inquiry-form').getByRole('button', { name: 'Send inquiry' }).click()
    await expect(page).toHaveURL(/\/en\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
    await expect(page.getByTestId('tracking-number')).toHaveText(/ZS.*\d{4}/)
  })
})

test('a returnee reaches the chamber from the chamber page', async ({ page }) => {
  await page.goto('/chamber')
  const form = page.getByTestId('inquiry-form')
  await form.getByLabel('姓名').fill('李秀英')
  await form.getByLabel('电子邮箱').fill('li.xiuying@example.com')
  await form.getByLabel('现居省份').selectOption({ label: '广东' })
  await form.getByLabel('现居城市').fill('东莞')
  await form.getByLabel('从事行业').fill('电子制造')
  await form.getByLabel('意向').selectOption({ label: '返乡创业' })
  await form.getByLabel('留言内容').fill('在外十多年，想回乡办一家电子元件加工厂，请问有哪些扶持？')
  await form.getByLabel(/我已阅读并同意/).check()
  await form.getByRole('button', { name: '提交留言' }).click()
  await expect(page).toHaveURL(/\/inquiry\/received\?n=ZS-/)
  const number = await page.getByTestId('tracking-number').getAttribute('data-number')
  await lookUp(page, number!, 'LI.XIUYING@example.com')
  await expect(page.getByTestId('lookup-result')).toContainText('返乡联络')
})
