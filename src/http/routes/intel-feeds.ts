import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import { FeedInput, FeedUpdate, FeedView, feeds } from '../../domain/intel'
import { actorOf } from '../../surfaces/auth'

const tags = ['intel feeds']

/** Intel feeds: remote TAXII 2.1 collections an organization's admin subscribes the hub to. Credentials go in, never out. */
export const intelFeedRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/intel/feeds',
    {
      schema: {
        tags,
        summary: 'Subscribe your organization to a remote TAXII 2.1 collection (its admin)',
        description: 'The credentials are sealed (AES-256-GCM) and never shown again. The first poll is due at once.',
        body: FeedInput,
        response: { 201: FeedView },
      },
    },
    async (req, reply) => reply.code(201).send(await feeds.createFeed(deps, actorOf(req), req.body)),
  )
  app.get('/intel/feeds', { schema: { tags, summary: 'The feeds you may read, with their state', response: { 200: Type.Array(FeedView) } } }, (req) =>
    feeds.listFeeds(deps, actorOf(req)),
  )
  app.get('/intel/feeds/:id', { schema: { tags, summary: 'One feed with its state', params: Params, response: { 200: FeedView } } }, (req) =>
    feeds.getFeed(deps, actorOf(req), req.params.id),
  )
  app.patch(
    '/intel/feeds/:id',
    { schema: { tags, summary: 'Change a feed (another API root or collection starts its cursor afresh)', params: Params, body: FeedUpdate, response: { 200: FeedView } } },
    (req) => feeds.updateFeed(deps, actorOf(req), req.params.id, req.body),
  )
  app.delete('/intel/feeds/:id', { schema: { tags, summary: 'End a subscription (what it imported stays); answers the feed as it was', params: Params, response: { 200: FeedView } } }, (req) =>
    feeds.removeFeed(deps, actorOf(req), req.params.id),
  )
  app.post(
    '/intel/feeds/:id/poll',
    { schema: { tags, summary: 'Poll a feed now and answer its state', params: Params, response: { 200: FeedView } } },
    (req) => feeds.pollFeedNow(deps, actorOf(req), req.params.id),
  )
}
