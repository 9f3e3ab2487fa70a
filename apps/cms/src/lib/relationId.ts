// One home for the rule, shared with the portal (which reads map markers' projects).
export { relationId } from '@portal/shared/relation'
