/**
 * Notification settings: my contact and OpenPGP key, my channels (e-mail, webhooks, chat), which
 * topics reach me where, my organization's on-call rota, my delivery history and, for admins,
 * the dead letters with replay.
 */
import { useQuery } from '@tanstack/react-query'
import { api, ok } from '../api'
import { Loading, Problem } from '../components/Bits'
import { useMe } from '../queries'
import { Channels } from './notifications/Channels'
import { Contact } from './notifications/Contact'
import { DeadLetters, Deliveries } from './notifications/Deliveries'
import { Rota } from './notifications/Rota'
import { Rules } from './notifications/Rules'

export default function NotificationsPage() {
  const me = useMe()
  const settings = useQuery({ queryKey: ['notify-settings'], queryFn: () => ok(api().GET('/api/v1/notify/me')) })
  const admin = me.data?.user.roles.includes('admin') ?? false
  return (
    <>
      <h1>Notifications</h1>
      {settings.isPending && <Loading what="your settings" />}
      <Problem error={settings.error} />
      {settings.data && (
        <>
          <Contact settings={settings.data} />
          <Channels settings={settings.data} />
          <Rules settings={settings.data} />
        </>
      )}
      {me.data && <Rota orgId={me.data.org.id} admin={admin} mayEdit={admin || me.data.user.roles.includes('poc')} />}
      <Deliveries />
      {admin && <DeadLetters />}
    </>
  )
}
