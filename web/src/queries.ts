/** The queries several pages share: who I am, the member directory (names for ids), vocabularies. */
import { useQuery } from '@tanstack/react-query'
import { api, ok } from './api'

export const useMe = () => useQuery({ queryKey: ['me'], queryFn: () => ok(api().GET('/api/v1/me')), retry: false })

export const useOrgs = () => useQuery({ queryKey: ['orgs'], queryFn: () => ok(api().GET('/api/v1/orgs')), staleTime: 60_000 })

/** An organization's name for its id; the id itself only while the directory loads. */
export function useOrgName(): (id: string | null | undefined) => string {
  const { data } = useOrgs()
  return (id) => {
    if (!id) return '—'
    return data?.find((o) => o.id === id)?.name ?? 'an organization'
  }
}

export type VocabName = 'capability-categories' | 'nis2-sectors' | 'rsit-classes' | 'rsit-types' | 'nciss-levels' | 'languages' | 'urgencies'

export const useVocab = (name: VocabName) =>
  useQuery({ queryKey: ['vocab', name], queryFn: () => ok(api().GET('/api/v1/vocab/{name}', { params: { path: { name } } })), staleTime: Infinity })

/** A vocabulary value's label, e.g. 'malware-analysis' → 'Malware analysis'. */
export function useLabel(name: VocabName): (id: string | number) => string {
  const { data } = useVocab(name)
  return (id) => data?.values.find((v) => v.id === id)?.label ?? String(id)
}
