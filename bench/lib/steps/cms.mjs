// The CMS's side of a run: its REST API under load, and how long an edit takes
// to show on the portal.
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { ADMIN_EMAIL, CMS_URL, PORTAL_URL, options, secrets } from '../config.mjs'
import { fmt } from '../format.mjs'
import { rawGet } from '../http.mjs'
import { measure, percentile, settle } from '../measure.mjs'
import { PORTAL_LIST_SELECT } from '../queries.mjs'

/** The CMS REST calls measured in step 6 (and the detail read the profile times). */
export async function cmsUrlsFor(/** @type {number} */ projectIndex) {
  const detailId = (
    await (
      await fetch(
        `${CMS_URL}/api/projects?where[slug][equals]=bench-project-${projectIndex}&depth=0&limit=1`,
      )
    ).json()
  ).docs?.[0]?.id
  const listQuery = `${CMS_URL}/api/projects?where[sector][equals]=manufacturing&where[stage][equals]=signed&sort=-updatedAt&limit=12&page=3&locale=all&depth=1`
  return {
    // The list as the portal asks for it: the card's fields and of each image what an <img> needs.
    list: `${listQuery}&${PORTAL_LIST_SELECT}`,
    listEveryField: listQuery,
    detail: `${CMS_URL}/api/projects?where[slug][equals]=bench-project-${projectIndex}&limit=1&locale=all&depth=1`,
    byId: `${CMS_URL}/api/projects/${detailId}?locale=all&depth=1`,
  }
}

/**
 * 6: each CMS call under load, at 10 connections (or 1 for a call that takes seconds).
 * @param {Record<string, string>} cmsUrls
 */
export async function measureCms(cmsUrls) {
  /** @type {Record<string, import('../measure.mjs').LoadResult>} */
  const cmsRuns = {}
  /** @type {Record<string, number>} */
  const cmsConnections = {}
  for (const [name, url] of Object.entries(cmsUrls)) {
    // A query that takes seconds alone would only queue at 10 connections: then one.
    const started = performance.now()
    await rawGet(url)
    const single = performance.now() - started
    const connections = single > 2000 ? 1 : 10
    cmsConnections[name] = connections
    cmsRuns[name] = await measure(`${name} (${connections} conn.)`, {
      url,
      connections,
      duration: options.duration,
    })
    await settle()
  }
  return { cmsRuns, cmsConnections }
}

/**
 * Signs in to a CMS as the bench admin; resolves with the Authorization header.
 * @param {string} [cmsUrl] default: the run's main CMS
 */
export async function adminAuth(cmsUrl = CMS_URL) {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: secrets.adminPassword }),
  })
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`)
  const { token } = await login.json()
  return { authorization: `JWT ${token}` }
}

/**
 * 7: the bench admin publishes 20 edits of a project; each is timed until the
 * page at `base` (the portal, or nginx in front of it) shows it.
 * @param {number} projectIndex
 * @param {string} [base]
 */
export async function publishToLive(projectIndex, base = PORTAL_URL) {
  const auth = await adminAuth()
  const slug = `bench-project-${projectIndex + 1}`
  const found = await (
    await fetch(`${CMS_URL}/api/projects?where[slug][equals]=${slug}&depth=0&locale=zh&limit=1`, {
      headers: auth,
    })
  ).json()
  const doc = found.docs?.[0]
  if (!doc) throw new Error(`no project ${slug}`)
  const pageUrl = `${base}/projects/${slug}`
  const first = await rawGet(pageUrl)
  if (first.status !== 200) {
    console.log(`  skipped: ${pageUrl} answers ${first.status}`)
    return { skipped: `the project page answers ${first.status}`, medianMs: NaN, worstMs: NaN }
  }
  /** @type {{ saveMs: number, liveMs: number }[]} */
  const samples = []
  let failures = 0
  for (let i = 0; i < 20 && failures < 2; i++) {
    // The page is cached before each edit: what is measured is notification + re-render.
    await rawGet(pageUrl)
    await rawGet(pageUrl)
    const title = `${doc.title}（更新${i + 1}-${randomBytes(3).toString('hex')}）`
    const started = performance.now()
    const saved = await fetch(`${CMS_URL}/api/projects/${doc.id}?locale=zh&depth=0`, {
      method: 'PATCH',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ title, _status: 'published' }),
    })
    const saveMs = performance.now() - started
    if (!saved.ok) throw new Error(`publish failed: ${saved.status} ${await saved.text()}`)
    let liveMs = Infinity
    while (performance.now() - started < 30_000) {
      const page = await rawGet(pageUrl)
      if (page.body.toString('utf8').includes(title)) {
        liveMs = performance.now() - started
        break
      }
      await sleep(20)
    }
    if (liveMs === Infinity) failures += 1
    samples.push({ saveMs, liveMs })
  }
  const live = samples.map((s) => s.liveMs)
  const saves = samples.map((s) => s.saveMs)
  console.log(`  median ${fmt(percentile(live, 50), 0)} ms, worst ${fmt(Math.max(...live), 0)} ms`)
  return {
    medianMs: percentile(live, 50),
    worstMs: Math.max(...live),
    saveMedianMs: percentile(saves, 50),
    saveWorstMs: Math.max(...saves),
    samples,
  }
}
