import type { CollectionConfig } from 'payload'
import { hasRole } from '#cms/access/hasRole'
import { anyone } from '#cms/access/anyone'
import { mediaDir } from '#cms/storage'
import { enforceUploadSize } from './hooks/enforceUploadSize'
import { ADMIN_GROUPS, bilingualLabels } from '#cms/fields/admin'

/** Upload types staff may use: photos and PDF brochures. SVG is refused because it can carry script. */
export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
] as const

const webp = { format: 'webp' as const, options: { quality: 78 } }

/** Images and documents. Images are resized by sharp into the sizes the portal shows. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: bilingualLabels('图片与附件', 'Media file', 'Media'),
  access: {
    read: anyone,
    create: hasRole('admin', 'editor', 'investment-officer', 'chamber-staff'),
    update: hasRole('admin', 'editor', 'investment-officer', 'chamber-staff'),
    delete: hasRole('admin', 'editor'),
  },
  admin: {
    group: ADMIN_GROUPS.content,
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { zh: '替代文字', en: 'Alternative text' },
      localized: true,
      required: true,
      maxLength: 200,
      admin: {
        description: {
          zh: '用一句话描述图片内容，供视障读者和搜索引擎使用；附件请填写文件名称。',
          en: 'One sentence describing the image for screen readers and search engines; for a document, its title.',
        },
      },
    },
    // Payload's own upload fields carry English labels ("MIME Type", "URL"): the
    // same names here only give them labels in both languages.
    { name: 'mimeType', type: 'text', label: { zh: '文件类型', en: 'File type' } },
    { name: 'url', type: 'text', label: { zh: '文件地址', en: 'File address' } },
    { name: 'thumbnailURL', type: 'text', label: { zh: '缩略图地址', en: 'Thumbnail address' } },
  ],
  hooks: {
    beforeOperation: [enforceUploadSize],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...MEDIA_MIME_TYPES],
    // The CMS never fetches files from addresses staff paste (no server-side requests on their behalf).
    pasteURL: false,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 200, formatOptions: webp },
      { name: 'card', width: 640, height: 400, formatOptions: webp },
      { name: 'wide', width: 1280, withoutEnlargement: true, formatOptions: webp },
      {
        name: 'og',
        width: 1200,
        height: 630,
        formatOptions: { format: 'jpeg', options: { quality: 80 } },
      },
    ],
  },
}
