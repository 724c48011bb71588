/** The incident's own facts, changed in place through PATCH /api/v1/incidents/{id}; every choice comes from a vocabulary. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Checkbox, CheckboxGroup, Form, Input, Label, TextArea, TextField } from 'react-aria-components'
import { api, ok, type RequestBody, type ResponseBody } from '../api'
import { Choose, Problem } from '../components/Bits'
import { useVocab } from '../queries'

type Incident = ResponseBody<'/api/v1/incidents/{id}', 'get'>
type Change = RequestBody<'/api/v1/incidents/{id}', 'patch'>

export function EditIncident({ incident }: { incident: Incident }) {
  const queries = useQueryClient()
  const sectorChoices = useVocab('nis2-sectors')
  const classes = useVocab('rsit-classes')
  const types = useVocab('rsit-types')
  const levels = useVocab('nciss-levels')
  const [title, setTitle] = useState(incident.title)
  const [summary, setSummary] = useState(incident.summary)
  const [sectors, setSectors] = useState<string[]>(incident.sectors)
  const [rsitClass, setRsitClass] = useState<string>(incident.rsitClass)
  const [rsitType, setRsitType] = useState<string>(incident.rsitType)
  const [severity, setSeverity] = useState(String(incident.severity))
  const [malicious, setMalicious] = useState(incident.malicious)
  const [crossBorder, setCrossBorder] = useState(incident.crossBorder)
  const typesOfClass = (types.data?.values ?? []).filter((t) => !('class' in t) || t.class === rsitClass)
  const save = useMutation({
    mutationFn: () =>
      ok(
        api().PATCH('/api/v1/incidents/{id}', {
          params: { path: { id: incident.id } },
          body: {
            title,
            summary,
            sectors: sectors as NonNullable<Change['sectors']>,
            rsitClass: rsitClass as Change['rsitClass'],
            rsitType: rsitType as Change['rsitType'],
            severity: Number(severity) as Change['severity'],
            malicious,
            crossBorder,
          },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['incident', incident.id] }),
  })
  // A class change leaves the old type outside the new class: take the class's first type instead.
  const pickClass = (c: string) => {
    setRsitClass(c)
    const first = (types.data?.values ?? []).find((t) => !('class' in t) || t.class === c)
    if (first) setRsitType(String(first.id))
  }
  return (
    <section aria-labelledby="edit-h">
      <h2 id="edit-h">Update the incident</h2>
      <Form aria-label="Update the incident" onSubmit={(e) => (e.preventDefault(), save.mutate())}>
        <TextField name="title" isRequired value={title} onChange={setTitle}>
          <Label>Title</Label>
          <Input />
        </TextField>
        <TextField name="summary" isRequired value={summary} onChange={setSummary}>
          <Label>Summary</Label>
          <TextArea />
        </TextField>
        <CheckboxGroup value={sectors} onChange={setSectors} className="audience" isRequired>
          <Label>Sectors</Label>
          {(sectorChoices.data?.values ?? []).map((s) => (
            <Checkbox key={String(s.id)} value={String(s.id)}>
              <span className="box" aria-hidden="true" /> {s.label}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <Choose label="Class (ENISA RSIT)" name="rsitClass" value={rsitClass} onChange={pickClass} choices={classes.data?.values ?? []} />
        <Choose label="Type" name="rsitType" value={rsitType} onChange={setRsitType} choices={typesOfClass} />
        <Choose label="Severity" name="severity" value={severity} onChange={setSeverity} choices={levels.data?.values ?? []} />
        <Checkbox isSelected={malicious} onChange={setMalicious}>
          <span className="box" aria-hidden="true" /> Malicious
        </Checkbox>
        <Checkbox isSelected={crossBorder} onChange={setCrossBorder}>
          <span className="box" aria-hidden="true" /> Crosses borders
        </Checkbox>
        <Button type="submit" isDisabled={save.isPending}>
          Save changes
        </Button>
        {save.isSuccess && <p role="status">Saved.</p>}
      </Form>
      <Problem error={save.error} />
    </section>
  )
}
