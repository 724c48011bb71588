/** One request: its state, the ranked candidates with each score part as a bar, the offers, close and rate. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Label, Meter, TextArea, TextField } from 'react-aria-components'
import { Link, useParams } from 'react-router'
import { api, ok } from '../api'
import { Choose, Loading, Problem } from '../components/Bits'
import { Time } from '../components/Time'
import { useLabel } from '../queries'

export function RequestDetailPage() {
  const { id = '' } = useParams()
  const category = useLabel('capability-categories')
  const path = { params: { path: { id } } }
  const request = useQuery({ queryKey: ['request', id], queryFn: () => ok(api().GET('/api/v1/assistance/requests/{id}', path)) })
  const candidates = useQuery({ queryKey: ['candidates', id], queryFn: () => ok(api().GET('/api/v1/assistance/requests/{id}/candidates', path)), retry: false })
  if (request.isPending) return <Loading what="the request" />
  if (!request.data) return <Problem error={request.error} />
  const r = request.data
  const offers = 'offers' in r ? r.offers : []
  const state = 'state' in r ? r.state : 'offered to you'
  return (
    <>
      <h1>Request: {category(r.category)}</h1>
      <p>
        State: <strong className="state" data-testid="request-state">{state.replace('_', ' ')}</strong>; urgency {r.urgency}
        {'incidentId' in r && (
          <>
            ; for <Link to={`/incidents/${r.incidentId}`}>its incident</Link>
          </>
        )}
      </p>
      <p>{r.sanitizedSummary}</p>
      <section aria-labelledby="cand-h">
        <h2 id="cand-h">Ranked candidates</h2>
        {candidates.error ? <p>Candidates are shown to the requesting nation only.</p> : null}
        <ol>
          {(candidates.data?.ranked ?? []).map((c) => (
            <li key={c.capabilityId}>
              <strong>
                #{c.rank} {c.orgName ?? c.nation}
              </strong>
              , score {c.score.toFixed(2)}
              <ul className="parts">
                {c.parts.map((p) => (
                  <li key={p.name}>
                    <Meter value={p.value} minValue={0} maxValue={1} aria-label={`${p.name} for ${c.orgName ?? c.nation}`}>
                      {({ percentage }) => (
                        <>
                          <span>
                            {p.name} (weight {p.weight}): {Math.round(percentage)}%
                          </span>
                          <span className="bar">
                            <span className="fill" style={{ width: `${percentage}%` }} />
                          </span>
                        </>
                      )}
                    </Meter>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="offers-h">
        <h2 id="offers-h">Offers</h2>
        <ul>
          {offers.map((o) => (
            <li key={o.id}>
              {o.providerOrgName ?? 'a provider'}: <span className="state">{o.deliveredAt ? 'delivered' : o.state}</span>, sent <Time at={o.sentAt} />
              {o.deliverable && (
                <div className="deliverable">
                  <p>Delivered: {o.deliverable}</p>
                  <ul aria-label="Delivered intel">
                    {o.deliverableIntelIds.map((x) => (
                      <li key={x}>
                        <Link to={`/intel/objects/${x}`}>{x}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      {state === 'delivered' || state === 'in_progress' || state === 'accepted' ? <CloseAndRate id={id} /> : null}
      {'rating' in r && r.rating !== null && <p>Closed with a rating of {r.rating} of 5.</p>}
    </>
  )
}

function CloseAndRate({ id }: { id: string }) {
  const queries = useQueryClient()
  const [rating, setRating] = useState('5')
  const [comment, setComment] = useState('')
  const close = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/assistance/requests/{id}/close', { params: { path: { id } }, body: { rating: Number(rating), ...(comment ? { comment } : {}) } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['request', id] }),
  })
  return (
    <section aria-labelledby="close-h">
      <h2 id="close-h">Close and rate</h2>
      <Form onSubmit={(e) => (e.preventDefault(), close.mutate())}>
        <Choose label="Rating" name="rating" value={rating} onChange={setRating} choices={[5, 4, 3, 2, 1].map((n) => ({ id: n, label: `${n} of 5` }))} />
        <TextField name="comment" value={comment} onChange={setComment}>
          <Label>Comment</Label>
          <TextArea />
        </TextField>
        <Button type="submit">Close the request</Button>
      </Form>
      <Problem error={close.error} />
    </section>
  )
}
