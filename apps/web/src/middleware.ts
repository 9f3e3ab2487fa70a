import { defineMiddleware } from 'astro:middleware'
import { splitLocale } from './lib/i18n'

/**
 * One set of pages serves both languages: `/en/projects` is rewritten to
 * `/projects` with `locals.locale = 'en'`, so every path exists in Chinese at
 * `/…` and in English at `/en/…` without duplicated page files.
 */
export const onRequest = defineMiddleware((context, next) => {
  const { locale, path } = splitLocale(context.url.pathname)
  context.locals.locale = locale
  context.locals.pathWithoutLocale = path
  if (locale === 'en') {
    return next(`${path}${context.url.search}`)
  }
  return next()
})
