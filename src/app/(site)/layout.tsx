import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { publicBaseUrl } from '../../site/publicUrl'
import { SITE_NAME } from '../../site/siteName'
import './site.css'

export const metadata: Metadata = {
  metadataBase: new URL(publicBaseUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  alternates: { types: { 'application/rss+xml': '/feed.xml', 'application/atom+xml': '/atom.xml' } },
}

/** The public site's own root layout: nothing of the admin's styles or scripts. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <a className="site-name" href="/">
            {SITE_NAME}
          </a>
          <nav aria-label="Feeds">
            <a href="/feed.xml">RSS</a>
          </nav>
        </header>
        <main id="content">{children}</main>
        <footer className="site-footer">
          <p>{SITE_NAME}: a reference site on the Newsroom GraphQL API.</p>
        </footer>
      </body>
    </html>
  )
}
