import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { env } from '#cms/env'

/**
 * Refuses a file over the configured size with a 413 and a message in the
 * staff member's admin language. The HTTP body limit catches large uploads
 * early; this check also covers the Local API (imports, scripts).
 */
export const enforceUploadSize: CollectionBeforeOperationHook = ({ args, req }) => {
  const size = req.file?.size
  const limit = env.MAX_UPLOAD_MB * 1024 * 1024
  if (typeof size === 'number' && size > limit) {
    const message =
      req.i18n?.language === 'en'
        ? `The file is ${(size / 1048576).toFixed(1)} MB; files may be at most ${env.MAX_UPLOAD_MB} MB.`
        : `文件大小为 ${(size / 1048576).toFixed(1)} MB，超过了 ${env.MAX_UPLOAD_MB} MB 的上限。`
    throw new APIError(message, 413, null, true)
  }
  return args
}
