// Sample inquiries for the tests of every workspace: one visitor, one project,
// as the form posts them and as the contract hands them on. Not used by the apps.

/** A project inquiry as the HTML form posts it: untrimmed, spaced phone, empty optional fields. */
export const SAMPLE_PROJECT_POST = {
  type: 'project',
  project: 'jin-shan-shang-ye-guang-chang',
  name: ' 张三 ',
  phone: '138 0013 8000',
  email: '',
  organisation: '',
  message: '想了解项目的用地条件和招商政策。',
  consent: 'on',
}

/** Every optional filed field empty, as the contract hands them on. */
export const EMPTY_FILED_FIELDS = {
  project: null,
  pagePath: null,
  marketPost: null,
  post: null,
  email: null,
  organisation: null,
  province: null,
  city: null,
  industry: null,
  intent: null,
  consent: true as const,
}

/** `SAMPLE_PROJECT_POST` as `InquiryForm` outputs it. */
export const SAMPLE_PROJECT_FIELDS = {
  ...EMPTY_FILED_FIELDS,
  type: 'project' as const,
  project: 'jin-shan-shang-ye-guang-chang',
  name: '张三',
  phone: '13800138000',
  message: SAMPLE_PROJECT_POST.message,
}
