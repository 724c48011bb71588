/**
 * The record of a proposal as a printable page: the same view the JSON gives the caller (so it
 * shows nothing more), laid out for paper: text versions, rounds, every answer, outcome, effects.
 */
import type { DecisionView } from './decision.schema'

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const org = (o: { orgId: string; name: string | null }) => esc(o.name ?? o.orgId)

export function renderDecisionRecord(v: DecisionView, hubName: string): string {
  const rows = (cells: string[][]) => cells.map((c) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`).join('\n')
  const rounds = v.rounds
    .map((r) => `<section><h3>Round ${r.round}</h3><p class="meta">issued ${esc(r.issuedAt)} · deadline ${esc(r.deadlineAt)} · ${esc(r.outcome ?? (r.endedAt ? 'ended' : 'open'))}</p><pre>${esc(r.text)}</pre></section>`)
    .join('\n')
  const answers = rows(v.answers.map((a) => [String(a.round), `${esc(a.addresseeName ?? a.addressee)}${a.userName ? ` (${esc(a.userName)})` : ''}`, esc(a.answer), esc(a.reason ?? ''), a.amendedText ? `<pre>${esc(a.amendedText)}</pre>` : '', esc(a.at)]))
  const effects = rows(v.effects.map((e) => [esc(e.kind), `<code>${esc(JSON.stringify(e.detail))}</code>`, esc(e.at)]))
  const majority = v.majority ? ` (quorum ${v.majority.quorum}, threshold ${v.majority.thresholdNum}/${v.majority.thresholdDen} of ${esc(v.majority.thresholdOf)})` : ''
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(v.title)} — decision record</title>
<style>body{font:11pt/1.4 system-ui,sans-serif;max-width:50em;margin:2em auto}pre{white-space:pre-wrap;border-left:3px solid #999;padding-left:1em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.2em .4em;text-align:left;vertical-align:top}.meta{color:#555}.tlp{font-weight:bold}
@media print{body{margin:0}}</style></head><body>
<p class="tlp">TLP:${esc(v.tlp)} — ${esc(v.visibleTo)}</p>
<h1>${esc(v.title)}</h1>
<p class="meta">${esc(hubName)} · proposal ${esc(v.id)} · ${esc(v.kind)} · ${esc(v.procedure)}${majority} · proposed ${esc(v.createdAt)}${v.proposer ? ` by ${org(v.proposer)}` : ''}${v.exerciseId ? ` · exercise ${esc(v.exerciseId)}` : ''}</p>
<p>Addressees: ${v.addresseesHidden ? 'the holders of the correlated value (not named until the disclosure is adopted)' : v.addressees.map(org).join(', ')}</p>
<p>State: <strong>${esc(v.state)}</strong>${v.outcome ? `, outcome <strong>${esc(v.outcome)}</strong> at ${esc(v.decidedAt ?? '')}` : ''}; round ${v.round}, deadline ${esc(v.deadlineAt)}</p>
<h2>Text versions</h2>
${rounds}
<h2>Answers</h2>
<table><thead><tr><th>round</th><th>addressee</th><th>answer</th><th>reason</th><th>amended text</th><th>at</th></tr></thead><tbody>
${answers}
</tbody></table>
<h2>Effects</h2>
<table><thead><tr><th>effect</th><th>detail</th><th>at</th></tr></thead><tbody>
${effects}
</tbody></table>
</body></html>
`
}
