/**
 * The admin's logo (login and account pages) and icon (navigation): Repères, not Payload's
 * marks. Plain server components, public/logo.png as on the site.
 */
export function BrandLogo() {
  return (
    <span className="brand-logo">
      <img src="/logo.png" alt="" width={48} height={48} />
      <span className="brand-logo__name">Repères</span>
    </span>
  )
}

export function BrandIcon() {
  return <img className="brand-icon" src="/logo.png" alt="Repères" width={28} height={28} />
}
