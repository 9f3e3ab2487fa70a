'use client'
// Payload shows its content-language switch (中文 / English) on every admin
// page, also where nothing is kept per language (inquiries, users, the
// follow-up log): staff switched it and wondered what changed. This provider
// marks the page so custom.css hides the switch there.
import { usePathname } from 'next/navigation'
import { type ReactNode, useEffect } from 'react'

/** Wraps the admin; `translated` lists the `collections/<slug>` and `globals/<slug>` kept per language. */
export function LocaleSwitchScope({
  children,
  translated = [],
}: {
  children?: ReactNode
  translated?: string[]
}) {
  const pathname = usePathname()
  useEffect(() => {
    const match = /\/(collections|globals)\/([^/?#]+)/.exec(pathname ?? '')
    const shown = match ? translated.includes(`${match[1]}/${match[2]}`) : false
    document.documentElement.toggleAttribute('data-untranslated', !shown)
  }, [pathname, translated])
  return <>{children}</>
}
