/** A proposal's record: its rounds, who answered what and when (amended texts against their round's text), the outcome and its effects. */
import { Time } from '../../components/Time'
import { TextDiff } from '../../components/TextDiff'
import { ANSWER_LABEL, stateInWords, type Decision } from './words'

export function DecisionRecord({ d }: { d: Decision }) {
  const textOf = (round: number) => d.rounds.find((r) => r.round === round)?.text ?? d.text
  return (
    <details open={d.answers.length > 0}>
      <summary>Record</summary>
      <table>
        <caption>Rounds of {d.title}</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Issued</th>
            <th scope="col">Deadline</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {d.rounds.map((r) => (
            <tr key={r.round}>
              <td>{r.round}</td>
              <td>
                <Time at={r.issuedAt} />
              </td>
              <td>
                <Time at={r.deadlineAt} />
              </td>
              <td>{r.outcome ? `${stateInWords(r.outcome)}, ` : 'pending'}{r.endedAt && <Time at={r.endedAt} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Answers</h4>
      {d.answers.length === 0 ? (
        <p>No answer seen yet{d.answersOpen ? '' : ' (answers are shown once the round ends)'}.</p>
      ) : (
        <ol className="answers" aria-label={`Answers to ${d.title}`}>
          {d.answers.map((a) => (
            <li key={`${a.round}-${a.addressee}-${a.at}`}>
              Round {a.round}: {a.addresseeName ?? 'an organization'} ({a.userName ?? 'a member'}) {ANSWER_LABEL[a.answer]}, <Time at={a.at} />
              {a.reason && <>: “{a.reason}”</>}
              {a.amendedText && <TextDiff current={textOf(a.round)} amended={a.amendedText} label={`Amended text of ${a.addresseeName ?? 'an organization'}`} />}
            </li>
          ))}
        </ol>
      )}
      {d.decidedAt && (
        <p>
          Decided <Time at={d.decidedAt} />: {d.outcome ? stateInWords(d.outcome) : '—'}
        </p>
      )}
      {d.effects.length > 0 && (
        <ul aria-label="Effects">
          {d.effects.map((e) => (
            <li key={`${e.kind}-${e.at}`}>
              {e.kind.replaceAll('_', ' ')}, <Time at={e.at} />
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}
