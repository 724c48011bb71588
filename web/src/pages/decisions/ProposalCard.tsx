/** One proposal: marking, who is asked, the countdown, the current text, the answer form, the proposer's next step, the record. */
import { Countdown } from '../../components/Time'
import { TlpLabel } from '../../components/Tlp'
import { useMe } from '../../queries'
import { AnswerForm } from './AnswerForm'
import { ProposerActions } from './ProposerActions'
import { DecisionRecord } from './DecisionRecord'
import { KIND_LABEL, silenceBroken, stateInWords, type Decision } from './words'

export function ProposalCard({ d }: { d: Decision }) {
  const me = useMe()
  const heading = `proposal-${d.id}`
  const mine = d.proposer?.orgId === me.data?.org.id
  return (
    <article className="proposal" aria-labelledby={heading}>
      <h3 id={heading}>{d.title}</h3>
      <p>
        <TlpLabel tlp={d.tlp} /> <span className="who-sees">Who can see it: {d.visibleTo}</span>
      </p>
      <p>
        {KIND_LABEL[d.kind]}, {d.procedure} procedure, round {d.round}; state <strong data-testid="decision-state">{stateInWords(d.state)}</strong>
        {d.outcome && <>; outcome {stateInWords(d.outcome)}</>}
      </p>
      {d.state === 'open' && silenceBroken(d) && (
        <p className="overdue" data-testid="silence-broken">
          Silence is broken on this round: it will not be adopted as it stands; the proposer may issue an amended text.
        </p>
      )}
      <p>
        Proposed by {d.proposer?.name ?? 'the hub'}; asked: {d.addresseesHidden ? 'the holders (kept from each other)' : d.addressees.map((a) => a.name ?? 'an organization').join(', ')}
      </p>
      {d.state === 'open' && (
        <p>
          Deadline: <Countdown due={d.deadlineAt} />
        </p>
      )}
      <figure>
        <figcaption>Text of round {d.round}</figcaption>
        <p className="text">{d.text}</p>
      </figure>
      {d.mayAnswer && d.state === 'open' && <AnswerForm d={d} />}
      {mine && (d.state === 'open' || d.state === 'silence_broken') && <ProposerActions d={d} />}
      <DecisionRecord d={d} />
    </article>
  )
}
