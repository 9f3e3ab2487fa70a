import type { GlobalConfig } from 'payload'
import { contentEditors, publicGlobalAccess } from '../access/editorial'
import { localizedText, localizedTextarea } from '../fields/bilingual'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'

/**
 * Who runs the site: county and bureau names, contacts, and the filing numbers
 * a Chinese government site must show. The portal takes all of these from here,
 * never from code, so any county can deploy the product.
 */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { zh: '站点设置', en: 'Site settings' },
  access: publicGlobalAccess(contentEditors),
  admin: { group: ADMIN_GROUPS.site },
  fields: [
    {
      type: 'row',
      fields: [
        {
          ...localizedText('countyName', { zh: '县名称', en: 'County name' }, 60),
          required: true,
        },
        {
          ...localizedText('bureauName', { zh: '单位名称', en: 'Bureau name' }, 80),
          required: true,
        },
      ],
    },
    localizedTextarea('tagline', { zh: '网站标语', en: 'Tagline' }, 200),
    { name: 'logo', type: 'upload', relationTo: 'media', label: { zh: '标志', en: 'Logo' } },
    {
      name: 'favicon',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '网站图标（浏览器标签页上的小图标）', en: 'Site icon (favicon)' },
      // Browsers show it in tabs and bookmarks; a small square PNG reads best.
      filterOptions: { mimeType: { equals: 'image/png' } },
      admin: {
        description: {
          zh: '正方形 PNG 图片（建议 64×64 像素以上）。不设置时使用门户自带的默认图标。',
          en: 'A square PNG (64×64 pixels or more). Without one the portal shows its default icon.',
        },
      },
    },
    {
      // 集约化: when the portal is one channel of the county's shared platform,
      // its header links back to the host site. Plain fields, never HTML.
      name: 'hostSite',
      type: 'group',
      label: { zh: '所属集约化平台', en: 'Host platform' },
      admin: {
        description: {
          zh: '门户作为县政府网站集约化平台的一个栏目运行时填写；页头会显示返回主站的链接。',
          en: "Fill in when the portal runs as a channel of the county's shared platform: the header then links back to the host site.",
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            localizedText('name', { zh: '主站名称', en: 'Host site name' }, 60),
            {
              name: 'url',
              type: 'text',
              label: { zh: '主站网址', en: 'Host site URL' },
              validate: (value: unknown) =>
                !value ||
                (typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)) ||
                '网址须以 http:// 或 https:// 开头 / must start with http:// or https://',
            },
          ],
        },
      ],
    },
    localizedText('address', { zh: '办公地址', en: 'Address' }, 200),
    {
      type: 'row',
      fields: [
        { name: 'hotline', type: 'text', label: { zh: '咨询电话', en: 'Hotline' }, maxLength: 40 },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
        localizedText('officeHours', { zh: '办公时间', en: 'Office hours' }, 120),
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: { zh: '页脚链接', en: 'Footer links' },
      labels: bilingualLabels('页脚链接', 'Footer link', 'Footer links'),
      maxRows: 12,
      fields: [
        {
          type: 'row',
          fields: [
            { ...localizedText('label', { zh: '名称', en: 'Label' }, 60), required: true },
            {
              name: 'url',
              type: 'text',
              label: { zh: '网址', en: 'URL' },
              required: true,
              validate: (value: unknown) =>
                (typeof value === 'string' && /^(https?:\/\/|\/)/.test(value)) ||
                '网址须以 http://、https:// 或 / 开头 / must start with http://, https:// or /',
            },
          ],
        },
      ],
    },
    {
      name: 'filing',
      type: 'group',
      label: { zh: '备案信息', en: 'Filing numbers' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'icp', type: 'text', label: { zh: 'ICP备案号', en: 'ICP licence' } },
            {
              name: 'publicSecurity',
              type: 'text',
              label: { zh: '公安备案号', en: 'Public security filing' },
            },
            {
              name: 'governmentSiteCode',
              type: 'text',
              label: { zh: '政府网站标识码', en: 'Government site code' },
            },
          ],
        },
      ],
    },
  ],
}
