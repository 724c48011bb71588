/** The console's pages; the heavier ones (charts, intel) load on first visit. */
import { createBrowserRouter } from 'react-router'
import { Layout } from './components/Layout'
import { AccountPage } from './pages/Account'
import { AssistancePage } from './pages/Assistance'
import { EnrolPage } from './pages/Enrol'
import { IncidentDetailPage } from './pages/IncidentDetail'
import { IncidentsPage } from './pages/Incidents'
import { NowPage } from './pages/Now'
import { RequestDetailPage } from './pages/RequestDetail'
import { SignInPage } from './pages/SignIn'

const lazyPage = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({ Component: (await load()).default })

export const router = createBrowserRouter([
  { path: '/sign-in', Component: SignInPage },
  { path: '/enrol/:token', Component: EnrolPage },
  {
    Component: Layout,
    children: [
      { index: true, Component: NowPage },
      { path: 'incidents', Component: IncidentsPage },
      { path: 'incidents/:id', Component: IncidentDetailPage },
      { path: 'assistance', Component: AssistancePage },
      { path: 'assistance/:id', Component: RequestDetailPage },
      { path: 'metrics', lazy: lazyPage(() => import('./pages/Metrics')) },
      { path: 'capabilities', lazy: lazyPage(() => import('./pages/Capabilities')) },
      { path: 'intel', lazy: lazyPage(() => import('./pages/Intel')) },
      { path: 'intel/objects/:id', lazy: lazyPage(() => import('./pages/IntelObject')) },
      { path: 'members', lazy: lazyPage(() => import('./pages/Members')) },
      { path: 'audit', lazy: lazyPage(() => import('./pages/Audit')) },
      { path: 'account', Component: AccountPage },
    ],
  },
])
