/**
 * One address for each kind of public page in the demo content: the lists, a
 * document of each type, the chamber, contact, privacy, the status lookup and
 * a missing page. Specs add their own variants (filters, searches).
 */
export const PAGE_TYPES = [
  '/',
  '/projects',
  '/projects/jin-shan-shang-ye-guang-chang',
  '/projects/compare?id=jin-shan-shang-ye-guang-chang&id=qing-lan-da-li-shi-jia-gong',
  '/parks',
  '/parks/gong-ye-yuan-qu',
  '/market',
  '/market/new',
  '/policies',
  '/policies/kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi',
  '/policies/finder',
  '/news',
  '/news/jin-shan-shang-ye-guang-chang-qian-shu-tou-zi-kuang-jia-xie-yi',
  '/guides',
  '/guides/wai-shang-tou-zi-qi-ye-she-li-bei-an',
  '/chamber',
  '/contact',
  '/privacy',
  '/inquiry/status',
  '/no-such-page',
] as const
