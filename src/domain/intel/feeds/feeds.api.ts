/** The use cases of intel feeds, as adapters call them. */
export { createFeed, getFeed, listFeeds, removeFeed, updateFeed } from './feeds.service'
export { pollDueFeeds, pollFeedNow } from './feeds.poll'
