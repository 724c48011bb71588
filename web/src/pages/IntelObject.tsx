/** One intel object: its marking and who can see it, every version, its sightings, the STIX as stored. */
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { api, ok } from '../api'
import { Loading, Problem } from '../components/Bits'
import { TlpLabel } from '../components/Tlp'
import { Time } from '../components/Time'
import { useOrgName } from '../queries'

export default function IntelObjectPage() {
  const { id = '' } = useParams()
  const orgName = useOrgName()
  const versions = useQuery({ queryKey: ['intel', 'object', id], queryFn: () => ok(api().GET('/api/v1/intel/objects/{id}', { params: { path: { id }, query: { version: 'all' } } })) })
  const sightings = useQuery({ queryKey: ['intel', 'sightings', id], queryFn: () => ok(api().GET('/api/v1/intel/objects/{id}/sightings', { params: { path: { id } } })) })
  if (versions.isPending) return <Loading what="the object" />
  if (!versions.data) return <Problem error={versions.error} />
  const all = versions.data.objects
  const latest = all.find((o) => o.isLatest) ?? all[all.length - 1]
  if (!latest) return <p>No such object.</p>
  return (
    <>
      <h1>
        <TlpLabel tlp={latest.tlp} /> {String(latest.object.name ?? latest.type)}
      </h1>
      <p className="who-sees">Who can see it: {latest.visibleTo}</p>
      <p>
        Shared by {orgName(latest.orgId)}, added <Time at={latest.dateAdded} />.
      </p>
      <h2>Versions</h2>
      <ol>
        {all.map((v) => (
          <li key={`${v.id}-${v.modified ?? ''}`}>
            modified <Time at={v.modified} />
            {v.isLatest ? ' (latest)' : ''}
          </li>
        ))}
      </ol>
      <h2>Sightings</h2>
      {sightings.data ? (
        <p>
          Seen {sightings.data.count} times in {sightings.data.sightings} sightings; first <Time at={sightings.data.firstSeen} />, last <Time at={sightings.data.lastSeen} />.
        </p>
      ) : (
        <Problem error={sightings.error} />
      )}
      <h2>As stored (STIX 2.1)</h2>
      <pre tabIndex={0} aria-label="The STIX object">
        {JSON.stringify(latest.object, null, 2)}
      </pre>
    </>
  )
}
