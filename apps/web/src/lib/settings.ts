import type { SiteSettings } from '@portal/shared/content'
import { CmsError, cms } from './cms'

/**
 * The site settings (county name, contacts, filing numbers), or null when the
 * CMS cannot answer: the layout then shows generic names rather than failing
 * the whole page.
 */
export async function loadSettings(): Promise<SiteSettings | null> {
  try {
    return await cms.getSettings()
  } catch (error) {
    if (!(error instanceof CmsError)) throw error
    console.error(error.message)
    return null
  }
}
