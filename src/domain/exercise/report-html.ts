/**
 * The after-action report as one printable HTML page: tables and charts drawn here as inline SVG
 * (no script, no external asset), so the same page prints to PDF in a headless browser as it shows.
 */
import type { AfterActionReport, Outcome } from './report'

const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const COLOURS: Record<Outcome, string> = { met: '#2e7d32', missed: '#c62828', pending: '#9e9e9e' }
const fmt = (n: number | null, unit = ' min'): string => (n === null ? '—' : `${n}${unit}`)

interface Bar {
  label: string
  value: number | null
  colour: string
  /** A limit drawn as a tick on the bar's row. */
  limit?: number
  note?: string
}

/** A horizontal bar chart: one row per bar, values to scale, limits as ticks. */
export function barChart(title: string, bars: readonly Bar[], unit: string): string {
  const rowH = 22
  const labelW = 220
  const plotW = 420
  const max = Math.max(1, ...bars.flatMap((b) => [b.value ?? 0, b.limit ?? 0]))
  const x = (v: number) => labelW + (v / max) * plotW
  const rows = bars.map((b, i) => {
    const y = 28 + i * rowH
    const w = b.value === null ? 0 : Math.max(1, (b.value / max) * plotW)
    const tick = b.limit === undefined ? '' : `<line x1="${x(b.limit)}" x2="${x(b.limit)}" y1="${y - 2}" y2="${y + rowH - 6}" stroke="#000" stroke-width="2"/>`
    return `<text x="${labelW - 6}" y="${y + 13}" text-anchor="end" font-size="11">${esc(b.label)}</text>`
      + `<rect class="bar" x="${labelW}" y="${y}" width="${w}" height="${rowH - 8}" fill="${b.colour}"/>${tick}`
      + `<text x="${labelW + w + 4 + (b.limit !== undefined && x(b.limit) > labelW + w ? x(b.limit) - labelW - w : 0)}" y="${y + 13}" font-size="10">${esc(b.value === null ? b.note ?? 'not taken' : `${b.value}${unit}`)}</text>`
  })
  const h = 36 + bars.length * rowH
  return `<figure><figcaption>${esc(title)}</figcaption><svg class="chart" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg" width="${labelW + plotW + 90}" height="${h}" viewBox="0 0 ${labelW + plotW + 90} ${h}">`
    + `<line x1="${labelW}" x2="${labelW}" y1="20" y2="${h - 4}" stroke="#555"/>${rows.join('')}</svg></figure>`
}

function expectedChart(r: AfterActionReport): string {
  return barChart(
    'Expected actions: scenario minutes to the action (tick: the time limit)',
    r.expected.map((x) => ({ label: `${x.inject} ${x.id}`, value: x.minutes, colour: COLOURS[x.outcome], limit: x.withinMinutes, note: x.outcome })),
    ' min',
  )
}

function assistanceChart(r: AfterActionReport): string {
  const bars = r.assistance.byNation.flatMap((n) => [
    { label: `${n.key} to acceptance`, value: n.toAcceptance, colour: '#1565c0', note: 'none' },
    { label: `${n.key} to delivery`, value: n.toFirstDelivery, colour: '#6a1b9a', note: 'none' },
  ])
  return bars.length === 0 ? '<p>No assistance requests were submitted.</p>' : barChart('Assistance per requesting nation: median scenario minutes', bars, ' min')
}

function latenessChart(r: AfterActionReport): string {
  return barChart('Injects: seconds released after their scenario time', r.injects.map((i) => ({ label: i.serial, value: i.lateSeconds, colour: '#ef6c00', note: 'not released' })), ' s')
}

const table = (head: readonly string[], rows: readonly (readonly unknown[])[]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`

export function reportHtml(r: AfterActionReport): string {
  const s = r.expectedSummary
  const e = r.exercise
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>After-action report: ${esc(e.name)}</title>
<style>body{font:13px/1.4 system-ui,sans-serif;margin:24px;color:#111}h1{font-size:20px}h2{font-size:16px;margin-top:24px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;font-size:12px}figure{margin:8px 0;page-break-inside:avoid}
figcaption{font-weight:600;margin-bottom:4px}.banner{background:#c62828;color:#fff;padding:4px 8px;font-weight:700;display:inline-block}.met{color:#2e7d32}.missed{color:#c62828}</style></head><body>
<div class="banner">EXERCISE — NOT REAL TRAFFIC</div>
<h1>After-action report: ${esc(e.name)}</h1>
<p>State ${esc(e.state)}; scenario ${esc(e.scenarioStart)} to ${esc(e.scenarioTime)} at ×${esc(e.speed)}; ${e.participants.length} participants (${e.participants.filter((p) => p.simulated).length} simulated). Generated ${esc(r.generatedAt)}.</p>
<h2>Expected actions</h2>
<p><span class="met">${s.met} met</span>, <span class="missed">${s.missed} missed</span>, ${s.pending} pending, of ${s.total}.</p>
${expectedChart(r)}
${table(['inject', 'id', 'action', 'check', 'by', 'limit', 'taken after', 'outcome'], r.expected.map((x) => [x.inject, x.id, x.description, `${x.kind}${x.category ? ` ${x.category}` : ''}`, x.by ?? 'anyone', `${x.withinMinutes} min`, fmt(x.minutes), x.outcome]))}
<h2>Assistance</h2>
<p>Overall: ${r.assistance.overall.requests} requests; medians to first offer ${fmt(r.assistance.overall.toFirstOffer)}, acceptance ${fmt(r.assistance.overall.toAcceptance)}, first delivery ${fmt(r.assistance.overall.toFirstDelivery)}, closure ${fmt(r.assistance.overall.toClosure)}.</p>
${assistanceChart(r)}
${table(['capability', 'requests', 'to first offer', 'to acceptance', 'to delivery', 'to closure'], r.assistance.byCategory.map((c) => [c.key, c.requests, fmt(c.toFirstOffer), fmt(c.toAcceptance), fmt(c.toFirstDelivery), fmt(c.toClosure)]))}
${table(['helpers (capability)', 'offers', 'accepted', 'declined', 'expired', 'to answer', 'to delivery'], r.assistance.helpers.map((h) => [h.key, h.offers, h.accepted, h.declined, h.expired, fmt(h.toAnswer), fmt(h.toDelivery)]))}
<h2>NIS2 reporting stages</h2>
${r.nis2.length === 0 ? '<p>No incidents.</p>' : table(['incident', 'nation', 'early warning (24 h)', 'notification (72 h)', 'final report (1 month)'], r.nis2.map((n) => [n.incidentId, n.nation, ...n.stages.map((st) => `${st.outcome}${st.hours === null ? '' : ` (${st.hours} h)`}`)]))}
<h2>Joint decisions</h2>
${r.decisions.length === 0 ? '<p>None put.</p>' : table(['decision', 'kind', 'procedure', 'state', 'outcome', 'rounds', 'to decide'], r.decisions.map((d) => [d.id, d.kind, d.procedure, d.state, d.outcome ?? '—', d.rounds, fmt(d.minutesToDecide)]))}
<h2>Injects</h2>
${latenessChart(r)}
<p>Released ${r.lateness.released} of ${r.injects.length}; lateness p50 ${fmt(r.lateness.p50Seconds, ' s')}, p99 ${fmt(r.lateness.p99Seconds, ' s')}, max ${fmt(r.lateness.maxSeconds, ' s')} (scenario time).</p>
<h2>Lessons learned</h2>
${r.lessons.length === 0 ? '<p>None written yet.</p>' : r.lessons.map((l) => `<h3>${esc(l.title)}</h3><p>${esc(l.text)}</p>`).join('')}
</body></html>`
}
