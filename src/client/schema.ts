/**
 * GENERATED from openapi.json by openapi-typescript: do not edit. Run `npm run openapi` after changing a route.
 */
export interface paths {
    "/api/v1/assistance/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests that found nobody (hub coordinators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            delivery: string;
                            escalatedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            needed: number;
                            neededBy: string | null;
                            offersTried: number;
                            sanitizedSummary: string;
                            severity: number;
                            urgency: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers made to the caller’s organization */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answerDueAt: string;
                            answeredAt: string | null;
                            byCoordinator: string | null;
                            /** Format: uuid */
                            capabilityId: string;
                            deliverable: string | null;
                            deliverableIntelIds: string[];
                            deliveredAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId?: string;
                            parts: {
                                contribution: number;
                                name: string;
                                value: number;
                                weight: number;
                            }[];
                            /** Format: uuid */
                            providerOrg: string;
                            rank: number | null;
                            reason: string | null;
                            request: {
                                category: string;
                                delivery: string;
                                /** Format: uuid */
                                id: string;
                                languages: string[];
                                needed: number;
                                neededBy: string | null;
                                sanitizedSummary: string;
                                urgency: string;
                            };
                            /** Format: uuid */
                            requestId: string;
                            round: number;
                            score: number | null;
                            /** Format: date-time */
                            sentAt: string;
                            state: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer (sanitized until accepted) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answerDueAt: string;
                            answeredAt: string | null;
                            byCoordinator: string | null;
                            /** Format: uuid */
                            capabilityId: string;
                            deliverable: string | null;
                            deliverableIntelIds: string[];
                            deliveredAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId?: string;
                            parts: {
                                contribution: number;
                                name: string;
                                value: number;
                                weight: number;
                            }[];
                            /** Format: uuid */
                            providerOrg: string;
                            rank: number | null;
                            reason: string | null;
                            request: {
                                category: string;
                                delivery: string;
                                /** Format: uuid */
                                id: string;
                                languages: string[];
                                needed: number;
                                neededBy: string | null;
                                sanitizedSummary: string;
                                urgency: string;
                            };
                            /** Format: uuid */
                            requestId: string;
                            round: number;
                            score: number | null;
                            /** Format: date-time */
                            sentAt: string;
                            state: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/offers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an offer (provider’s POC) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answerDueAt: string;
                            answeredAt: string | null;
                            byCoordinator: string | null;
                            /** Format: uuid */
                            capabilityId: string;
                            deliverable: string | null;
                            deliverableIntelIds: string[];
                            deliveredAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId?: string;
                            parts: {
                                contribution: number;
                                name: string;
                                value: number;
                                weight: number;
                            }[];
                            /** Format: uuid */
                            providerOrg: string;
                            rank: number | null;
                            reason: string | null;
                            request: {
                                category: string;
                                delivery: string;
                                /** Format: uuid */
                                id: string;
                                languages: string[];
                                needed: number;
                                neededBy: string | null;
                                sanitizedSummary: string;
                                urgency: string;
                            };
                            /** Format: uuid */
                            requestId: string;
                            round: number;
                            score: number | null;
                            /** Format: date-time */
                            sentAt: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/offers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline with a reason (provider’s POC) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answerDueAt: string;
                            answeredAt: string | null;
                            byCoordinator: string | null;
                            /** Format: uuid */
                            capabilityId: string;
                            deliverable: string | null;
                            deliverableIntelIds: string[];
                            deliveredAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId?: string;
                            parts: {
                                contribution: number;
                                name: string;
                                value: number;
                                weight: number;
                            }[];
                            /** Format: uuid */
                            providerOrg: string;
                            rank: number | null;
                            reason: string | null;
                            request: {
                                category: string;
                                delivery: string;
                                /** Format: uuid */
                                id: string;
                                languages: string[];
                                needed: number;
                                neededBy: string | null;
                                sanitizedSummary: string;
                                urgency: string;
                            };
                            /** Format: uuid */
                            requestId: string;
                            round: number;
                            score: number | null;
                            /** Format: date-time */
                            sentAt: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/offers/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deliver: text plus linked intel (helper) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intelIds?: string[];
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            answerDueAt: string;
                            answeredAt: string | null;
                            byCoordinator: string | null;
                            /** Format: uuid */
                            capabilityId: string;
                            deliverable: string | null;
                            deliverableIntelIds: string[];
                            deliveredAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId?: string;
                            parts: {
                                contribution: number;
                                name: string;
                                value: number;
                                weight: number;
                            }[];
                            /** Format: uuid */
                            providerOrg: string;
                            rank: number | null;
                            reason: string | null;
                            request: {
                                category: string;
                                delivery: string;
                                /** Format: uuid */
                                id: string;
                                languages: string[];
                                needed: number;
                                neededBy: string | null;
                                sanitizedSummary: string;
                                urgency: string;
                            };
                            /** Format: uuid */
                            requestId: string;
                            round: number;
                            score: number | null;
                            /** Format: date-time */
                            sentAt: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests of the caller’s nation it may see */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Draft a request for help on an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description capability category asked for */
                        category: string;
                        /** @enum {string} */
                        delivery: "remote" | "on_site" | "either";
                        excludedNations?: string[];
                        /** Format: uuid */
                        incidentId: string;
                        /** @description ISO 639-1; any one will do; empty: no constraint */
                        languages: string[];
                        /** @description how many helpers */
                        needed: number;
                        /** Format: date-time */
                        neededBy?: string;
                        /** @description all that candidates see before they accept */
                        sanitizedSummary: string;
                        /** @enum {string} */
                        urgency: "critical" | "high" | "medium" | "low";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request, as the caller may see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        } | {
                            category: string;
                            delivery: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                incidentId?: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                request: {
                                    category: string;
                                    delivery: string;
                                    /** Format: uuid */
                                    id: string;
                                    languages: string[];
                                    needed: number;
                                    neededBy: string | null;
                                    sanitizedSummary: string;
                                    urgency: string;
                                };
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            sanitizedSummary: string;
                            urgency: string;
                            /** @enum {string} */
                            view: "candidate";
                        } | {
                            category: string;
                            delivery: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            needed: number;
                            neededBy: string | null;
                            sanitizedSummary: string;
                            state: string;
                            urgency: string;
                            /** @enum {string} */
                            view: "escalation";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/approve-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the sanitized summary (requester) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel; open offers are withdrawn (requester) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current ranking, each candidate’s score in parts (requester) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            excluded: {
                                capabilityIds: string[];
                                description: string;
                                reason: string;
                            }[];
                            ranked: {
                                /** Format: uuid */
                                capabilityId: string;
                                nation: string;
                                /** Format: uuid */
                                orgId: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                rank: number;
                                score: number;
                            }[];
                            weights: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close with a rating 1–5 (requester) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        rating: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer an escalated request by hand (hub coordinators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        capabilityId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string;
                            delivery: string;
                            escalatedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            needed: number;
                            neededBy: string | null;
                            offersTried: number;
                            sanitizedSummary: string;
                            severity: number;
                            urgency: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Work begins (requester or accepted helper) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assistance/requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit: match and send offers (the nation’s POC) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledAt: string | null;
                            category: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            delivery: string;
                            escalatedAt: string | null;
                            excludedNations: string[];
                            firstAcceptedAt: string | null;
                            firstDeliveredAt: string | null;
                            firstOfferAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            incidentId: string;
                            languages: string[];
                            /** Format: uuid */
                            nationId: string;
                            needed: number;
                            neededBy: string | null;
                            offers: {
                                /** Format: date-time */
                                answerDueAt: string;
                                answeredAt: string | null;
                                byCoordinator: string | null;
                                /** Format: uuid */
                                capabilityId: string;
                                deliverable: string | null;
                                deliverableIntelIds: string[];
                                deliveredAt: string | null;
                                /** Format: uuid */
                                id: string;
                                parts: {
                                    contribution: number;
                                    name: string;
                                    value: number;
                                    weight: number;
                                }[];
                                /** Format: uuid */
                                providerOrg: string;
                                rank: number | null;
                                reason: string | null;
                                /** Format: uuid */
                                requestId: string;
                                round: number;
                                score: number | null;
                                /** Format: date-time */
                                sentAt: string;
                                state: string;
                            }[];
                            rating: number | null;
                            ratingComment: string | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            round: number;
                            sanitizedSummary: string;
                            severity: number;
                            state: string;
                            submittedAt: string | null;
                            summaryApprovedAt: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            urgency: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first (admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description only entries with a smaller seq */
                    before?: number;
                    subject?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            actor: string;
                            actorOrg: string | null;
                            at: string;
                            detail: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            prevHash: string;
                            seq: number;
                            subject: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walk the hash chain and name the first broken link (hub admins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt?: number;
                            entries: number;
                            head?: string;
                            ok: boolean;
                            reason?: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the catalogue */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    /** @description ISO 3166-1 alpha-2 code of a member nation */
                    nation?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            delivery: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            /** Format: uuid */
                            orgId: string;
                            responseHours: number;
                            sectors: string[];
                            serves: {
                                never?: string[];
                                only?: string[];
                            };
                            standby: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                            visibleTo: string[] | null;
                            workingHours: {
                                days: number[];
                                end: string;
                                start: string;
                                tz: string;
                            };
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Declare a capability (a nation’s POC or admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description assignments at once */
                        capacity: number;
                        /** @description FIRST CSIRT Services Framework 2.1 service or hub category (src/domain/vocab/capability-categories.ts) */
                        category: string;
                        /** @enum {string} */
                        delivery: "remote" | "on_site" | "both";
                        description: string;
                        /** @description ISO 639-1 codes */
                        languages: string[];
                        /**
                         * Format: uuid
                         * @description the lending organization: the nation or one under it; default the caller’s
                         */
                        orgId?: string;
                        /** @description response-time commitment */
                        responseHours: number;
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors: string[];
                        serves?: {
                            never?: string[];
                            only?: string[];
                        };
                        /** @description only these nations may see it (AMBER+STRICT); absent: every member (GREEN) */
                        visibleTo?: string[];
                        workingHours: {
                            /** @description ISO weekdays on which a shift starts (1 = Monday) */
                            days: number[];
                            /** @description HH:MM; before start: the shift runs past midnight */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                            /** @description IANA time zone, e.g. Europe/Tallinn */
                            tz: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            delivery: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            /** Format: uuid */
                            orgId: string;
                            responseHours: number;
                            sectors: string[];
                            serves: {
                                never?: string[];
                                only?: string[];
                            };
                            standby: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                            visibleTo: string[] | null;
                            workingHours: {
                                days: number[];
                                end: string;
                                start: string;
                                tz: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capabilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One capability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            delivery: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            /** Format: uuid */
                            orgId: string;
                            responseHours: number;
                            sectors: string[];
                            serves: {
                                never?: string[];
                                only?: string[];
                            };
                            standby: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                            visibleTo: string[] | null;
                            workingHours: {
                                days: number[];
                                end: string;
                                start: string;
                                tz: string;
                            };
                        };
                    };
                };
            };
        };
        /** Replace a capability’s description */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description assignments at once */
                        capacity: number;
                        /** @description FIRST CSIRT Services Framework 2.1 service or hub category (src/domain/vocab/capability-categories.ts) */
                        category: string;
                        /** @enum {string} */
                        delivery: "remote" | "on_site" | "both";
                        description: string;
                        /** @description ISO 639-1 codes */
                        languages: string[];
                        /**
                         * Format: uuid
                         * @description the lending organization: the nation or one under it; default the caller’s
                         */
                        orgId?: string;
                        /** @description response-time commitment */
                        responseHours: number;
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors: string[];
                        serves?: {
                            never?: string[];
                            only?: string[];
                        };
                        /** @description only these nations may see it (AMBER+STRICT); absent: every member (GREEN) */
                        visibleTo?: string[];
                        workingHours: {
                            /** @description ISO weekdays on which a shift starts (1 = Monday) */
                            days: number[];
                            /** @description HH:MM; before start: the shift runs past midnight */
                            end: string;
                            /** @description HH:MM */
                            start: string;
                            /** @description IANA time zone, e.g. Europe/Tallinn */
                            tz: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            delivery: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            /** Format: uuid */
                            orgId: string;
                            responseHours: number;
                            sectors: string[];
                            serves: {
                                never?: string[];
                                only?: string[];
                            };
                            standby: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                            visibleTo: string[] | null;
                            workingHours: {
                                days: number[];
                                end: string;
                                start: string;
                                tz: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/capabilities/{id}/standby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a capability on standby for a period (a rota) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        until: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            delivery: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            /** Format: uuid */
                            orgId: string;
                            responseHours: number;
                            sectors: string[];
                            serves: {
                                never?: string[];
                                only?: string[];
                            };
                            standby: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                            visibleTo: string[] | null;
                            workingHours: {
                                days: number[];
                                end: string;
                                start: string;
                                tz: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** End a standby */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            capacity: number;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            delivery: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            languages: string[];
                            nation: string;
                            /** Format: uuid */
                            orgId: string;
                            responseHours: number;
                            sectors: string[];
                            serves: {
                                never?: string[];
                                only?: string[];
                            };
                            standby: {
                                /** Format: date-time */
                                from: string;
                                /** Format: date-time */
                                until: string;
                            } | null;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                            visibleTo: string[] | null;
                            workingHours: {
                                days: number[];
                                end: string;
                                start: string;
                                tz: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents the caller may see */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "contained" | "recovered" | "closed";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attackIds: string[];
                            audienceOrgs: string[];
                            audienceUsers: string[];
                            /** Format: date-time */
                            awareAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            crossBorder: boolean;
                            detectedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            intelIds: string[];
                            malicious: boolean;
                            /** Format: uuid */
                            nationId: string;
                            nis2?: {
                                anyOverdue: boolean;
                                /** Format: date-time */
                                awareAt: string;
                                next: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                } | null;
                                stages: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            orgId: string;
                            /** Format: date-time */
                            reportedAt: string;
                            reportedBy: string;
                            rsitClass: string;
                            rsitType: string;
                            sectors: string[];
                            severity: number;
                            severityName: string;
                            startedAt: string | null;
                            status: string;
                            summary: string;
                            timeline?: {
                                /** Format: date-time */
                                at: string;
                                author: string;
                                authorOrg: string;
                                /** Format: date-time */
                                happenedAt: string;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            title: string;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Report an incident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description MITRE ATT&CK technique ids: T1234 or T1234.001 */
                        attackIds?: string[];
                        /** @description AMBER / AMBER+STRICT audience */
                        audienceOrgs?: string[];
                        /** @description RED audience */
                        audienceUsers?: string[];
                        /**
                         * Format: date-time
                         * @description when the reporter became aware (starts the NIS2 clock); default detectedAt, else now
                         */
                        awareAt?: string;
                        crossBorder: boolean;
                        detectedAt?: string | null;
                        /** @description STIX ids of linked intel */
                        intelIds?: string[];
                        malicious: boolean;
                        /**
                         * Format: uuid
                         * @description reporting organization: the caller’s or one under it; default the caller’s
                         */
                        orgId?: string;
                        /** @description ENISA RSIT class (machine tag predicate) */
                        rsitClass: string;
                        /** @description ENISA RSIT type within the class */
                        rsitType: string;
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors: string[];
                        /** @description NCISS level 0 (Baseline) to 5 (Emergency) */
                        severity: number;
                        startedAt?: string | null;
                        summary: string;
                        title: string;
                        /** @enum {string} */
                        tlp: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attackIds: string[];
                            audienceOrgs: string[];
                            audienceUsers: string[];
                            /** Format: date-time */
                            awareAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            crossBorder: boolean;
                            detectedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            intelIds: string[];
                            malicious: boolean;
                            /** Format: uuid */
                            nationId: string;
                            nis2?: {
                                anyOverdue: boolean;
                                /** Format: date-time */
                                awareAt: string;
                                next: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                } | null;
                                stages: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            orgId: string;
                            /** Format: date-time */
                            reportedAt: string;
                            reportedBy: string;
                            rsitClass: string;
                            rsitType: string;
                            sectors: string[];
                            severity: number;
                            severityName: string;
                            startedAt: string | null;
                            status: string;
                            summary: string;
                            timeline?: {
                                /** Format: date-time */
                                at: string;
                                author: string;
                                authorOrg: string;
                                /** Format: date-time */
                                happenedAt: string;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            title: string;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incident, with its NIS2 clock and timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attackIds: string[];
                            audienceOrgs: string[];
                            audienceUsers: string[];
                            /** Format: date-time */
                            awareAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            crossBorder: boolean;
                            detectedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            intelIds: string[];
                            malicious: boolean;
                            /** Format: uuid */
                            nationId: string;
                            nis2?: {
                                anyOverdue: boolean;
                                /** Format: date-time */
                                awareAt: string;
                                next: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                } | null;
                                stages: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            orgId: string;
                            /** Format: date-time */
                            reportedAt: string;
                            reportedBy: string;
                            rsitClass: string;
                            rsitType: string;
                            sectors: string[];
                            severity: number;
                            severityName: string;
                            startedAt: string | null;
                            status: string;
                            summary: string;
                            timeline?: {
                                /** Format: date-time */
                                at: string;
                                author: string;
                                authorOrg: string;
                                /** Format: date-time */
                                happenedAt: string;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            title: string;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an incident */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description MITRE ATT&CK technique ids: T1234 or T1234.001 */
                        attackIds?: string[];
                        crossBorder?: boolean;
                        detectedAt?: string | null;
                        earlyWarningAt?: string | null;
                        finalReportAt?: string | null;
                        /** @description STIX ids of linked intel */
                        intelIds?: string[];
                        malicious?: boolean;
                        notificationAt?: string | null;
                        /** @description ENISA RSIT class (machine tag predicate) */
                        rsitClass?: string;
                        /** @description ENISA RSIT type within the class */
                        rsitType?: string;
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors?: string[];
                        /** @description NCISS level 0 (Baseline) to 5 (Emergency) */
                        severity?: number;
                        startedAt?: string | null;
                        summary?: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attackIds: string[];
                            audienceOrgs: string[];
                            audienceUsers: string[];
                            /** Format: date-time */
                            awareAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            crossBorder: boolean;
                            detectedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            intelIds: string[];
                            malicious: boolean;
                            /** Format: uuid */
                            nationId: string;
                            nis2?: {
                                anyOverdue: boolean;
                                /** Format: date-time */
                                awareAt: string;
                                next: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                } | null;
                                stages: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            orgId: string;
                            /** Format: date-time */
                            reportedAt: string;
                            reportedBy: string;
                            rsitClass: string;
                            rsitType: string;
                            sectors: string[];
                            severity: number;
                            severityName: string;
                            startedAt: string | null;
                            status: string;
                            summary: string;
                            timeline?: {
                                /** Format: date-time */
                                at: string;
                                author: string;
                                authorOrg: string;
                                /** Format: date-time */
                                happenedAt: string;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            title: string;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incidents/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change status (open, contained, recovered, closed); 409 names the current one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "open" | "contained" | "recovered" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attackIds: string[];
                            audienceOrgs: string[];
                            audienceUsers: string[];
                            /** Format: date-time */
                            awareAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            crossBorder: boolean;
                            detectedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            intelIds: string[];
                            malicious: boolean;
                            /** Format: uuid */
                            nationId: string;
                            nis2?: {
                                anyOverdue: boolean;
                                /** Format: date-time */
                                awareAt: string;
                                next: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                } | null;
                                stages: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            orgId: string;
                            /** Format: date-time */
                            reportedAt: string;
                            reportedBy: string;
                            rsitClass: string;
                            rsitType: string;
                            sectors: string[];
                            severity: number;
                            severityName: string;
                            startedAt: string | null;
                            status: string;
                            summary: string;
                            timeline?: {
                                /** Format: date-time */
                                at: string;
                                author: string;
                                authorOrg: string;
                                /** Format: date-time */
                                happenedAt: string;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            title: string;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a timeline entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        happenedAt?: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attackIds: string[];
                            audienceOrgs: string[];
                            audienceUsers: string[];
                            /** Format: date-time */
                            awareAt: string;
                            /** Format: date-time */
                            createdAt: string;
                            crossBorder: boolean;
                            detectedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            intelIds: string[];
                            malicious: boolean;
                            /** Format: uuid */
                            nationId: string;
                            nis2?: {
                                anyOverdue: boolean;
                                /** Format: date-time */
                                awareAt: string;
                                next: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                } | null;
                                stages: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    marginMs: number;
                                    stage: string;
                                    status: string;
                                    submittedAt: string | null;
                                }[];
                            };
                            /** Format: uuid */
                            orgId: string;
                            /** Format: date-time */
                            reportedAt: string;
                            reportedBy: string;
                            rsitClass: string;
                            rsitType: string;
                            sectors: string[];
                            severity: number;
                            severityName: string;
                            startedAt: string | null;
                            status: string;
                            summary: string;
                            timeline?: {
                                /** Format: date-time */
                                at: string;
                                author: string;
                                authorOrg: string;
                                /** Format: date-time */
                                happenedAt: string;
                                /** Format: uuid */
                                id: string;
                                text: string;
                            }[];
                            title: string;
                            tlp: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a STIX 2.1 bundle (streamed; all or nothing unless partial=true)
         * @description The body is a STIX 2.1 bundle (`{"type":"bundle","objects":[...]}`) of any size, sent as application/json or application/stix+json. Any rejected object fails the whole import with 422 listing the rejects, unless partial=true.
         */
        post: {
            parameters: {
                query?: {
                    /** @description keep the valid objects when some are rejected (default: all or nothing) */
                    partial?: boolean;
                    /** @description level of objects that carry no TLP marking (default AMBER+STRICT) */
                    tlp?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                    /** @description further organizations an AMBER or AMBER+STRICT object reaches */
                    audienceOrgs?: string[];
                    /** @description further users a RED object reaches */
                    audienceUsers?: string[];
                    incidentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            bundleId: string | null;
                            committed: boolean;
                            duplicates: number;
                            newVersions: number;
                            objects: number;
                            olderVersions: number;
                            rejected: {
                                id: string | null;
                                index: number;
                                reason: string;
                            }[];
                            rejectedCount: number;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A STIX 2.1 bundle of what the caller may see (streamed)
         * @description Answers application/stix+json: `{"type":"bundle","id":…,"objects":[…]}` with the latest version of each object the caller may see, each carrying the hub marking in object_marking_refs, and the TLP 2.0 marking definitions they reference.
         */
        get: {
            parameters: {
                query?: {
                    type?: string[];
                    /** @description objects added to the hub after this time */
                    since?: string;
                    incident?: string;
                    /** @description leave out objects marked above this level */
                    max_tlp?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look up to 10,000 observable values; returns only the matches the caller may see */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description look up in this exercise instead of real traffic */
                        exerciseId?: string;
                        /** @description Must be false (or absent): matches the caller may not see are never reported, not even counted, or a lookup would tell anyone which values are held under markings they may not read. */
                        includeInvisible?: boolean;
                        /** @description IPs, CIDRs, domains, URLs, e-mail addresses, hashes, … */
                        values: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: number;
                            matches: number;
                            results: {
                                keys: {
                                    key: string;
                                    truncated: boolean;
                                    warning: string | null;
                                }[];
                                matches: {
                                    created: string | null;
                                    createdByRef: string | null;
                                    key: string;
                                    modified: string | null;
                                    objectId: string;
                                    orgId: string;
                                    revoked: boolean;
                                    sightings: {
                                        count: number;
                                        firstSeen: string | null;
                                        lastSeen: string | null;
                                        sightings: number;
                                        where: string[];
                                    };
                                    /** @enum {string} */
                                    tlp: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    type: string;
                                }[];
                                value: string;
                            }[];
                            values: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/misp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the caller may see of an incident (or of given objects) as one MISP event */
        get: {
            parameters: {
                query?: {
                    incident?: string;
                    ids?: string[];
                    /** @description the event title */
                    info?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            Event: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Import MISP events ({"Event": ...} or {"response": [...]}) as STIX */
        post: {
            parameters: {
                query?: {
                    partial?: boolean;
                    audienceOrgs?: string[];
                    audienceUsers?: string[];
                    incidentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": ({
                        Event: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    }) | ({
                        response: {
                            [key: string]: unknown;
                        }[];
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                            bundleId: string | null;
                            committed: boolean;
                            duplicates: number;
                            newVersions: number;
                            objects: number;
                            olderVersions: number;
                            rejected: {
                                id: string | null;
                                index: number;
                                reason: string;
                            }[];
                            rejectedCount: number;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/objects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Objects the caller may see, one page at a time */
        get: {
            parameters: {
                query?: {
                    type?: string[];
                    added_after?: string;
                    modified_after?: string;
                    modified_before?: string;
                    incident?: string;
                    tlp?: ("CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED")[];
                    /** @description latest (default), all, first, or the `modified` timestamp of one version */
                    version?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            next: string | null;
                            objects: {
                                dateAdded: string;
                                id: string;
                                incidentId: string | null;
                                isLatest: boolean;
                                modified: string | null;
                                object: {
                                    [key: string]: unknown;
                                };
                                orgId: string;
                                /** @enum {string} */
                                tlp: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/objects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One object: its latest version, or all, the first, or the one with a given modified */
        get: {
            parameters: {
                query?: {
                    /** @description latest (default), all, first, or the `modified` timestamp of one version */
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            objects: {
                                dateAdded: string;
                                id: string;
                                incidentId: string | null;
                                isLatest: boolean;
                                modified: string | null;
                                object: {
                                    [key: string]: unknown;
                                };
                                orgId: string;
                                /** @enum {string} */
                                tlp: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                type: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intel/objects/{id}/sightings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sightings of an object (count, first and last seen, where), from the sightings the caller may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description sum of the sightings’ count (1 when absent) */
                            count: number;
                            firstSeen: string | null;
                            lastSeen: string | null;
                            objectId: string;
                            /** @description how many sighting objects */
                            sightings: number;
                            /** @description where_sighted_refs, deduplicated */
                            where: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live/sse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live feed as Server-Sent Events (resume with Last-Event-ID) */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated event types, exact or "prefix.*" */
                    types?: string;
                    incidentId?: string;
                    requestId?: string;
                    /** @description Watch this exercise instead of real traffic */
                    exerciseId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the caller is */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            org: {
                                country: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "hub" | "nation" | "agency" | "cert" | "partner";
                                name: string;
                                parentId: string | null;
                            };
                            orgChain: string[];
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                disabledAt: string | null;
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                orgId: string;
                                roles: ("admin" | "coordinator" | "poc" | "analyst" | "controller" | "observer")[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/assistance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assistance metrics the caller may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byCategory: {
                                answerDeadlineHitRate: number | null;
                                key: string;
                                noHelperShare: number | null;
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                            }[];
                            byNation: {
                                answerDeadlineHitRate: number | null;
                                key: string;
                                noHelperShare: number | null;
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                            }[];
                            bySeverity: {
                                answerDeadlineHitRate: number | null;
                                key: string;
                                noHelperShare: number | null;
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                            }[];
                            overall: {
                                answerDeadlineHitRate: number | null;
                                key: string;
                                noHelperShare: number | null;
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    meanSeconds: number | null;
                                    medianSeconds: number | null;
                                };
                            };
                            requests: {
                                [key: string]: unknown;
                            }[];
                            scope: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member directory */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "hub" | "nation" | "agency" | "cert" | "partner";
                            name: string;
                            parentId: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Admit an organization (hub admins only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description ISO 3166-1 alpha-2, for nations */
                        country?: string;
                        /** @enum {string} */
                        kind: "nation" | "agency" | "cert" | "partner";
                        name: string;
                        /** Format: uuid */
                        parentId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "hub" | "nation" | "agency" | "cert" | "partner";
                            name: string;
                            parentId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens of the caller, or of a user it manages */
        get: {
            parameters: {
                query?: {
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            /** Format: uuid */
                            userId: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                        name: string;
                        /** Format: uuid */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info: {
                                /** Format: date-time */
                                createdAt: string;
                                expiresAt: string | null;
                                /** Format: uuid */
                                id: string;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                /** Format: uuid */
                                userId: string;
                            };
                            /** @description Shown once; only its hash is stored */
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            /** Format: uuid */
                            id: string;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users the caller manages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            roles: ("admin" | "coordinator" | "poc" | "analyst" | "controller" | "observer")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add a user (admins, to their own organizations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** Format: email */
                        email: string;
                        /** Format: uuid */
                        orgId: string;
                        roles: ("admin" | "coordinator" | "poc" | "analyst" | "controller" | "observer")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            disabledAt: string | null;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            roles: ("admin" | "coordinator" | "poc" | "analyst" | "controller" | "observer")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
