/** Largest JSON or form body the CMS accepts; uploads have their own cap (MAX_UPLOAD_MB). */
export const MAX_API_BODY_BYTES = 1024 * 1024

/** Room for the form fields around an uploaded file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

/** How large a request body may be, and the visitor-facing refusal of a larger one. */
export interface BodyLimit {
  upload: boolean
  bytes: number
  message: string
}

/** The body cap for a request of this content type: uploads up to MAX_UPLOAD_MB, anything else 1 MB. */
export function bodyLimit(contentType: string | null | undefined, maxUploadMb: number): BodyLimit {
  const upload = (contentType ?? '').toLowerCase().startsWith('multipart/form-data')
  if (upload) {
    return {
      upload,
      bytes: maxUploadMb * 1024 * 1024 + MULTIPART_OVERHEAD_BYTES,
      message: `文件超过 ${maxUploadMb} MB 的上限 / File larger than ${maxUploadMb} MB`,
    }
  }
  const kb = MAX_API_BODY_BYTES / 1024
  return {
    upload,
    bytes: MAX_API_BODY_BYTES,
    message: `请求内容超过 ${kb} KB 的上限 / Request body larger than ${kb} KB`,
  }
}
