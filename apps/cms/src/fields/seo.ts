import type { Field } from 'payload'

/**
 * Search-engine and sharing fields (meta title, description, image). The
 * portal falls back to the title, summary and first image when they are empty.
 */
export function seoFields(): Field {
  return {
    name: 'meta',
    type: 'group',
    label: { zh: '搜索引擎与分享', en: 'SEO and sharing' },
    admin: {
      description: {
        zh: '留空时使用标题、简介和第一张图片。',
        en: 'Left empty, the title, summary and first image are used.',
      },
    },
    fields: [
      {
        name: 'title',
        type: 'text',
        label: { zh: '搜索标题', en: 'Meta title' },
        localized: true,
        maxLength: 70,
      },
      {
        name: 'description',
        type: 'textarea',
        label: { zh: '搜索摘要', en: 'Meta description' },
        localized: true,
        maxLength: 200,
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: 'media',
        label: { zh: '分享图片', en: 'Sharing image' },
      },
    ],
  }
}
