/** The use cases of assistance, one namespace for the adapters (HTTP, CLI, jobs). */
export { approveSummary, cancelRequest, closeRequest, createRequest, listRequests, previewCandidates, rateAsRecipient, startWork, submitRequest } from './requests.service'
export { acceptOffer, coordinatorOffer, declineOffer, deliver, getOffer, getRequest, listEscalations, listMyOffers } from './offers.service'
export { assistanceMetrics } from './metrics.service'
