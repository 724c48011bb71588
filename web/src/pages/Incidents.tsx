/** Incidents: the list with its filters, and the report form whose choices come from the vocabularies. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { useState } from 'react'
import { Button, Checkbox, Form, Input, Label, TextArea, TextField } from 'react-aria-components'
import { Link, useNavigate } from 'react-router'
import { api, ok, type RequestBody, type ResponseBody } from '../api'
import { Choose, Loading, Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { MarkingPicker, type Marking } from '../components/MarkingPicker'
import { TLP_LEVELS, TlpLabel } from '../components/Tlp'
import { Time } from '../components/Time'
import { useLabel, useVocab } from '../queries'

type Incident = ResponseBody<'/api/v1/incidents', 'get'>[number]
type NewIncident = RequestBody<'/api/v1/incidents', 'post'>
const STATUSES = ['open', 'contained', 'recovered', 'closed'] as const
const any = <option value="">any</option>

export function IncidentsPage() {
  const [status, setStatus] = useState('')
  const [sector, setSector] = useState('')
  const [severity, setSeverity] = useState('')
  const [nation, setNation] = useState('')
  const [tlp, setTlp] = useState('')
  const sectors = useVocab('nis2-sectors')
  const levels = useVocab('nciss-levels')
  const sectorLabel = useLabel('nis2-sectors')
  const list = useQuery({
    queryKey: ['incidents', status],
    queryFn: () => ok(api().GET('/api/v1/incidents', { params: { query: status ? { status: status as (typeof STATUSES)[number] } : {} } })),
  })
  const rows = (list.data ?? []).filter(
    (i) => (!sector || i.sectors.includes(sector)) && (!severity || String(i.severity) === severity) && (!nation || i.nationName === nation) && (!tlp || i.tlp === tlp),
  )
  const nations = [...new Set((list.data ?? []).map((i) => i.nationName).filter((n): n is string => !!n))]
  const columns: ColumnDef<Incident, unknown>[] = [
    { header: 'TLP', accessorKey: 'tlp', cell: (c) => <TlpLabel tlp={c.row.original.tlp} /> },
    { header: 'Title', accessorKey: 'title', cell: (c) => <Link to={`/incidents/${c.row.original.id}`}>{c.row.original.title}</Link> },
    { header: 'Status', accessorKey: 'status' },
    { header: 'Severity', accessorKey: 'severity', cell: (c) => c.row.original.severityName },
    { header: 'Sectors', id: 'sectors', cell: (c) => c.row.original.sectors.map(sectorLabel).join(', ') },
    { header: 'Nation', accessorKey: 'nationName' },
    { header: 'Reported', accessorKey: 'reportedAt', cell: (c) => <Time at={c.row.original.reportedAt} /> },
  ]
  return (
    <>
      <h1>Incidents</h1>
      <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <Choose label="Status" name="status" value={status} onChange={setStatus} choices={STATUSES.map((s) => ({ id: s, label: s }))}>
          {any}
        </Choose>
        <Choose label="Sector" name="sector" value={sector} onChange={setSector} choices={sectors.data?.values ?? []}>
          {any}
        </Choose>
        <Choose label="Severity" name="severity" value={severity} onChange={setSeverity} choices={levels.data?.values ?? []}>
          {any}
        </Choose>
        <Choose label="Nation" name="nation" value={nation} onChange={setNation} choices={nations.map((n) => ({ id: n, label: n }))}>
          {any}
        </Choose>
        <Choose label="TLP" name="tlpFilter" value={tlp} onChange={setTlp} choices={TLP_LEVELS.map((t) => ({ id: t, label: `TLP:${t}` }))}>
          {any}
        </Choose>
      </form>
      {list.isPending ? <Loading what="incidents" /> : <Problem error={list.error} />}
      <DataTable caption="Incidents you may see" data={rows} columns={columns} />
      <ReportIncident />
    </>
  )
}

function ReportIncident() {
  const navigate = useNavigate()
  const queries = useQueryClient()
  const sectors = useVocab('nis2-sectors')
  const classes = useVocab('rsit-classes')
  const types = useVocab('rsit-types')
  const levels = useVocab('nciss-levels')
  const [title, setTitle] = useState('')
  const [summary, setSummary] = useState('')
  const [sector, setSector] = useState('energy-electricity')
  const [rsitClass, setRsitClass] = useState('malicious-code')
  const [rsitType, setRsitType] = useState('infected-system')
  const [severity, setSeverity] = useState('3')
  const [malicious, setMalicious] = useState(true)
  const [crossBorder, setCrossBorder] = useState(false)
  const [marking, setMarking] = useState<Marking>({ tlp: 'AMBER', audienceOrgs: [] })
  const report = useMutation({
    mutationFn: () =>
      ok(
        api().POST('/api/v1/incidents', {
          body: {
            title,
            summary,
            sectors: [sector as NewIncident['sectors'][number]],
            rsitClass: rsitClass as NewIncident['rsitClass'],
            rsitType: rsitType as NewIncident['rsitType'],
            severity: Number(severity) as NewIncident['severity'],
            malicious,
            crossBorder,
            tlp: marking.tlp,
            ...(marking.audienceOrgs.length ? { audienceOrgs: marking.audienceOrgs } : {}),
          },
        }),
      ),
    onSuccess: async (inc) => {
      await queries.invalidateQueries({ queryKey: ['incidents'] })
      await navigate(`/incidents/${inc.id}`)
    },
  })
  const typesOfClass = (types.data?.values ?? []).filter((t) => !('class' in t) || t.class === rsitClass)
  return (
    <section aria-labelledby="report-h">
      <h2 id="report-h">Report an incident</h2>
      <Form
        onSubmit={(e) => {
          e.preventDefault()
          report.mutate()
        }}
      >
        <TextField name="title" isRequired value={title} onChange={setTitle}>
          <Label>Title</Label>
          <Input />
        </TextField>
        <TextField name="summary" isRequired value={summary} onChange={setSummary}>
          <Label>Summary</Label>
          <TextArea />
        </TextField>
        <Choose label="Sector" name="sector" value={sector} onChange={setSector} choices={sectors.data?.values ?? []} />
        <Choose label="Class (ENISA RSIT)" name="rsitClass" value={rsitClass} onChange={setRsitClass} choices={classes.data?.values ?? []} />
        <Choose label="Type" name="rsitType" value={rsitType} onChange={setRsitType} choices={typesOfClass} />
        <Choose label="Severity" name="severity" value={severity} onChange={setSeverity} choices={levels.data?.values ?? []} />
        <Checkbox isSelected={malicious} onChange={setMalicious}>
          <span className="box" aria-hidden="true" /> Malicious
        </Checkbox>
        <Checkbox isSelected={crossBorder} onChange={setCrossBorder}>
          <span className="box" aria-hidden="true" /> Crosses borders
        </Checkbox>
        <MarkingPicker value={marking} onChange={setMarking} />
        <Button type="submit" isDisabled={report.isPending}>
          Report
        </Button>
      </Form>
      <Problem error={report.error} />
    </section>
  )
}
