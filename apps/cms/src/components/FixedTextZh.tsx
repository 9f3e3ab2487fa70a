'use client'
// Payload 3.90 writes the API-key field's revoke button and its confirmation
// in English into the component itself, outside its translations, so the
// Chinese admin showed "Revoke API key" on a service account. This provider
// puts the Chinese words in their place while the admin is in Chinese. It
// only replaces whole text nodes equal to a known English string inside the
// API-key field and its confirmation, never content staff typed.
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

/** Payload's fixed English texts and the Chinese the admin shows instead. */
export const FIXED_TEXT_ZH: Readonly<Record<string, string>> = {
  'Revoke API key': '撤销 API 密钥',
  'Revoke API key?': '撤销 API 密钥？',
  Revoke: '撤销',
  'Are you sure you want to revoke the API key for user ': '确定撤销账号 ',
  '? The key will no longer be usable, and this action cannot be undone.':
    ' 的 API 密钥吗？撤销后该密钥立即失效，且无法恢复。',
}

/** Where those texts appear: the revoke button and its confirmation dialog. */
const SCOPES = '#revoke-api-key, [id^="revoke-api-key-"], .confirmation-modal'

function translateWithin(root: ParentNode) {
  for (const scope of root.querySelectorAll(SCOPES)) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chinese = node.nodeValue === null ? undefined : FIXED_TEXT_ZH[node.nodeValue]
      if (chinese !== undefined) node.nodeValue = chinese
    }
  }
}

export function FixedTextZh({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const chinese = i18n.language === 'zh'
  useEffect(() => {
    if (!chinese) return
    translateWithin(document)
    const observer = new MutationObserver(() => translateWithin(document))
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [chinese])
  return <>{children}</>
}
