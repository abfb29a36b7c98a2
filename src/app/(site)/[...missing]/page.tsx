import { notFound } from 'next/navigation'

/** Any address no other route takes gets the site's 404 inside its layout, not Next's bare one. */
export default function Missing(): never {
  notFound()
}
