/** One incident: who can see it, its NIS2 clock, timeline, linked intel and requests, updates. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Label, TextArea, TextField } from 'react-aria-components'
import { Link, useParams } from 'react-router'
import { api, ok } from '../api'
import { Choose, Loading, Problem } from '../components/Bits'
import { TlpLabel } from '../components/Tlp'
import { Countdown, Time } from '../components/Time'
import { useLabel } from '../queries'
import { AskForHelp } from './AskForHelp'
import { EditIncident } from './EditIncident'

const STATUSES = ['open', 'contained', 'recovered', 'closed'] as const

export function IncidentDetailPage() {
  const { id = '' } = useParams()
  const sector = useLabel('nis2-sectors')
  const category = useLabel('capability-categories')
  const incident = useQuery({ queryKey: ['incident', id], queryFn: () => ok(api().GET('/api/v1/incidents/{id}', { params: { path: { id } } })) })
  const requests = useQuery({ queryKey: ['requests'], queryFn: () => ok(api().GET('/api/v1/assistance/requests')) })
  if (incident.isPending) return <Loading what="the incident" />
  if (!incident.data) return <Problem error={incident.error} />
  const i = incident.data
  const mine = (requests.data ?? []).filter((r) => r.incidentId === id)
  return (
    <>
      <h1>
        <TlpLabel tlp={i.tlp} /> {i.title}
      </h1>
      <p className="who-sees">Who can see it: {i.visibleTo}</p>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{i.status}</dd>
        <dt>Severity</dt>
        <dd>{i.severityName}</dd>
        <dt>Sectors</dt>
        <dd>{i.sectors.map(sector).join(', ')}</dd>
        <dt>Reported by</dt>
        <dd>
          {i.orgName ?? 'an organization'} ({i.nationName ?? 'no nation'}), <Time at={i.reportedAt} />
        </dd>
        <dt>Summary</dt>
        <dd>{i.summary}</dd>
      </dl>
      {i.nis2 && (
        <section aria-labelledby="nis2-h">
          <h2 id="nis2-h">NIS2 clock</h2>
          <ol>
            {i.nis2.stages.map((s) => (
              <li key={s.stage}>
                {s.stage}: {s.submittedAt ? <>submitted <Time at={s.submittedAt} /></> : <Countdown due={s.dueAt} />}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">Timeline</h2>
        <ol>
          {(i.timeline ?? []).map((t) => (
            <li key={t.id}>
              <Time at={t.happenedAt} /> {t.authorName ?? 'someone'} ({t.authorOrgName ?? 'an organization'}): {t.text}
            </li>
          ))}
        </ol>
        <UpdateIncident id={id} status={i.status} />
      </section>
      <EditIncident key={i.updatedAt} incident={i} />
      <section aria-labelledby="intel-h">
        <h2 id="intel-h">Linked intel</h2>
        {i.intelIds.length === 0 ? <p>None linked.</p> : <ul>{i.intelIds.map((x) => <li key={x}><Link to={`/intel/objects/${x}`}>{x}</Link></li>)}</ul>}
      </section>
      <section aria-labelledby="req-h">
        <h2 id="req-h">Requests for help</h2>
        <ul>
          {mine.map((r) => (
            <li key={r.id}>
              <Link to={`/assistance/${r.id}`}>{category(r.category)}</Link>: <span className="state">{r.state.replace('_', ' ')}</span>
            </li>
          ))}
        </ul>
        <AskForHelp incidentId={id} />
      </section>
    </>
  )
}

function UpdateIncident({ id, status }: { id: string; status: string }) {
  const queries = useQueryClient()
  const [text, setText] = useState('')
  const [next, setNext] = useState(status)
  const done = () => queries.invalidateQueries({ queryKey: ['incident', id] })
  const note = useMutation({ mutationFn: () => ok(api().POST('/api/v1/incidents/{id}/timeline', { params: { path: { id } }, body: { text } })), onSuccess: () => (setText(''), done()) })
  const move = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/incidents/{id}/status', { params: { path: { id } }, body: { status: next as (typeof STATUSES)[number] } })),
    onSuccess: done,
  })
  return (
    <div className="actions">
      <Form onSubmit={(e) => (e.preventDefault(), note.mutate())}>
        <TextField name="note" isRequired value={text} onChange={setText}>
          <Label>Add to the timeline</Label>
          <TextArea />
        </TextField>
        <Button type="submit">Add</Button>
      </Form>
      <Form onSubmit={(e) => (e.preventDefault(), move.mutate())}>
        <Choose label="New status" name="newStatus" value={next} onChange={setNext} choices={STATUSES.map((s) => ({ id: s, label: s }))} />
        <Button type="submit">Change status</Button>
      </Form>
      <Problem error={note.error ?? move.error} />
    </div>
  )
}
