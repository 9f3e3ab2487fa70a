// Payload's Local API typed with the CMS's collections, as in the CMS itself.
import '@portal/cms/payload-generated'
