/** The use cases of assistance, one namespace for the adapters (HTTP, CLI, jobs). */
export { approveSummary, cancelRequest, closeRequest, createRequest, draftDecidedRequest, listRequests, previewCandidates, rateAsRecipient, startWork, submitRequest, type DecidedRequest } from './requests.service'
export { acceptOffer, coordinatorOffer, declineOffer, deliver, getOffer, getRequest, listEscalations, listMyOffers } from './offers.service'
export { assistanceMetrics } from './metrics.service'
