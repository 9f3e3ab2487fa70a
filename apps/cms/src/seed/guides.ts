import type { Bi, SeedGuide } from './types'

const LOCATION: Bi = {
  zh: '示范县政务服务中心二楼商务局窗口（县城政务大道1号）',
  en: 'Bureau of Commerce window, 2nd floor, Demo County Government Service Centre (1 Zhengwu Avenue, county seat)',
}

const HOURS: Bi = {
  zh: '周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）',
  en: 'Monday to Friday, 8:30–12:00 and 14:30–17:30, except public holidays',
}

const NO_FEE: Bi = { zh: '不收费', en: 'Free of charge' }

/**
 * The three services of the commerce window at the county government service
 * centre (政务服务中心商务局窗口) that the work plan names.
 */
export const seedGuides: SeedGuide[] = [
  {
    slug: 'wai-shang-tou-zi-qi-ye-she-li-bei-an',
    title: {
      zh: '外商投资企业设立备案（外资审批）',
      en: 'Setting up a foreign-invested enterprise: filing and approval',
    },
    summary: {
      zh: '外商投资准入负面清单以外的领域，外商投资企业设立实行准入前国民待遇，在办理企业登记的同时报送外商投资信息，无需审批；投资负面清单限制类领域的，由县商务局窗口受理并初审，报上级商务主管部门审批。签约项目可申请全程代办。',
      en: 'Outside the negative list for foreign investment, foreign investors are treated like domestic ones: the enterprise is registered and its investment information reported in one step, with no approval needed. Investments in restricted sectors on the negative list are received and checked at the county window and approved by the higher-level commerce department. Signed investment projects can ask for a full agency service.',
    },
    audience: {
      zh: '在本县新设外商投资企业（含外商独资、中外合资、中外合作企业）的境外投资者，以及港澳台投资者；已设立外商投资企业的变更事项可参照办理。',
      en: 'Investors from abroad, Hong Kong, Macao and Taiwan setting up a wholly foreign-owned enterprise, equity joint venture or contractual joint venture in the county. Changes to an existing foreign-invested enterprise follow the same route.',
    },
    materials: [
      {
        zh: '外商投资企业设立申请书（含外商投资信息报告表），由全体投资者或其授权代表签署',
        en: 'Application form, including the foreign-investment information report, signed by all investors or their authorised representatives',
      },
      {
        zh: '投资者主体资格证明或身份证明；境外投资者的证明文件须经所在国公证并办理认证或附加证明书',
        en: 'Proof of each investor’s legal existence or identity; documents from abroad must be notarised and legalised or carry an apostille',
      },
      {
        zh: '公司章程；中外合资、合作企业另附合资（合作）合同',
        en: 'Articles of association, plus the joint-venture or cooperation contract for a joint venture',
      },
      {
        zh: '法定代表人、董事、监事和经理的任职文件及身份证明',
        en: 'Appointment documents and identity papers of the legal representative, directors, supervisors and general manager',
      },
      {
        zh: '企业名称申报信息和住所（经营场所）使用证明，如租赁合同及产权证明',
        en: 'The registered company name and proof of the right to use the business address, such as a lease and title deed',
      },
      {
        zh: '委托代理人办理的，提交授权委托书及代理人身份证明',
        en: 'If an agent applies, a power of attorney and the agent’s identity document',
      },
      {
        zh: '投资负面清单限制类领域的，另附行业主管部门的前置批准文件',
        en: 'For restricted sectors on the negative list, the prior approval of the industry regulator',
      },
    ],
    steps: [
      {
        zh: '咨询预审：到窗口或电话咨询，确认投资领域是否属于外商投资准入负面清单，窗口一次性告知所需材料',
        en: 'Enquiry: call or visit the window to check whether your sector is on the negative list; staff tell you everything you need in one go',
      },
      {
        zh: '提交材料：到窗口现场提交，或通过省政务服务网在线提交',
        en: 'Submission: hand in your documents at the window or upload them through the provincial government services portal',
      },
      {
        zh: '受理审查：材料齐全、符合法定形式的当场受理；材料不全的，一次性告知需补正的内容',
        en: 'Acceptance: complete applications are accepted on the spot; if anything is missing you are told at once exactly what to add',
      },
      {
        zh: '办理：负面清单以外领域同步办理企业登记和外商投资信息报告；限制类领域由县商务局初审后报上级商务主管部门审批',
        en: 'Processing: outside the negative list, registration and the investment report are handled together; for restricted sectors the bureau checks the application and forwards it to the higher-level commerce department for approval',
      },
      {
        zh: '领取结果：到窗口领取营业执照或批准文件，也可申请免费邮寄',
        en: 'Collection: collect the business licence or approval at the window, or ask for free delivery by post',
      },
      {
        zh: '后续服务：项目服务专员协助办理外汇登记、银行开户和项目备案等后续事项',
        en: 'Aftercare: a project service officer helps with foreign-exchange registration, bank accounts and project filing',
      },
    ],
    timeLimit: {
      zh: '法定时限20个工作日，承诺时限5个工作日（需报上级审批的，以上级审批时限为准）',
      en: 'Statutory limit 20 working days; our commitment is 5 working days (where higher-level approval is required, its time limit applies)',
    },
    fees: NO_FEE,
    location: LOCATION,
    hours: HOURS,
    phone: '0000-1234501',
    basis: {
      zh: '《中华人民共和国外商投资法》及其实施条例；《外商投资信息报告办法》（商务部、国家市场监督管理总局令2019年第2号）',
      en: 'The Foreign Investment Law of the PRC and its implementing regulations; the Measures for Reporting Foreign Investment Information (MOFCOM and SAMR Order No. 2 of 2019)',
    },
    conditions: {
      zh: '投资领域不属于外商投资准入负面清单禁止类；属于限制类的，符合清单规定的股权、高管等要求；投资者主体资格合法有效。',
      en: 'The sector is not prohibited by the negative list; in a restricted sector, the shareholding and management requirements of the list are met; the investors exist lawfully.',
    },
    relatedPolicySlugs: [
      'kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi',
      'wai-mao-tong-guan-bian-li-hua-he-chu-kou-xin-yong-bao-xian-fu-chi-shi-shi-xi-ze',
    ],
  },
  {
    slug: 'cheng-pin-you-ling-shou-jing-ying-zi-ge-shen-bao',
    title: {
      zh: '成品油零售经营资格申报',
      en: 'Refined-oil retail licence application',
    },
    summary: {
      zh: '新建、改建、扩建加油站（点）或变更经营主体，须取得成品油零售经营批准证书。县商务局窗口受理申报，会同有关部门现场核查后出具初审意见，报市商务主管部门审批发证。',
      en: 'A new, rebuilt or enlarged filling station, or one changing hands, needs a refined-oil retail approval certificate. The county window receives the application, inspects the site with the other departments concerned and forwards its opinion to the municipal commerce department, which issues the certificate.',
    },
    audience: {
      zh: '在本县行政区域内从事汽油、柴油零售经营的企业，包括新建、改扩建、迁建加油站（点）以及因股权、名称等变更需重新申报的经营者。',
      en: 'Businesses selling petrol or diesel at retail in the county, including new, rebuilt, enlarged or relocated filling stations and operators whose ownership or name has changed.',
    },
    materials: [
      {
        zh: '成品油零售经营资格申请表及申请报告',
        en: 'Application form and covering letter',
      },
      {
        zh: '营业执照复印件',
        en: 'Copy of the business licence',
      },
      {
        zh: '加油站（点）符合县成品油零售网点发展规划的确认文件及土地使用权证明',
        en: 'Confirmation that the station fits the county’s filling-station network plan, and proof of the right to use the land',
      },
      {
        zh: '建设工程消防验收意见书或备案凭证、防雷装置检测合格报告',
        en: 'Fire-safety acceptance or filing certificate and lightning-protection test report',
      },
      {
        zh: '危险化学品经营许可证或安全评价报告',
        en: 'Hazardous-chemicals trading permit or safety assessment report',
      },
      {
        zh: '加油机等计量器具检定合格证书',
        en: 'Calibration certificates for fuel dispensers and other measuring equipment',
      },
      {
        zh: '环境影响评价批复或备案文件，以及油气回收系统检测报告',
        en: 'Environmental impact approval or filing and a vapour-recovery test report',
      },
      {
        zh: '与具有成品油批发经营资格的企业签订的一年以上供油协议',
        en: 'A supply contract of at least one year with a licensed refined-oil wholesaler',
      },
    ],
    steps: [
      {
        zh: '咨询规划：到窗口咨询拟建站点是否符合县成品油零售网点发展规划',
        en: 'Planning check: ask at the window whether your site fits the county’s filling-station network plan',
      },
      {
        zh: '提交申请：按材料清单到窗口提交申报材料',
        en: 'Application: hand in the documents on the list at the window',
      },
      {
        zh: '受理和现场核查：县商务局受理后会同县应急管理局、县消防救援大队、县市场监管局进行现场核查',
        en: 'Inspection: after accepting the application, the bureau inspects the station with emergency management, the fire service and market regulation',
      },
      {
        zh: '县级初审：县商务局在5个工作日内出具初审意见，报市商务主管部门',
        en: 'County review: within 5 working days the bureau sends its opinion to the municipal commerce department',
      },
      {
        zh: '审批发证：市商务主管部门审批通过后核发成品油零售经营批准证书，窗口通知领取',
        en: 'Approval: the municipal commerce department issues the retail approval certificate and the window tells you when to collect it',
      },
    ],
    timeLimit: {
      zh: '法定时限20个工作日，承诺时限12个工作日（其中县级初审5个工作日）',
      en: 'Statutory limit 20 working days; our commitment is 12 working days, of which 5 for the county review',
    },
    fees: NO_FEE,
    location: LOCATION,
    hours: HOURS,
    phone: '0000-1234502',
    basis: {
      zh: '《国务院关于取消一批行政许可等事项的决定》（国发〔2019〕6号）；省商务厅关于成品油零售经营资格管理的有关规定',
      en: 'State Council Decision on Cancelling a Batch of Administrative Licences (Guofa [2019] No. 6); the provincial commerce department’s rules on retail refined-oil licences',
    },
    conditions: {
      zh: '加油站符合本地区成品油零售网点发展规划；具有合法的土地使用权和规划、建设、消防、环保验收手续；有稳定的成品油供应渠道。',
      en: 'The station fits the local plan for refined-oil retail outlets; it holds lawful land-use rights and has passed planning, construction, fire and environmental checks; it has a stable refined-oil supply.',
    },
    relatedPolicySlugs: [
      'shang-wu-ling-yu-hang-ye-guan-li-he-zong-he-zhi-fa-shi-shi-ban-fa',
      'kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi',
    ],
  },
  {
    slug: 'jiu-lei-jing-ying-xu-ke-he-bei-an',
    title: {
      zh: '酒类经营许可和备案',
      en: 'Alcohol wholesale licence and retail registration',
    },
    summary: {
      zh: '从事酒类批发的，应当取得酒类批发经营许可证；从事酒类零售（含餐饮、住宿等场所售酒）的，应当办理酒类零售备案登记。零售备案材料齐全的当场办结。',
      en: 'Alcohol wholesalers need an alcohol wholesale licence; retailers, including restaurants and hotels that sell alcohol, must register. Retail registration with complete documents is done while you wait.',
    },
    audience: {
      zh: '在本县行政区域内从事酒类批发、零售经营的企业和个体工商户，包括超市、便利店、餐饮和住宿经营者。',
      en: 'Companies and sole traders selling alcohol wholesale or retail in the county, including supermarkets, convenience stores, restaurants and hotels.',
    },
    materials: [
      {
        zh: '酒类经营许可（备案）申请表',
        en: 'Alcohol licence or registration form',
      },
      {
        zh: '营业执照复印件',
        en: 'Copy of the business licence',
      },
      {
        zh: '法定代表人或经营者身份证明',
        en: 'Identity document of the legal representative or owner',
      },
      {
        zh: '经营场所和仓储场所的产权证明或租赁合同，以及场所平面示意图',
        en: 'Title deed or lease for the shop and storage premises, with a floor plan',
      },
      {
        zh: '食品经营许可证或仅销售预包装食品备案凭证',
        en: 'Food business licence, or the filing receipt for selling pre-packaged food only',
      },
      {
        zh: '酒类商品进货查验、索证索票和销售台账管理制度',
        en: 'Your written procedures for checking deliveries, keeping supplier paperwork and recording sales',
      },
      {
        zh: '申请批发许可的，另附主要供货商的供货协议或授权书',
        en: 'For a wholesale licence, supply agreements or authorisations from your main suppliers',
      },
    ],
    steps: [
      {
        zh: '咨询：到窗口或电话咨询，确认办理批发许可还是零售备案',
        en: 'Enquiry: call or visit the window to find out whether you need a wholesale licence or retail registration',
      },
      {
        zh: '提交材料：到窗口现场提交，或通过省政务服务网在线提交',
        en: 'Submission: hand in your documents at the window or upload them through the provincial government services portal',
      },
      {
        zh: '零售备案：材料齐全的当场办结，发放酒类零售备案登记凭证',
        en: 'Retail registration: with complete documents, the registration receipt is issued on the spot',
      },
      {
        zh: '批发许可审查：县商务局对经营和仓储场所进行现场核查',
        en: 'Wholesale licence: the bureau inspects your shop and storage premises',
      },
      {
        zh: '发证：审查合格的，核发酒类批发经营许可证，窗口通知领取或免费邮寄',
        en: 'Licence: if everything is in order, the wholesale licence is issued for collection at the window or free delivery by post',
      },
    ],
    timeLimit: {
      zh: '零售备案当场办结；批发许可法定时限20个工作日，承诺时限5个工作日',
      en: 'Retail registration on the spot; wholesale licence: statutory limit 20 working days, our commitment 5 working days',
    },
    fees: NO_FEE,
    location: LOCATION,
    hours: HOURS,
    phone: '0000-1234503',
    basis: {
      zh: '《酒类流通管理办法》；《省酒类管理条例》中关于酒类经营许可和备案的规定',
      en: 'The Measures for the Administration of Alcohol Circulation; the provincial alcohol regulations on licences and filing',
    },
    conditions: {
      zh: '已依法取得营业执照；有固定的经营场所和符合要求的储存条件；批发经营的，另有稳定的进货渠道和健全的购销台账制度。',
      en: 'A valid business licence; a fixed place of business with suitable storage; wholesalers also need stable supply channels and proper purchase and sales records.',
    },
    relatedPolicySlugs: ['shang-wu-ling-yu-hang-ye-guan-li-he-zong-he-zhi-fa-shi-shi-ban-fa'],
  },
]
