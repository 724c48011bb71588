import type { Surface } from '../surfaces/surface'
import { problemDetails } from './problem-format'
import { API_ROUTES } from './routes'

/** The REST API under /api/v1: every capability's routes, errors as RFC 9457 problem details. */
export const apiSurface: Surface = {
  name: 'api',
  prefix: '/api/v1',
  errors: problemDetails,
  async register(app, { deps }) {
    for (const routes of API_ROUTES) await app.register(routes, { deps })
  },
}
