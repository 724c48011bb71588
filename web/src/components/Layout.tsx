/** The frame of every signed-in page: skip link, navigation, live status, the page. */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router'
import { ApiError } from '../api'
import { connectLive } from '../live'
import { useMe } from '../queries'
import { currentToken, forgetToken } from '../session'

const PAGES: [string, string][] = [
  ['/', 'Now'],
  ['/incidents', 'Incidents'],
  ['/assistance', 'Assistance'],
  ['/metrics', 'Metrics'],
  ['/capabilities', 'Capabilities'],
  ['/intel', 'Intel'],
  ['/members', 'Members'],
  ['/audit', 'Audit'],
  ['/account', 'My account'],
]

export function Layout() {
  const queries = useQueryClient()
  const navigate = useNavigate()
  const me = useMe()
  const [live, setLive] = useState(false)
  useEffect(() => {
    const conn = connectLive(queries, setLive)
    return () => conn.close()
  }, [queries])
  if (!currentToken() || (me.error instanceof ApiError && me.error.status === 401)) return <Navigate to="/sign-in" replace />
  const signOut = () => {
    forgetToken()
    queries.clear()
    void navigate('/sign-in')
  }
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header>
        <span className="brand">Shieldwall</span>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span role="status" className={live ? 'live on' : 'live'}>
            {live ? 'Live' : 'Connecting…'}
          </span>
          {me.data && (
            <span>
              {me.data.user.displayName}, {me.data.org.name}
            </span>
          )}
          <Button onPress={signOut}>Sign out</Button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
