/** Audit: the latest entries the caller may see, and verification of the hash chain. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { Button } from 'react-aria-components'
import { api, ok } from '../api'
import { Problem } from '../components/Bits'
import { Time } from '../components/Time'

export default function AuditPage() {
  const entries = useQuery({ queryKey: ['audit'], queryFn: () => ok(api().GET('/api/v1/audit', { params: { query: { limit: 50 } } })), retry: false })
  const verify = useMutation({ mutationFn: () => ok(api().GET('/api/v1/audit/verify')) })
  return (
    <>
      <h1>Audit</h1>
      <Button onPress={() => verify.mutate()}>Verify the chain</Button>
      {verify.data && (
        <p role="status">
          {verify.data.ok ? `The chain holds: ${verify.data.entries} entries verified.` : `The chain is broken at entry ${verify.data.brokenAt}: ${verify.data.reason}`}
        </p>
      )}
      <Problem error={verify.error ?? entries.error} />
      <ol>
        {(entries.data ?? []).map((e) => (
          <li key={e.seq}>
            <Time at={e.at} /> {e.actorName ?? 'system'} ({e.actorOrgName ?? 'the hub'}): {e.action}
          </li>
        ))}
      </ol>
    </>
  )
}
