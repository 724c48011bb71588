import type { ErrorFormat } from '../surfaces/surface'
import { buildProblem, errorToProblem, sendProblem } from './problem'

/** The hub's own error format: RFC 9457 problem details, for the API and wherever a surface names none. */
export const problemDetails: ErrorFormat = {
  onError(err, req, reply) {
    const problem = errorToProblem(err, req)
    if (problem.status >= 500) req.log.error({ err, requestId: req.id }, 'unhandled error')
    if (problem.status === 429 && typeof problem.retryAfter === 'number') void reply.header('retry-after', String(problem.retryAfter))
    return sendProblem(reply, problem)
  },
  onNotFound: (req, reply) => sendProblem(reply, buildProblem(req, 404, 'route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`)),
}
