import type { APIRoute } from 'astro'
import { fetchMediaFile } from '../../lib/media-proxy'

// Serves uploaded files from the CMS through the portal. Only plain file names
// pass (no paths), only GET, and the CMS's content type is kept.
export const GET: APIRoute = ({ params }) => fetchMediaFile(params.file ?? '')
