/**
 * Joint decisions: the open proposals with their deadlines counting down, the answers an
 * addressee may give (a silence break with its amended text shown against the current one),
 * each proposal's record, and the propose form for points of contact and coordinators. The
 * list refetches when a decision.* event arrives on the live feed (live.ts).
 */
import { useQuery } from '@tanstack/react-query'
import { api, ok } from '../api'
import { Loading, Problem } from '../components/Bits'
import { useMe } from '../queries'
import { ProposalCard } from './decisions/ProposalCard'
import { ProposeForm } from './decisions/ProposeForm'

const isOpen = (state: string) => state === 'open' || state === 'silence_broken'

export default function DecisionsPage() {
  const me = useMe()
  const list = useQuery({ queryKey: ['decisions'], queryFn: () => ok(api().GET('/api/v1/decisions', { params: { query: { limit: 100 } } })) })
  const roles = me.data?.user.roles ?? []
  const mayPropose = roles.includes('poc') || roles.includes('coordinator')
  const open = (list.data ?? []).filter((d) => isOpen(d.state))
  const closed = (list.data ?? []).filter((d) => !isOpen(d.state))
  return (
    <>
      <h1>Decisions</h1>
      {list.isPending && <Loading what="proposals" />}
      <Problem error={list.error} />
      <section aria-labelledby="open-h">
        <h2 id="open-h">Open proposals</h2>
        {list.isSuccess && open.length === 0 && <p>No open proposal.</p>}
        {open.map((d) => (
          <ProposalCard key={d.id} d={d} />
        ))}
      </section>
      {mayPropose && <ProposeForm />}
      <section aria-labelledby="closed-h">
        <h2 id="closed-h">Decided and withdrawn</h2>
        {list.isSuccess && closed.length === 0 && <p>None yet.</p>}
        {closed.map((d) => (
          <ProposalCard key={d.id} d={d} />
        ))}
      </section>
    </>
  )
}
