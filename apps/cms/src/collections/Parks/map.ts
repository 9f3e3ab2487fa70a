import type { GroupField } from 'payload'
import { bilingualLabels } from '#cms/fields/admin'
import { localizedText } from '#cms/fields/bilingual'

const percent = (name: 'x' | 'y', zh: string, en: string) => ({
  name,
  type: 'number' as const,
  label: { zh, en },
  required: true,
  min: 0,
  max: 100,
  admin: { step: 0.1 },
})

/**
 * The park's map: an image staff upload, never an online tile service.
 * Government sites may only publish standard maps or maps that carry an
 * approval number (审图号), so the number is required whenever there is an
 * image and the portal prints it under the map. Projects are placed on it as
 * numbered markers, by percentages of the image's width and height, which the
 * portal draws with CSS alone (no script, no map library).
 */
export const mapField: GroupField = {
  name: 'map',
  type: 'group',
  label: { zh: '园区地图', en: 'Park map' },
  admin: {
    description: {
      zh: '上传经审核的标准地图或园区规划示意图，并填写审图号；再为园区内的项目放置编号标记。',
      en: 'Upload an approved standard map or the park’s plan, give its approval number (审图号), then place the park’s projects on it.',
    },
  },
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '地图图片', en: 'Map image' },
      filterOptions: { mimeType: { contains: 'image' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'approvalNumber',
          type: 'text',
          label: { zh: '审图号', en: 'Map approval number (审图号)' },
          maxLength: 60,
          validate: (value: unknown, { siblingData }: { siblingData: unknown }) =>
            !(siblingData as { image?: unknown } | undefined)?.image ||
            (typeof value === 'string' && value.trim() !== '') ||
            '有地图图片时必须填写审图号 / A map image needs its approval number',
        },
        localizedText('caption', { zh: '图注', en: 'Caption' }, 160),
      ],
    },
    {
      name: 'markers',
      type: 'array',
      label: { zh: '项目标记', en: 'Project markers' },
      labels: bilingualLabels('标记', 'Marker', 'Markers'),
      maxRows: 40,
      admin: {
        description: {
          zh: '横向位置：从图片左边缘起占图片宽度的百分比（0–100）；纵向位置：从上边缘起占高度的百分比。',
          en: 'Across: percent of the image width from its left edge (0–100); down: percent of the height from its top.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'project',
              type: 'relationship',
              relationTo: 'projects',
              label: { zh: '项目', en: 'Project' },
              required: true,
              // Only this park's projects can be placed on its map.
              filterOptions: ({ id }) => ({ park: { equals: id } }),
            },
            percent('x', '横向位置（%）', 'Across (%)'),
            percent('y', '纵向位置（%）', 'Down (%)'),
          ],
        },
      ],
    },
  ],
}
