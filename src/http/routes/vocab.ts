import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { AppError } from '../../core/errors'
import type { Deps } from '../../domain/deps'
import { findVocabulary, VOCABULARIES, type Vocabulary } from '../../domain/vocab'

const Entry = Type.Object({ id: Type.Union([Type.String(), Type.Integer()]), label: Type.String() }, { additionalProperties: true })
const VocabularyView = Type.Object({ name: Type.String(), label: Type.String(), source: Type.String(), usedBy: Type.Array(Type.String()), values: Type.Array(Entry) })
const tags = ['vocabularies']
const view = (v: Vocabulary) => ({ ...v, usedBy: [...v.usedBy], values: v.values.map((e) => ({ ...e })) })

/**
 * The allowed values of every field that takes one, with labels and sources. Public: they are
 * published standards, and a form needs them before anyone signs in.
 */
export const vocabRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app) => {
  app.get(
    '/vocab',
    { config: { auth: 'public' }, schema: { tags, summary: 'Every vocabulary: capability categories, NIS2 sectors, RSIT classes and types, NCISS levels, languages, urgencies', response: { 200: Type.Array(VocabularyView) } } },
    async () => VOCABULARIES.map(view),
  )
  app.get(
    '/vocab/:name',
    {
      config: { auth: 'public' },
      schema: { tags, summary: 'One vocabulary with its labels and source', params: Type.Object({ name: Type.String({ description: VOCABULARIES.map((v) => v.name).join(', ') }) }), response: { 200: VocabularyView } },
    },
    async (req) => {
      const v = findVocabulary(req.params.name)
      if (!v) throw new AppError(404, 'not_found', `No vocabulary "${req.params.name}"; there are: ${VOCABULARIES.map((x) => x.name).join(', ')}`)
      return view(v)
    },
  )
}
