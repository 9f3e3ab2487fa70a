import { defineMiddleware } from 'astro:middleware'
import { withBase } from './lib/base'
import { splitLocale } from './lib/i18n'
import { previewHeaders, previewRefusal, resolvePreview } from './lib/preview'
// Validates the environment and starts the inquiry outbox. The build runs it
// at server start already (astro.config.ts); this import covers `astro dev`.
import './lib/startup'

/**
 * One set of pages serves both languages: `/en/projects` is rewritten to
 * `/projects` with `locals.locale = 'en'`, so every path exists in Chinese at
 * `/…` and in English at `/en/…` without duplicated page files.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { locale, path } = splitLocale(context.url.pathname)
  context.locals.locale = locale
  context.locals.pathWithoutLocale = path
  if (path === '/preview') {
    const resolved = await resolvePreview(context.url.searchParams.get('token'))
    if (resolved.kind === 'refused') return previewRefusal(resolved.status, locale)
    context.locals.preview = resolved.preview
    context.locals.pathWithoutLocale = resolved.path
    const response = await next(withBase(resolved.path))
    for (const [name, value] of Object.entries(previewHeaders())) response.headers.set(name, value)
    return response
  }
  if (locale === 'en') {
    return next(`${withBase(path)}${context.url.search}`)
  }
  return next()
})
