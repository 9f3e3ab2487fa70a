import type { StaffRole } from '@portal/shared/constants'
import type { Contact, Company, User } from '@portal/shared/payload-types'
import { SEED_CONTEXT, type Seeder, findBySlug } from './helpers'

type CompanySeed = Pick<
  Company,
  'name' | 'investorType' | 'source' | 'homeProvince' | 'homeCity'
> & {
  sectors: NonNullable<Company['sectors']>
  projectSlugs: string[]
  notes: string
}
type ContactSeed = Pick<
  Contact,
  'name' | 'position' | 'phone' | 'email' | 'processingBasis' | 'retentionBasis'
> & {
  company: string
  /** The seeded inquiry (by its phone) staff already confirmed as this person's. */
  linkInquiryPhone?: string
}

/** Demo companies of the investor resource database, each in talks about a seeded project. */
const COMPANIES: CompanySeed[] = [
  {
    name: '深圳金山商业管理有限公司',
    investorType: 'domestic',
    source: 'fair',
    homeProvince: 'guangdong',
    homeCity: '深圳',
    sectors: ['commerce', 'real-estate'],
    projectSlugs: ['jin-shan-shang-ye-guang-chang'],
    notes: '在2026年投资贸易洽谈会上接触，已两次来县考察。',
  },
  {
    name: '青兰石材（香港）有限公司',
    investorType: 'hk-macao-taiwan',
    source: 'referral',
    homeProvince: 'hong-kong',
    homeCity: '香港',
    sectors: ['building-materials'],
    projectSlugs: ['qing-lan-da-li-shi-jia-gong'],
    notes: '由县内石材企业引荐（以商招商）。',
  },
  {
    name: '东莞华建电子有限公司',
    investorType: 'returnee',
    source: 'chamber',
    homeProvince: 'guangdong',
    homeCity: '东莞',
    sectors: ['manufacturing'],
    projectSlugs: ['biao-zhun-chang-fang-er-qi'],
    notes: '在外乡贤企业，有意回乡设立配套车间。',
  },
]

/** Demo contacts; phones match seeded inquiries so the matching shows in the demo. */
const CONTACTS: ContactSeed[] = [
  {
    name: '陈志远',
    position: '投资拓展总监',
    phone: '13800000001',
    email: 'chen.demo@example.com',
    company: '深圳金山商业管理有限公司',
    processingBasis: 'consent',
    retentionBasis: 'active-project',
    linkInquiryPhone: '13800000001',
  },
  {
    // Not linked: the inquiry from this number shows her as a suggestion to confirm.
    name: '林秀梅',
    position: '董事',
    phone: '139 0000 0002',
    email: null,
    company: '青兰石材（香港）有限公司',
    processingBasis: 'contract',
    retentionBasis: 'none',
  },
  {
    name: '刘建华',
    position: '总经理',
    phone: '13700000004',
    email: null,
    company: '东莞华建电子有限公司',
    processingBasis: 'consent',
    retentionBasis: 'none',
    linkInquiryPhone: '13700000004',
  },
]

/**
 * The investor resource database's demo records, owned by the demo officer,
 * linked to seeded projects and inquiries. Matched by name on later runs.
 */
export async function seedInvestorDocs(
  { payload, report }: Seeder,
  roleUsers: Map<StaffRole, User>,
) {
  const owner = roleUsers.get('investment-officer')?.id
  const companyIds = new Map<string, number>()
  for (const { projectSlugs, ...company } of COMPANIES) {
    const existing = await payload.find({
      collection: 'companies',
      where: { name: { equals: company.name } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      companyIds.set(company.name, existing.docs[0].id)
      report.skipped.push(`companies/${company.name}`)
      continue
    }
    const projects = await Promise.all(
      projectSlugs.map((slug) => findBySlug(payload, 'projects', slug)),
    )
    const created = await payload.create({
      collection: 'companies',
      data: { ...company, owner, projects: projects.flatMap((p) => (p ? [p.id as number] : [])) },
      context: SEED_CONTEXT,
    })
    companyIds.set(company.name, created.id)
    report.created.push(`companies/${company.name}`)
  }
  for (const { company, linkInquiryPhone, ...contact } of CONTACTS) {
    const existing = await payload.count({
      collection: 'contacts',
      where: { name: { equals: contact.name } },
    })
    if (existing.totalDocs > 0) {
      report.skipped.push(`contacts/${contact.name}`)
      continue
    }
    const created = await payload.create({
      collection: 'contacts',
      data: {
        ...contact,
        company: companyIds.get(company),
        investorType: COMPANIES.find((c) => c.name === company)?.investorType ?? 'domestic',
        source: COMPANIES.find((c) => c.name === company)?.source,
        owner,
      },
      context: SEED_CONTEXT,
    })
    report.created.push(`contacts/${contact.name}`)
    if (!linkInquiryPhone) continue
    const inquiry = await payload.find({
      collection: 'inquiries',
      where: { phone: { equals: linkInquiryPhone } },
      limit: 1,
      depth: 0,
    })
    if (inquiry.docs[0]) {
      await payload.update({
        collection: 'inquiries',
        id: inquiry.docs[0].id,
        data: { investorContact: created.id },
        context: SEED_CONTEXT,
      })
    }
  }
}
