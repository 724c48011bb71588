import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/deps'
import { assistanceRoutes } from './assistance'
import { auditRoutes } from './audit'
import { capabilityRoutes } from './capabilities'
import { exerciseRoutes } from './exercises'
import { decisionRoutes } from './decisions'
import { incidentRoutes } from './incidents'
import { intelRoutes } from './intel'
import { intelLookupRoutes } from './intel-lookup'
import { memberRoutes } from './members'
import { vocabRoutes } from './vocab'

/** Every route plugin under /api/v1; each capability adds its own here. */
export const API_ROUTES: FastifyPluginAsyncTypebox<{ deps: Deps }>[] = [memberRoutes, auditRoutes, capabilityRoutes, incidentRoutes, assistanceRoutes, decisionRoutes, intelRoutes, intelLookupRoutes, vocabRoutes, exerciseRoutes]
