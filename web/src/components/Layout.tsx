/** The frame of every signed-in page: skip link, navigation, live status, the page. */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Button } from 'react-aria-components'
import { Navigate, NavLink, Outlet, useNavigate } from 'react-router'
import { api, ApiError, ok } from '../api'
import { connectLive } from '../live'
import { useMe } from '../queries'
import { currentCsrf, currentToken, forgetCredentials, rememberCsrf } from '../session'

/**
 * How this tab is signed in: an API token, or the session cookie, whose CSRF token is fetched
 * again when the tab does not hold it yet (a new tab of a signed-in browser).
 */
async function signedInWith(): Promise<'token' | 'cookie'> {
  if (currentToken()) return 'token'
  if (!currentCsrf()) rememberCsrf((await ok(api().GET('/api/v1/session'))).csrfToken)
  return 'cookie'
}

const unauthorized = (err: unknown) => err instanceof ApiError && err.status === 401

const PAGES: [string, string][] = [
  ['/', 'Now'],
  ['/incidents', 'Incidents'],
  ['/assistance', 'Assistance'],
  ['/assistance-metrics', 'Metrics'],
  ['/capabilities', 'Capabilities'],
  ['/intel', 'Intel'],
  ['/decisions', 'Decisions'],
  ['/members', 'Members'],
  ['/audit', 'Audit'],
  ['/notifications', 'Notifications'],
  ['/account', 'My account'],
]

export function Layout() {
  const queries = useQueryClient()
  const navigate = useNavigate()
  const session = useQuery({ queryKey: ['session'], queryFn: signedInWith, retry: false, staleTime: Infinity })
  const me = useMe()
  const [live, setLive] = useState(false)
  const ready = session.isSuccess
  useEffect(() => {
    if (!ready) return
    const conn = connectLive(queries, setLive)
    return () => conn.close()
  }, [queries, ready])
  if (unauthorized(session.error) || unauthorized(me.error)) return <Navigate to="/sign-in" replace />
  const signOut = async () => {
    // The hub ends the session and clears its cookie; a token simply stops being sent.
    if (session.data === 'cookie') await api().DELETE('/api/v1/session')
    forgetCredentials()
    queries.clear()
    await navigate('/sign-in')
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
          <Button onPress={() => void signOut()}>Sign out</Button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  )
}
