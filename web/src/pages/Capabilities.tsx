/** Capabilities: the alliance's catalogue to browse; my organization's own to declare and put on standby. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { useState } from 'react'
import { Button, Form, Input, Label, TextField } from 'react-aria-components'
import { api, ok, type RequestBody, type ResponseBody } from '../api'
import { Choose, Loading, Problem } from '../components/Bits'
import { DataTable } from '../components/DataTable'
import { useLabel, useMe, useOrgName, useVocab } from '../queries'

type Capability = ResponseBody<'/api/v1/capabilities', 'get'>[number]
type NewCapability = RequestBody<'/api/v1/capabilities', 'post'>
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

export default function CapabilitiesPage() {
  const me = useMe()
  const category = useLabel('capability-categories')
  const orgName = useOrgName()
  const list = useQuery({ queryKey: ['capabilities'], queryFn: () => ok(api().GET('/api/v1/capabilities')) })
  const mine = (list.data ?? []).filter((c) => c.nation === me.data?.org.country || c.orgId === me.data?.org.id)
  const columns: ColumnDef<Capability, unknown>[] = [
    { header: 'Capability', accessorKey: 'category', cell: (c) => category(c.row.original.category) },
    { header: 'Lent by', id: 'org', cell: (c) => `${orgName(c.row.original.orgId)}${c.row.original.orgId === me.data?.org.id ? ' (mine)' : ''}` },
    { header: 'Capacity', accessorKey: 'capacity' },
    { header: 'Delivery', accessorKey: 'delivery' },
    { header: 'Answers within (h)', accessorKey: 'responseHours' },
    { header: 'Working hours', id: 'hours', cell: (c) => hoursInWords(c.row.original.workingHours) },
    { header: 'Languages', id: 'lang', cell: (c) => c.row.original.languages.join(', ') },
  ]
  return (
    <>
      <h1>Capabilities</h1>
      {list.isPending ? <Loading what="capabilities" /> : <Problem error={list.error} />}
      <DataTable caption="The alliance's catalogue" data={list.data ?? []} columns={columns} />
      <section aria-labelledby="mine-h">
        <h2 id="mine-h">My nation's capabilities: standby rota</h2>
        {mine.length === 0 && <p>None declared yet.</p>}
        <ul>
          {mine.map((c) => (
            <li key={c.id}>
              {category(c.category)}: <Standby capability={c} />
            </li>
          ))}
        </ul>
      </section>
      <Declare />
    </>
  )
}

const hoursInWords = (w: Capability['workingHours']) =>
  `${w.days.map((d) => DAYS[d - 1]).join(' ')} ${w.start === w.end ? 'all day' : `${w.start}–${w.end}`} (${w.tz})`

/** On standby from now for the given hours (answers offers outside working hours), or off standby. */
function Standby({ capability }: { capability: Capability }) {
  const queries = useQueryClient()
  const [hours, setHours] = useState('12')
  const path = { params: { path: { id: capability.id } } }
  const done = () => queries.invalidateQueries({ queryKey: ['capabilities'] })
  const on = useMutation({
    mutationFn: () => {
      const from = new Date()
      const until = new Date(from.getTime() + Number(hours) * 3_600_000)
      return ok(api().PUT('/api/v1/capabilities/{id}/standby', { ...path, body: { from: from.toISOString(), until: until.toISOString() } }))
    },
    onSuccess: done,
  })
  const off = useMutation({ mutationFn: () => ok(api().DELETE('/api/v1/capabilities/{id}/standby', path)), onSuccess: done })
  return (
    <span className="actions">
      <Form aria-label={`Standby for ${capability.category}`} onSubmit={(e) => (e.preventDefault(), on.mutate())}>
        <TextField name="hours" type="number" value={hours} onChange={setHours}>
          <Label>Standby hours from now</Label>
          <Input min={1} />
        </TextField>
        <Button type="submit">Go on standby</Button>
        <Button onPress={() => off.mutate()}>End standby</Button>
      </Form>
      <Problem error={on.error ?? off.error} />
    </span>
  )
}

function Declare() {
  const queries = useQueryClient()
  const categories = useVocab('capability-categories')
  const languages = useVocab('languages')
  const [category, setCategory] = useState('malware-analysis')
  const [description, setDescription] = useState('')
  const [capacity, setCapacity] = useState('1')
  const [language, setLanguage] = useState('en')
  const [delivery, setDelivery] = useState('remote')
  const [responseHours, setResponseHours] = useState('24')
  const [tz, setTz] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone)
  const [start, setStart] = useState('08:00')
  const [end, setEnd] = useState('18:00')
  const declare = useMutation({
    mutationFn: () =>
      ok(
        api().POST('/api/v1/capabilities', {
          body: {
            category: category as NewCapability['category'],
            description,
            capacity: Number(capacity),
            languages: [language as NewCapability['languages'][number]],
            delivery: delivery as NewCapability['delivery'],
            responseHours: Number(responseHours),
            sectors: [],
            workingHours: { tz, days: [1, 2, 3, 4, 5], start, end },
          },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['capabilities'] }),
  })
  return (
    <section aria-labelledby="declare-h">
      <h2 id="declare-h">Declare a capability</h2>
      <Form onSubmit={(e) => (e.preventDefault(), declare.mutate())}>
        <Choose label="Capability" name="category" value={category} onChange={setCategory} choices={categories.data?.values ?? []} />
        <TextField name="description" isRequired value={description} onChange={setDescription}>
          <Label>Description</Label>
          <Input />
        </TextField>
        <TextField name="capacity" type="number" isRequired value={capacity} onChange={setCapacity}>
          <Label>Assignments at once</Label>
          <Input min={1} />
        </TextField>
        <Choose label="Language" name="language" value={language} onChange={setLanguage} choices={languages.data?.values ?? []} />
        <Choose label="Delivery" name="delivery" value={delivery} onChange={setDelivery} choices={[{ id: 'remote', label: 'remote' }, { id: 'on_site', label: 'on site' }, { id: 'both', label: 'both' }]} />
        <TextField name="responseHours" type="number" isRequired value={responseHours} onChange={setResponseHours}>
          <Label>Answers within (hours)</Label>
          <Input min={0} />
        </TextField>
        <TextField name="tz" isRequired value={tz} onChange={setTz}>
          <Label>Time zone of the working hours</Label>
          <Input />
        </TextField>
        <TextField name="start" isRequired value={start} onChange={setStart}>
          <Label>Weekdays from (HH:MM)</Label>
          <Input />
        </TextField>
        <TextField name="end" isRequired value={end} onChange={setEnd}>
          <Label>until (HH:MM)</Label>
          <Input />
        </TextField>
        <Button type="submit" isDisabled={declare.isPending}>
          Declare
        </Button>
      </Form>
      <Problem error={declare.error} />
    </section>
  )
}
