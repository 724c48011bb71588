import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/deps'
import { assistanceRoutes } from './assistance'
import { auditRoutes } from './audit'
import { capabilityRoutes } from './capabilities'
import { decisionRoutes } from './decisions'
import { incidentRoutes } from './incidents'
import { intelRoutes } from './intel'
import { intelFeedRoutes } from './intel-feeds'
import { intelLookupRoutes } from './intel-lookup'
import { memberRoutes } from './members'
import { passkeyRoutes } from './passkeys'
import { sessionRoutes } from './session'
import { enrolmentRoutes } from './enrolment'
import { ssoRoutes } from './sso'
import { vocabRoutes } from './vocab'

/** Every route plugin under /api/v1; each capability adds its own here. */
export const API_ROUTES: FastifyPluginAsyncTypebox<{ deps: Deps }>[] = [memberRoutes, sessionRoutes, enrolmentRoutes, auditRoutes, capabilityRoutes, incidentRoutes, assistanceRoutes, decisionRoutes, intelRoutes, intelLookupRoutes, intelFeedRoutes, vocabRoutes, passkeyRoutes, ssoRoutes]
