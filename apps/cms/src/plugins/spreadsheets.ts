import type { CollectionConfig, Plugin } from 'payload'
import { spreadsheetEndpoints } from '../spreadsheets/endpoints'

/** The tools shown above each list (components/ProjectSheetTools.tsx, components/InquiryExport.tsx). */
const LIST_TOOLS: Record<string, string> = {
  projects: '/components/ProjectSheetTools#ProjectSheetTools',
  inquiries: '/components/InquiryExport#InquiryExport',
}

/** Adds a component above a collection's list, after any it already has. */
function withListTool(collection: CollectionConfig, component: string): CollectionConfig {
  const components = collection.admin?.components ?? {}
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        beforeListTable: [...(components.beforeListTable ?? []), component],
      },
    },
  }
}

/**
 * Excel in and out (src/spreadsheets/): the endpoints under
 * `/api/spreadsheets/…` and their buttons on the project and inquiry lists.
 */
export const spreadsheets: Plugin = (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), ...spreadsheetEndpoints],
  collections: config.collections?.map((collection) => {
    const tool = LIST_TOOLS[collection.slug]
    return tool ? withListTool(collection, tool) : collection
  }),
})
