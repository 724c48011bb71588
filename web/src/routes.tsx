/** The console's pages. Only the frame, Now and sign-in are in the first load; every other page loads on first visit. */
import type { ComponentType } from 'react'
import { createBrowserRouter } from 'react-router'
import { Layout } from './components/Layout'
import { NowPage } from './pages/Now'
import { SignInPage } from './pages/SignIn'

const page = (load: () => Promise<ComponentType>) => async () => ({ Component: await load() })

export const router = createBrowserRouter([
  { path: '/sign-in', Component: SignInPage },
  { path: '/enrol/:token', lazy: page(async () => (await import('./pages/Enrol')).EnrolPage) },
  {
    Component: Layout,
    children: [
      { index: true, Component: NowPage },
      { path: 'incidents', lazy: page(async () => (await import('./pages/Incidents')).IncidentsPage) },
      { path: 'incidents/:id', lazy: page(async () => (await import('./pages/IncidentDetail')).IncidentDetailPage) },
      { path: 'assistance', lazy: page(async () => (await import('./pages/Assistance')).AssistancePage) },
      { path: 'assistance/:id', lazy: page(async () => (await import('./pages/RequestDetail')).RequestDetailPage) },
      { path: 'assistance-metrics', lazy: page(async () => (await import('./pages/Metrics')).default) },
      { path: 'capabilities', lazy: page(async () => (await import('./pages/Capabilities')).default) },
      { path: 'intel', lazy: page(async () => (await import('./pages/Intel')).default) },
      { path: 'intel/objects/:id', lazy: page(async () => (await import('./pages/IntelObject')).default) },
      { path: 'members', lazy: page(async () => (await import('./pages/Members')).default) },
      { path: 'decisions', lazy: page(async () => (await import('./pages/Decisions')).default) },
      { path: 'notifications', lazy: page(async () => (await import('./pages/Notifications')).default) },
      { path: 'audit', lazy: page(async () => (await import('./pages/Audit')).default) },
      { path: 'account', lazy: page(async () => (await import('./pages/Account')).AccountPage) },
    ],
  },
])
