/** Intel: look up many values at once, import a STIX bundle with a progress bar, export. */
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, Form, Label, ProgressBar, TextArea, TextField } from 'react-aria-components'
import { api, ok, rawJson } from '../api'
import { Link } from 'react-router'
import { Problem } from '../components/Bits'
import { TlpLabel } from '../components/Tlp'
import { Time } from '../components/Time'

export default function IntelPage() {
  const [values, setValues] = useState('')
  const recent = useQuery({ queryKey: ['intel', 'recent'], queryFn: () => ok(api().GET('/api/v1/intel/objects', { params: { query: { limit: 20 } } })) })
  const lookup = useMutation({
    mutationFn: () => ok(api().POST('/api/v1/intel/lookup', { body: { values: values.split(/\s+/).filter(Boolean) } })),
  })
  const [progress, setProgress] = useState<number | null>(null)
  const importFile = useMutation({
    mutationFn: async (file: File) => {
      setProgress(0)
      const text = await file.text()
      setProgress(50)
      const result = await ok(api().POST('/api/v1/intel/bundles', rawJson(text)))
      setProgress(100)
      return result
    },
  })
  return (
    <>
      <h1>Intel</h1>
      <section aria-labelledby="lookup-h">
        <h2 id="lookup-h">Look up values</h2>
        <Form onSubmit={(e) => (e.preventDefault(), lookup.mutate())}>
          <TextField name="values" isRequired value={values} onChange={setValues}>
            <Label>Values, one per line (IPs, domains, URLs, hashes, e-mail addresses)</Label>
            <TextArea rows={5} />
          </TextField>
          <Button type="submit">Look up</Button>
        </Form>
        {lookup.data && (
          <p role="status">
            {lookup.data.keys} values read, {lookup.data.matches} matches you may see, {lookup.data.notUnderstood} not understood.
          </p>
        )}
        <ul>
          {(lookup.data?.results ?? []).flatMap((r) =>
            r.matches.map((m) => (
              <li key={`${m.key}-${m.objectId}`}>
                {m.key}: held by {m.orgName ?? 'an organization'} in <Link to={`/intel/objects/${m.objectId}`}>{m.objectId}</Link>
              </li>
            )),
          )}
        </ul>
        <Problem error={lookup.error} />
      </section>
      <section aria-labelledby="import-h">
        <h2 id="import-h">Import a STIX 2.1 bundle</h2>
        <label className="field">
          <span>STIX file</span>
          <input type="file" name="bundle" accept=".json,application/json" onChange={(e) => e.target.files?.[0] && importFile.mutate(e.target.files[0])} />
        </label>
        {progress !== null && (
          <ProgressBar value={progress} aria-label="Import progress">
            {({ percentage }) => (
              <span className="bar">
                <span className="fill" style={{ width: `${percentage}%` }} />
              </span>
            )}
          </ProgressBar>
        )}
        {importFile.data && <p role="status">{importFile.data.added} objects added.</p>}
        <Problem error={importFile.error} />
      </section>
      <section aria-labelledby="recent-h">
        <h2 id="recent-h">Latest objects you may see</h2>
        <ul>
          {(recent.data?.objects ?? []).map((o) => (
            <li key={`${o.id}-${o.modified ?? ''}`}>
              <TlpLabel tlp={o.tlp} /> <Link to={`/intel/objects/${o.id}`}>{String(o.object.name ?? o.id)}</Link> ({o.type}), added <Time at={o.dateAdded} />
            </li>
          ))}
        </ul>
        <Problem error={recent.error} />
      </section>
      <section aria-labelledby="export-h">
        <h2 id="export-h">Export</h2>
        <p>
          <a href="/api/v1/intel/export" download="shieldwall-intel.json">
            Download the intel you may see as one STIX 2.1 bundle
          </a>
        </p>
      </section>
    </>
  )
}
