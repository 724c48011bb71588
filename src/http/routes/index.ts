import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Deps } from '../../domain/deps'
import { auditRoutes } from './audit'
import { intelLookupRoutes } from './intel-lookup'
import { memberRoutes } from './members'

/** Every route plugin under /api/v1; each capability adds its own here. */
export const API_ROUTES: FastifyPluginAsyncTypebox<{ deps: Deps }>[] = [memberRoutes, auditRoutes, intelLookupRoutes]
