// Shown on the admin's login page instead of Payload's logo: staff should see
// their own system's name, in Chinese first.
export function AdminLogo() {
  return (
    <div style={{ textAlign: 'center', lineHeight: 1.3 }}>
      <div style={{ fontSize: '1.75rem', fontWeight: 700, color: '#a4161a' }}>招商引资内容管理</div>
      <div style={{ fontSize: '0.95rem', opacity: 0.75 }}>
        Investment portal · content management
      </div>
    </div>
  )
}

/**
 * The small mark in the admin's navigation. Payload gives it an 18 px box;
 * drawn at 28 px it was cut off, so it takes the box's size.
 */
export function AdminIcon() {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 28 28"
      role="img"
      aria-label="招商引资内容管理"
      data-testid="admin-icon"
    >
      <rect width="28" height="28" rx="6" fill="#a4161a" />
      <path d="M7 19h14M9 19V11l5-4 5 4v8" stroke="#fff" strokeWidth="2" fill="none" />
    </svg>
  )
}
