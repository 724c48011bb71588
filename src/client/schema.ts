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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the providing organization’s name (null if unknown) */
                            providerOrgName: string | null;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the providing organization’s name (null if unknown) */
                            providerOrgName: string | null;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the providing organization’s name (null if unknown) */
                            providerOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the providing organization’s name (null if unknown) */
                            providerOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the providing organization’s name (null if unknown) */
                            providerOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_intel_id`: Not a STIX identifier (type--uuid) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_intel_id";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                        /**
                         * @description capability category asked for
                         * @enum {string}
                         */
                        category: "malware-analysis" | "digital-forensics" | "threat-intelligence" | "incident-response" | "vulnerability-assessment" | "threat-hunting" | "ics-ot" | "crisis-communication" | "legal-policy" | "monitoring-and-detection" | "event-analysis" | "incident-report-acceptance" | "incident-analysis" | "artifact-and-forensic-evidence-analysis" | "mitigation-and-recovery" | "incident-coordination" | "crisis-management-support" | "vulnerability-discovery-research" | "vulnerability-report-intake" | "vulnerability-analysis" | "vulnerability-coordination" | "vulnerability-disclosure" | "vulnerability-response" | "data-acquisition" | "analysis-and-synthesis" | "communication" | "awareness-building" | "training-and-education" | "exercises" | "technical-and-policy-advisory";
                        /** @enum {string} */
                        delivery: "remote" | "on_site" | "either";
                        excludedNations?: string[];
                        /** Format: uuid */
                        incidentId: string;
                        /** @description ISO 639-1; any one will do; empty: no constraint */
                        languages: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
                        /** @description how many helpers */
                        needed: number;
                        /** Format: date-time */
                        neededBy?: string;
                        /** @description all that candidates see before they accept */
                        sanitizedSummary: string;
                        /**
                         * @description critical, high, medium or low: how long offered providers have to answer
                         * @enum {string}
                         */
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `needed_by_past`: neededBy lies in the past; `unknown_category`: Not a capability category; `unknown_incident`: No incident with that id is visible to the caller; `unknown_language`: Not an ISO 639-1 language code; `unknown_nation`: Not a member nation’s country code; `unknown_urgency`: Not an urgency level (GET /api/v1/vocab/urgency lists them) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "needed_by_past" | "unknown_category" | "unknown_incident" | "unknown_language" | "unknown_nation" | "unknown_urgency";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                                /** @description the candidate organization’s name (null if unknown) */
                                orgName: string | null;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Close with a rating 1–5 (requester); outsideHub: true closes accepted work done outside the hub */
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
                        /** @description the work was done outside the hub: close an accepted or started request without start and deliver (the record says so) */
                        outsideHub?: boolean;
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `may_not_receive_marking`: The provider has nobody who may be named on this RED incident; `unknown_capability`: No such capability */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "may_not_receive_marking" | "unknown_capability";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/assistance/requests/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rate the help received (the incident’s reporting organization), also after closing */
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_rateable`: The request has no agreed help to rate yet (currentState names its state) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_rateable";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description closed with its work done outside the hub (no start or delivery recorded here) */
                            closedOutsideHub: boolean;
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
                                /** @description the providing organization’s name (null if unknown) */
                                providerOrgName: string | null;
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
                            /** @description the requester’s rating, given on closing */
                            rating: number | null;
                            ratingComment: string | null;
                            /** @description the rating of the organization that received the help */
                            recipientRating: {
                                comment: string | null;
                                /** Format: uuid */
                                orgId: string;
                                /** Format: date-time */
                                ratedAt: string;
                                ratedBy: string;
                                rating: number;
                            } | null;
                            /** Format: uuid */
                            requesterOrg: string;
                            /** @description the requesting organization’s name (null if unknown) */
                            requesterOrgName: string | null;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `summary_not_approved`: The sanitized summary is not approved yet */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "summary_not_approved";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the actor user’s display name (null for the system or an unknown id); not part of the hash */
                            actorName: string | null;
                            actorOrg: string | null;
                            /** @description the actor organization’s name; not part of the hash */
                            actorOrgName: string | null;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                        /**
                         * @description FIRST CSIRT Services Framework 2.1 service or hub category (GET /api/v1/vocab/capability-categories)
                         * @enum {string}
                         */
                        category: "malware-analysis" | "digital-forensics" | "threat-intelligence" | "incident-response" | "vulnerability-assessment" | "threat-hunting" | "ics-ot" | "crisis-communication" | "legal-policy" | "monitoring-and-detection" | "event-analysis" | "incident-report-acceptance" | "incident-analysis" | "artifact-and-forensic-evidence-analysis" | "mitigation-and-recovery" | "incident-coordination" | "crisis-management-support" | "vulnerability-discovery-research" | "vulnerability-report-intake" | "vulnerability-analysis" | "vulnerability-coordination" | "vulnerability-disclosure" | "vulnerability-response" | "data-acquisition" | "analysis-and-synthesis" | "communication" | "awareness-building" | "training-and-education" | "exercises" | "technical-and-policy-advisory";
                        /** @enum {string} */
                        delivery: "remote" | "on_site" | "both";
                        description: string;
                        /** @description ISO 639-1 codes */
                        languages: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
                        /** @description the lending organization, by id or name: the nation or one under it; default the caller’s */
                        orgId?: string;
                        /** @description response-time commitment */
                        responseHours: number;
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors: ("energy" | "energy-electricity" | "energy-district-heating-cooling" | "energy-oil" | "energy-gas" | "energy-hydrogen" | "transport" | "transport-air" | "transport-rail" | "transport-water" | "transport-road" | "banking" | "financial-market-infrastructures" | "health" | "drinking-water" | "waste-water" | "digital-infrastructure" | "ict-service-management" | "public-administration" | "space" | "postal-courier" | "waste-management" | "chemicals" | "food" | "manufacturing" | "manufacturing-medical-devices" | "manufacturing-computer-electronic-optical" | "manufacturing-electrical-equipment" | "manufacturing-machinery" | "manufacturing-motor-vehicles" | "manufacturing-other-transport" | "digital-providers" | "research" | "defence")[];
                        serves?: {
                            never?: string[];
                            only?: string[];
                        };
                        /** @description only these nations and the organizations under them (as they are when read), with the lending nation, may see it (AMBER); absent: every member (GREEN) */
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_org`: orgId names no organization, or one of the wrong kind for this; `contradictory_serves`: A nation is both served only and never served; `invalid_time_of_day`: Not a time of day (HH:MM); `invalid_time_zone`: Not an IANA time zone; `invalid_working_days`: Working days are ISO weekdays 1–7, without repeats; `unknown_category`: Not a capability category; `unknown_language`: Not an ISO 639-1 language code; `unknown_nation`: Not a member nation’s country code; `unknown_sector`: Not a NIS2 sector (Annex I or II) or defence */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_org" | "contradictory_serves" | "invalid_time_of_day" | "invalid_time_zone" | "invalid_working_days" | "unknown_category" | "unknown_language" | "unknown_nation" | "unknown_sector";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                        /**
                         * @description FIRST CSIRT Services Framework 2.1 service or hub category (GET /api/v1/vocab/capability-categories)
                         * @enum {string}
                         */
                        category: "malware-analysis" | "digital-forensics" | "threat-intelligence" | "incident-response" | "vulnerability-assessment" | "threat-hunting" | "ics-ot" | "crisis-communication" | "legal-policy" | "monitoring-and-detection" | "event-analysis" | "incident-report-acceptance" | "incident-analysis" | "artifact-and-forensic-evidence-analysis" | "mitigation-and-recovery" | "incident-coordination" | "crisis-management-support" | "vulnerability-discovery-research" | "vulnerability-report-intake" | "vulnerability-analysis" | "vulnerability-coordination" | "vulnerability-disclosure" | "vulnerability-response" | "data-acquisition" | "analysis-and-synthesis" | "communication" | "awareness-building" | "training-and-education" | "exercises" | "technical-and-policy-advisory";
                        /** @enum {string} */
                        delivery: "remote" | "on_site" | "both";
                        description: string;
                        /** @description ISO 639-1 codes */
                        languages: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
                        /** @description the lending organization, by id or name: the nation or one under it; default the caller’s */
                        orgId?: string;
                        /** @description response-time commitment */
                        responseHours: number;
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors: ("energy" | "energy-electricity" | "energy-district-heating-cooling" | "energy-oil" | "energy-gas" | "energy-hydrogen" | "transport" | "transport-air" | "transport-rail" | "transport-water" | "transport-road" | "banking" | "financial-market-infrastructures" | "health" | "drinking-water" | "waste-water" | "digital-infrastructure" | "ict-service-management" | "public-administration" | "space" | "postal-courier" | "waste-management" | "chemicals" | "food" | "manufacturing" | "manufacturing-medical-devices" | "manufacturing-computer-electronic-optical" | "manufacturing-electrical-equipment" | "manufacturing-machinery" | "manufacturing-motor-vehicles" | "manufacturing-other-transport" | "digital-providers" | "research" | "defence")[];
                        serves?: {
                            never?: string[];
                            only?: string[];
                        };
                        /** @description only these nations and the organizations under them (as they are when read), with the lending nation, may see it (AMBER); absent: every member (GREEN) */
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_org`: orgId names no organization, or one of the wrong kind for this; `contradictory_serves`: A nation is both served only and never served; `invalid_time_of_day`: Not a time of day (HH:MM); `invalid_time_zone`: Not an IANA time zone; `invalid_working_days`: Working days are ISO weekdays 1–7, without repeats; `org_immutable`: A capability stays with the organization that lends it; `unknown_category`: Not a capability category; `unknown_language`: Not an ISO 639-1 language code; `unknown_nation`: Not a member nation’s country code; `unknown_sector`: Not a NIS2 sector (Annex I or II) or defence */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_org" | "contradictory_serves" | "invalid_time_of_day" | "invalid_time_zone" | "invalid_working_days" | "org_immutable" | "unknown_category" | "unknown_language" | "unknown_nation" | "unknown_sector";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `standby_ends_before_start`: A standby period ends after it starts */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "standby_ends_before_start";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proposals the caller may see, newest first */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "silence_broken" | "decided" | "withdrawn";
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
                            /** @description who is asked; for a disclosure not yet adopted, only the caller’s own organization */
                            addressees: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                            }[];
                            /** @description true while a disclosure keeps its holders from each other */
                            addresseesHidden: boolean;
                            /** @description every answer the caller may see, oldest first (the last of each addressee in a round counts) */
                            answers: {
                                /** Format: uuid */
                                addressee: string;
                                addresseeName: string | null;
                                amendedText: string | null;
                                /** @enum {string} */
                                answer: "concur" | "object" | "abstain" | "break_silence";
                                /** Format: date-time */
                                at: string;
                                reason: string | null;
                                round: number;
                                userId: string;
                                userName: string | null;
                            }[];
                            answersOpen: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deadlineAt: string;
                            decidedAt: string | null;
                            deployment: {
                                [key: string]: unknown;
                            } | null;
                            effects: {
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                            }[];
                            exerciseId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                            majority: {
                                quorum: number;
                                thresholdDen: number;
                                thresholdNum: number;
                                thresholdOf: string;
                            } | null;
                            mayAnswer: boolean;
                            outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                            /** @enum {string} */
                            procedure: "silence" | "consensus" | "majority";
                            proposer: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                                userId: string;
                            } | null;
                            round: number;
                            rounds: {
                                /** Format: date-time */
                                deadlineAt: string;
                                endedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: string;
                                outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                                round: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            state: "open" | "silence_broken" | "decided" | "withdrawn";
                            subjectIds: string[];
                            /** @enum {string} */
                            subjectKind: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                            /** @description the current round’s count, once answers are open or the round ended */
                            tally: {
                                abstain: number;
                                addressees: number;
                                breakSilence: number;
                                concur: number;
                                object: number;
                                unanswered: number;
                            } | null;
                            /** @description the text of the current round */
                            text: string;
                            title: string;
                            tlp: string;
                            /** @description who can see this proposal, in words */
                            visibleTo: string;
                            widen: {
                                addOrgs: string[];
                                tlp: string;
                            } | null;
                        }[];
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Propose a joint decision to nations or organizations */
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
                        /** @description nations or organizations asked; a disclosure is addressed to the correlation’s holders by the hub */
                        addressees?: string[];
                        /** @description addressees see each other’s answers before the deadline (default true; a silence break is always seen) */
                        answersOpen?: boolean;
                        /** Format: date-time */
                        deadline: string;
                        /** @description the request for help the adopted deployment drafts (its summary is the adopted text) */
                        deployment?: {
                            /** @enum {string} */
                            category: "malware-analysis" | "digital-forensics" | "threat-intelligence" | "incident-response" | "vulnerability-assessment" | "threat-hunting" | "ics-ot" | "crisis-communication" | "legal-policy" | "monitoring-and-detection" | "event-analysis" | "incident-report-acceptance" | "incident-analysis" | "artifact-and-forensic-evidence-analysis" | "mitigation-and-recovery" | "incident-coordination" | "crisis-management-support" | "vulnerability-discovery-research" | "vulnerability-report-intake" | "vulnerability-analysis" | "vulnerability-coordination" | "vulnerability-disclosure" | "vulnerability-response" | "data-acquisition" | "analysis-and-synthesis" | "communication" | "awareness-building" | "training-and-education" | "exercises" | "technical-and-policy-advisory";
                            /** @enum {string} */
                            delivery: "remote" | "on_site" | "either";
                            languages: ("aa" | "ab" | "ae" | "af" | "ak" | "am" | "an" | "ar" | "as" | "av" | "ay" | "az" | "ba" | "be" | "bg" | "bh" | "bi" | "bm" | "bn" | "bo" | "br" | "bs" | "ca" | "ce" | "ch" | "co" | "cr" | "cs" | "cu" | "cv" | "cy" | "da" | "de" | "dv" | "dz" | "ee" | "el" | "en" | "eo" | "es" | "et" | "eu" | "fa" | "ff" | "fi" | "fj" | "fo" | "fr" | "fy" | "ga" | "gd" | "gl" | "gn" | "gu" | "gv" | "ha" | "he" | "hi" | "ho" | "hr" | "ht" | "hu" | "hy" | "hz" | "ia" | "id" | "ie" | "ig" | "ii" | "ik" | "io" | "is" | "it" | "iu" | "ja" | "jv" | "ka" | "kg" | "ki" | "kj" | "kk" | "kl" | "km" | "kn" | "ko" | "kr" | "ks" | "ku" | "kv" | "kw" | "ky" | "la" | "lb" | "lg" | "li" | "ln" | "lo" | "lt" | "lu" | "lv" | "mg" | "mh" | "mi" | "mk" | "ml" | "mn" | "mr" | "ms" | "mt" | "my" | "na" | "nb" | "nd" | "ne" | "ng" | "nl" | "nn" | "no" | "nr" | "nv" | "ny" | "oc" | "oj" | "om" | "or" | "os" | "pa" | "pi" | "pl" | "ps" | "pt" | "qu" | "rm" | "rn" | "ro" | "ru" | "rw" | "sa" | "sc" | "sd" | "se" | "sg" | "si" | "sk" | "sl" | "sm" | "sn" | "so" | "sq" | "sr" | "ss" | "st" | "su" | "sv" | "sw" | "ta" | "te" | "tg" | "th" | "ti" | "tk" | "tl" | "tn" | "to" | "tr" | "ts" | "tt" | "tw" | "ty" | "ug" | "uk" | "ur" | "uz" | "ve" | "vi" | "vo" | "wa" | "wo" | "xh" | "yi" | "yo" | "za" | "zh" | "zu")[];
                            needed: number;
                            /** @enum {string} */
                            urgency: "critical" | "high" | "medium" | "low";
                        };
                        /** @enum {string} */
                        kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                        /** @description majority: adopted when concurrences reach thresholdNum/thresholdDen of the base, once the quorum answered */
                        majority?: {
                            /** @description how many addressees must answer (abstentions count) */
                            quorum: number;
                            thresholdDen: number;
                            thresholdNum: number;
                            /**
                             * @description share of every addressee (default) or of the votes cast (concur + object)
                             * @enum {string}
                             */
                            thresholdOf?: "addressees" | "cast";
                        };
                        /** @enum {string} */
                        procedure: "silence" | "consensus" | "majority";
                        subjectIds?: string[];
                        /**
                         * @description what the proposal is about (default none)
                         * @enum {string}
                         */
                        subjectKind?: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                        text: string;
                        title: string;
                        /**
                         * @description the proposal’s marking (default AMBER); its audience is always the addressees and the proposer
                         * @enum {string}
                         */
                        tlp?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT";
                        widen?: {
                            /** @description organizations added to the audience */
                            addOrgs: string[];
                            /**
                             * @description the level to widen to (a level more restrictive than the current one leaves it)
                             * @enum {string}
                             */
                            tlp: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT";
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
                            /** @description who is asked; for a disclosure not yet adopted, only the caller’s own organization */
                            addressees: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                            }[];
                            /** @description true while a disclosure keeps its holders from each other */
                            addresseesHidden: boolean;
                            /** @description every answer the caller may see, oldest first (the last of each addressee in a round counts) */
                            answers: {
                                /** Format: uuid */
                                addressee: string;
                                addresseeName: string | null;
                                amendedText: string | null;
                                /** @enum {string} */
                                answer: "concur" | "object" | "abstain" | "break_silence";
                                /** Format: date-time */
                                at: string;
                                reason: string | null;
                                round: number;
                                userId: string;
                                userName: string | null;
                            }[];
                            answersOpen: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deadlineAt: string;
                            decidedAt: string | null;
                            deployment: {
                                [key: string]: unknown;
                            } | null;
                            effects: {
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                            }[];
                            exerciseId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                            majority: {
                                quorum: number;
                                thresholdDen: number;
                                thresholdNum: number;
                                thresholdOf: string;
                            } | null;
                            mayAnswer: boolean;
                            outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                            /** @enum {string} */
                            procedure: "silence" | "consensus" | "majority";
                            proposer: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                                userId: string;
                            } | null;
                            round: number;
                            rounds: {
                                /** Format: date-time */
                                deadlineAt: string;
                                endedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: string;
                                outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                                round: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            state: "open" | "silence_broken" | "decided" | "withdrawn";
                            subjectIds: string[];
                            /** @enum {string} */
                            subjectKind: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                            /** @description the current round’s count, once answers are open or the round ended */
                            tally: {
                                abstain: number;
                                addressees: number;
                                breakSilence: number;
                                concur: number;
                                object: number;
                                unanswered: number;
                            } | null;
                            /** @description the text of the current round */
                            text: string;
                            title: string;
                            tlp: string;
                            /** @description who can see this proposal, in words */
                            visibleTo: string;
                            widen: {
                                addOrgs: string[];
                                tlp: string;
                            } | null;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_intel_id`: Not a STIX identifier (type--uuid); `decision_addressees`: A proposal needs addressees (a disclosure none: the hub asks the holders); `decision_deadline_past`: A proposal’s deadline must be in the future; `decision_majority_rule`: A majority needs its quorum (at most the addressees) and a threshold of at most 1; other procedures take none; `decision_params`: widen goes with widen_marking, deployment with deploy_team, and each needs its own; `decision_subject`: The subject does not fit the kind, or names nothing the caller may see; `unknown_category`: Not a capability category; `unknown_language`: Not an ISO 639-1 language code; `unknown_org`: An audience organization does not exist; `unknown_urgency`: Not an urgency level (GET /api/v1/vocab/urgency lists them) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_intel_id" | "decision_addressees" | "decision_deadline_past" | "decision_majority_rule" | "decision_params" | "decision_subject" | "unknown_category" | "unknown_language" | "unknown_org" | "unknown_urgency";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proposal and its record (text versions, rounds, answers, outcome, effects) */
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
                            /** @description who is asked; for a disclosure not yet adopted, only the caller’s own organization */
                            addressees: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                            }[];
                            /** @description true while a disclosure keeps its holders from each other */
                            addresseesHidden: boolean;
                            /** @description every answer the caller may see, oldest first (the last of each addressee in a round counts) */
                            answers: {
                                /** Format: uuid */
                                addressee: string;
                                addresseeName: string | null;
                                amendedText: string | null;
                                /** @enum {string} */
                                answer: "concur" | "object" | "abstain" | "break_silence";
                                /** Format: date-time */
                                at: string;
                                reason: string | null;
                                round: number;
                                userId: string;
                                userName: string | null;
                            }[];
                            answersOpen: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deadlineAt: string;
                            decidedAt: string | null;
                            deployment: {
                                [key: string]: unknown;
                            } | null;
                            effects: {
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                            }[];
                            exerciseId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                            majority: {
                                quorum: number;
                                thresholdDen: number;
                                thresholdNum: number;
                                thresholdOf: string;
                            } | null;
                            mayAnswer: boolean;
                            outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                            /** @enum {string} */
                            procedure: "silence" | "consensus" | "majority";
                            proposer: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                                userId: string;
                            } | null;
                            round: number;
                            rounds: {
                                /** Format: date-time */
                                deadlineAt: string;
                                endedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: string;
                                outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                                round: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            state: "open" | "silence_broken" | "decided" | "withdrawn";
                            subjectIds: string[];
                            /** @enum {string} */
                            subjectKind: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                            /** @description the current round’s count, once answers are open or the round ended */
                            tally: {
                                abstain: number;
                                addressees: number;
                                breakSilence: number;
                                concur: number;
                                object: number;
                                unanswered: number;
                            } | null;
                            /** @description the text of the current round */
                            text: string;
                            title: string;
                            tlp: string;
                            /** @description who can see this proposal, in words */
                            visibleTo: string;
                            widen: {
                                addOrgs: string[];
                                tlp: string;
                            } | null;
                        };
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/decisions/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer (an addressee): concur, object, abstain or break silence */
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
                        amendedText?: string;
                        /** @enum {string} */
                        answer: "concur" | "object" | "abstain" | "break_silence";
                        reason?: string;
                        /** @description the round answered: refused when another round is open */
                        round?: number;
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
                            /** @description who is asked; for a disclosure not yet adopted, only the caller’s own organization */
                            addressees: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                            }[];
                            /** @description true while a disclosure keeps its holders from each other */
                            addresseesHidden: boolean;
                            /** @description every answer the caller may see, oldest first (the last of each addressee in a round counts) */
                            answers: {
                                /** Format: uuid */
                                addressee: string;
                                addresseeName: string | null;
                                amendedText: string | null;
                                /** @enum {string} */
                                answer: "concur" | "object" | "abstain" | "break_silence";
                                /** Format: date-time */
                                at: string;
                                reason: string | null;
                                round: number;
                                userId: string;
                                userName: string | null;
                            }[];
                            answersOpen: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deadlineAt: string;
                            decidedAt: string | null;
                            deployment: {
                                [key: string]: unknown;
                            } | null;
                            effects: {
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                            }[];
                            exerciseId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                            majority: {
                                quorum: number;
                                thresholdDen: number;
                                thresholdNum: number;
                                thresholdOf: string;
                            } | null;
                            mayAnswer: boolean;
                            outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                            /** @enum {string} */
                            procedure: "silence" | "consensus" | "majority";
                            proposer: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                                userId: string;
                            } | null;
                            round: number;
                            rounds: {
                                /** Format: date-time */
                                deadlineAt: string;
                                endedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: string;
                                outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                                round: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            state: "open" | "silence_broken" | "decided" | "withdrawn";
                            subjectIds: string[];
                            /** @enum {string} */
                            subjectKind: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                            /** @description the current round’s count, once answers are open or the round ended */
                            tally: {
                                abstain: number;
                                addressees: number;
                                breakSilence: number;
                                concur: number;
                                object: number;
                                unanswered: number;
                            } | null;
                            /** @description the text of the current round */
                            text: string;
                            title: string;
                            tlp: string;
                            /** @description who can see this proposal, in words */
                            visibleTo: string;
                            widen: {
                                addOrgs: string[];
                                tlp: string;
                            } | null;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `decision_closed`: The proposal takes no more answers: its deadline passed, it was decided or withdrawn (currentState names it); `decision_stale_round`: The round answered is not the open one (currentRound names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "decision_closed" | "decision_stale_round";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `decision_answer`: The answer is not one the procedure takes, or lacks its reason (object, break_silence), or amends without breaking silence */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "decision_answer";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/decisions/{id}/record.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record as a printable page */
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
                /** @description text/html: the same record as GET /decisions/{id} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/decisions/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue an amended text as a new round after a silence break (proposer) */
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
                        deadline: string;
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
                            /** @description who is asked; for a disclosure not yet adopted, only the caller’s own organization */
                            addressees: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                            }[];
                            /** @description true while a disclosure keeps its holders from each other */
                            addresseesHidden: boolean;
                            /** @description every answer the caller may see, oldest first (the last of each addressee in a round counts) */
                            answers: {
                                /** Format: uuid */
                                addressee: string;
                                addresseeName: string | null;
                                amendedText: string | null;
                                /** @enum {string} */
                                answer: "concur" | "object" | "abstain" | "break_silence";
                                /** Format: date-time */
                                at: string;
                                reason: string | null;
                                round: number;
                                userId: string;
                                userName: string | null;
                            }[];
                            answersOpen: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deadlineAt: string;
                            decidedAt: string | null;
                            deployment: {
                                [key: string]: unknown;
                            } | null;
                            effects: {
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                            }[];
                            exerciseId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                            majority: {
                                quorum: number;
                                thresholdDen: number;
                                thresholdNum: number;
                                thresholdOf: string;
                            } | null;
                            mayAnswer: boolean;
                            outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                            /** @enum {string} */
                            procedure: "silence" | "consensus" | "majority";
                            proposer: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                                userId: string;
                            } | null;
                            round: number;
                            rounds: {
                                /** Format: date-time */
                                deadlineAt: string;
                                endedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: string;
                                outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                                round: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            state: "open" | "silence_broken" | "decided" | "withdrawn";
                            subjectIds: string[];
                            /** @enum {string} */
                            subjectKind: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                            /** @description the current round’s count, once answers are open or the round ended */
                            tally: {
                                abstain: number;
                                addressees: number;
                                breakSilence: number;
                                concur: number;
                                object: number;
                                unanswered: number;
                            } | null;
                            /** @description the text of the current round */
                            text: string;
                            title: string;
                            tlp: string;
                            /** @description who can see this proposal, in words */
                            visibleTo: string;
                            widen: {
                                addOrgs: string[];
                                tlp: string;
                            } | null;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `decision_not_broken`: Only a silence procedure whose silence was broken is issued again as a new round */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "decision_not_broken";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `decision_deadline_past`: A proposal’s deadline must be in the future */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "decision_deadline_past";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/decisions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a proposal before it is decided (proposer) */
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
                            /** @description who is asked; for a disclosure not yet adopted, only the caller’s own organization */
                            addressees: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                            }[];
                            /** @description true while a disclosure keeps its holders from each other */
                            addresseesHidden: boolean;
                            /** @description every answer the caller may see, oldest first (the last of each addressee in a round counts) */
                            answers: {
                                /** Format: uuid */
                                addressee: string;
                                addresseeName: string | null;
                                amendedText: string | null;
                                /** @enum {string} */
                                answer: "concur" | "object" | "abstain" | "break_silence";
                                /** Format: date-time */
                                at: string;
                                reason: string | null;
                                round: number;
                                userId: string;
                                userName: string | null;
                            }[];
                            answersOpen: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            deadlineAt: string;
                            decidedAt: string | null;
                            deployment: {
                                [key: string]: unknown;
                            } | null;
                            effects: {
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                kind: string;
                            }[];
                            exerciseId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "consultation" | "attribution" | "collective_response" | "widen_marking" | "disclose_correlation" | "deploy_team" | "free_text";
                            majority: {
                                quorum: number;
                                thresholdDen: number;
                                thresholdNum: number;
                                thresholdOf: string;
                            } | null;
                            mayAnswer: boolean;
                            outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                            /** @enum {string} */
                            procedure: "silence" | "consensus" | "majority";
                            proposer: {
                                name: string | null;
                                /** Format: uuid */
                                orgId: string;
                                userId: string;
                            } | null;
                            round: number;
                            rounds: {
                                /** Format: date-time */
                                deadlineAt: string;
                                endedAt: string | null;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedBy: string;
                                outcome: ("adopted" | "rejected" | "undecided" | "silence_broken") | null;
                                round: number;
                                text: string;
                            }[];
                            /** @enum {string} */
                            state: "open" | "silence_broken" | "decided" | "withdrawn";
                            subjectIds: string[];
                            /** @enum {string} */
                            subjectKind: "none" | "incident" | "assistance_request" | "intel" | "correlation";
                            /** @description the current round’s count, once answers are open or the round ended */
                            tally: {
                                abstain: number;
                                addressees: number;
                                breakSilence: number;
                                concur: number;
                                object: number;
                                unanswered: number;
                            } | null;
                            /** @description the text of the current round */
                            text: string;
                            title: string;
                            tlp: string;
                            /** @description who can see this proposal, in words */
                            visibleTo: string;
                            widen: {
                                addOrgs: string[];
                                tlp: string;
                            } | null;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `decision_closed`: The proposal takes no more answers: its deadline passed, it was decided or withdrawn (currentState names it); `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "decision_closed" | "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The exercises the caller takes part in, controls, or (hub) oversees */
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        }[];
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up an exercise from a scenario (JSON, YAML or the planners’ CSV) */
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
                        /** @description users holding the controller role, by id or e-mail; default: the caller when it holds the role */
                        controllers?: string[];
                        name: string;
                        participants: {
                            /** @description a nation by ISO 3166-1 alpha-2 code, or an organization by id or name */
                            org: string;
                            /** @description played by a simulated nation (a bot acting through the API) */
                            simulated?: boolean;
                        }[];
                        scenario?: {
                            description?: string;
                            events: {
                                /** @enum {string} */
                                channel: "incident-report" | "assistance-request" | "intel-bundle" | "decision-to-propose" | "message";
                                /** @description what the channel carries; see the content schemas per channel */
                                content: {
                                    [key: string]: unknown;
                                };
                                expected?: {
                                    check: {
                                        /** @description a nation by ISO 3166-1 alpha-2 code (EE), or an organization by name */
                                        by?: string;
                                        /** @description capability category (requests, offers) */
                                        category?: string;
                                        /**
                                         * @description what is looked for in the exercise world after the inject
                                         * @enum {string}
                                         */
                                        kind: "incident-reported" | "request-submitted" | "offer-accepted" | "request-delivered" | "request-closed" | "intel-shared" | "decision-decided";
                                    };
                                    /** @description e.g. the receiving nation’s POC submits a request for malware analysis */
                                    description: string;
                                    /** @description unique within the scenario */
                                    id: string;
                                    /** @description time limit after the inject’s release, in scenario minutes */
                                    withinMinutes: number;
                                }[];
                                /** @description a nation by ISO 3166-1 alpha-2 code (EE), or an organization by name */
                                from: string;
                                /** @description from the scenario start: H+HH:MM (or HH:MM) */
                                offset: string;
                                /**
                                 * Format: date-time
                                 * @description optional; when given it must equal start + offset
                                 */
                                scenarioTime?: string;
                                /** @description unique within the scenario, e.g. INJ-004 */
                                serial: string;
                                to: string[];
                                /** @enum {string} */
                                type: "inject" | "information" | "contingency";
                            }[];
                            name: string;
                            /**
                             * Format: date-time
                             * @description scenario time at H+00:00
                             */
                            start: string;
                        };
                        scenarioCsv?: {
                            name: string;
                            /** Format: date-time */
                            start: string;
                            /** @description the planners’ sheet (see the README for its columns) */
                            text: string;
                        };
                        /** @description the scenario as YAML or JSON text (errors name their line) */
                        scenarioYaml?: string;
                        /** @description scenario seconds per wall-clock second; default 1 */
                        speed?: number;
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_controller`: A controller names no user holding the controller role; `invalid_scenario`: The scenario does not validate: each error names its line and field (errors[], problems[]); `unknown_participant`: A participant (nation code or organization name) names no member organization */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_controller" | "invalid_scenario" | "unknown_participant";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lessons library, across every exercise the caller may read */
        get: {
            parameters: {
                query?: {
                    /** @description words to find in titles and texts, across every exercise the caller may read */
                    q?: string;
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
                            /** Format: uuid */
                            exerciseId: string;
                            exerciseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            text: string;
                            title: string;
                            userId: string;
                        }[];
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/scenario-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published JSON Schema of a scenario (master scenario events list) */
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
                        "application/json": unknown;
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One exercise and its clock */
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the exercise (a listed controller) */
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
                        speed?: number;
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/injects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The injects, in release order */
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
                            channel: string;
                            /** Format: date-time */
                            dueScenario: string;
                            expected: {
                                [key: string]: unknown;
                            }[];
                            from: string;
                            /** Format: uuid */
                            id: string;
                            lateSeconds: number | null;
                            offset: string;
                            outcome: {
                                [key: string]: unknown;
                            } | null;
                            releasedAt: string | null;
                            releasedScenario: string | null;
                            serial: string;
                            /** @enum {string} */
                            state: "pending" | "held" | "released";
                            to: string[];
                            type: string;
                        }[];
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an inject by hand (a listed controller) */
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
                        channel: "incident-report" | "assistance-request" | "intel-bundle" | "decision-to-propose" | "message";
                        /** @description what the channel carries; see the content schemas per channel */
                        content: {
                            [key: string]: unknown;
                        };
                        expected?: {
                            check: {
                                /** @description a nation by ISO 3166-1 alpha-2 code (EE), or an organization by name */
                                by?: string;
                                /** @description capability category (requests, offers) */
                                category?: string;
                                /**
                                 * @description what is looked for in the exercise world after the inject
                                 * @enum {string}
                                 */
                                kind: "incident-reported" | "request-submitted" | "offer-accepted" | "request-delivered" | "request-closed" | "intel-shared" | "decision-decided";
                            };
                            /** @description e.g. the receiving nation’s POC submits a request for malware analysis */
                            description: string;
                            /** @description unique within the scenario */
                            id: string;
                            /** @description time limit after the inject’s release, in scenario minutes */
                            withinMinutes: number;
                        }[];
                        /** @description a nation by ISO 3166-1 alpha-2 code (EE), or an organization by name */
                        from: string;
                        /** @description from the scenario start: H+HH:MM (or HH:MM) */
                        offset: string;
                        /**
                         * Format: date-time
                         * @description optional; when given it must equal start + offset
                         */
                        scenarioTime?: string;
                        /** @description unique within the scenario, e.g. INJ-004 */
                        serial: string;
                        to: string[];
                        /** @enum {string} */
                        type: "inject" | "information" | "contingency";
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
                            channel: string;
                            /** Format: date-time */
                            dueScenario: string;
                            expected: {
                                [key: string]: unknown;
                            }[];
                            from: string;
                            /** Format: uuid */
                            id: string;
                            lateSeconds: number | null;
                            offset: string;
                            outcome: {
                                [key: string]: unknown;
                            } | null;
                            releasedAt: string | null;
                            releasedScenario: string | null;
                            serial: string;
                            /** @enum {string} */
                            state: "pending" | "held" | "released";
                            to: string[];
                            type: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `invalid_scenario`: The scenario does not validate: each error names its line and field (errors[], problems[]); `unknown_participant`: A participant (nation code or organization name) names no member organization */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "invalid_scenario" | "unknown_participant";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/injects/{serial}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hold a pending inject */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    serial: string;
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
                            channel: string;
                            /** Format: date-time */
                            dueScenario: string;
                            expected: {
                                [key: string]: unknown;
                            }[];
                            from: string;
                            /** Format: uuid */
                            id: string;
                            lateSeconds: number | null;
                            offset: string;
                            outcome: {
                                [key: string]: unknown;
                            } | null;
                            releasedAt: string | null;
                            releasedScenario: string | null;
                            serial: string;
                            /** @enum {string} */
                            state: "pending" | "held" | "released";
                            to: string[];
                            type: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/injects/{serial}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release an inject now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    serial: string;
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
                            channel: string;
                            /** Format: date-time */
                            dueScenario: string;
                            expected: {
                                [key: string]: unknown;
                            }[];
                            from: string;
                            /** Format: uuid */
                            id: string;
                            lateSeconds: number | null;
                            offset: string;
                            outcome: {
                                [key: string]: unknown;
                            } | null;
                            releasedAt: string | null;
                            releasedScenario: string | null;
                            serial: string;
                            /** @enum {string} */
                            state: "pending" | "held" | "released";
                            to: string[];
                            type: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it); `inject_released`: The inject was released already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition" | "inject_released";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/jump": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Jump the clock forward to a scenario time */
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
                        /**
                         * Format: date-time
                         * @description scenario time to jump to (forward only); injects due by then are released at once
                         */
                        to: string;
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `jump_backwards`: An exercise clock only jumps forward */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "jump_backwards";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a lesson learned (a participant) */
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
                        text: string;
                        title: string;
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
                            /** Format: uuid */
                            exerciseId: string;
                            exerciseName: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            orgId: string;
                            text: string;
                            title: string;
                            userId: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause the exercise (a listed controller) */
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
                        speed?: number;
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The after-action report (JSON) */
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
                        "application/json": unknown;
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The after-action report as a printable page with charts */
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
                        "text/html": string;
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The after-action report as PDF (printed by headless Chromium) */
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
                        "application/pdf": unknown;
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume the exercise (a listed controller) */
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
                        speed?: number;
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/exercises/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the exercise (a listed controller) */
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
                        speed?: number;
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
                            clockRunning: boolean;
                            controllers: {
                                email: string;
                                /** Format: uuid */
                                userId: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            injects: {
                                held: number;
                                pending: number;
                                released: number;
                                total: number;
                            };
                            name: string;
                            participants: {
                                country: string | null;
                                name: string;
                                /** Format: uuid */
                                orgId: string;
                                simulated: boolean;
                            }[];
                            scenarioName: string;
                            /** Format: date-time */
                            scenarioStart: string;
                            /**
                             * Format: date-time
                             * @description the virtual clock now
                             */
                            scenarioTime: string;
                            speed: number;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "planned" | "running" | "paused" | "ended";
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Incidents the caller may see, newest first, at most 200 a page
         * @description A page holds at most 200 incidents, whatever the limit. When more follow, the answer carries `Link: <…&cursor=…>; rel="next"` (RFC 8288): the next page's URL.
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "contained" | "recovered" | "closed";
                    /** @description rows wanted; a page holds at most 200 (a larger limit is served 200 at a time): follow the Link header's rel="next" */
                    limit?: number;
                    /** @description where the previous page ended: the cursor of its Link rel="next" */
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        }[];
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                        /** @description AMBER / AMBER+STRICT audience: organizations by id or name */
                        audienceOrgs?: string[];
                        /** @description named users (RED: its whole audience; AMBER: beside the organizations) */
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
                        /** @description reporting organization, by id or name: the caller’s or one under it; default the caller’s */
                        orgId?: string;
                        /**
                         * @description ENISA RSIT class (machine tag predicate)
                         * @enum {string}
                         */
                        rsitClass: "abusive-content" | "malicious-code" | "information-gathering" | "intrusion-attempts" | "intrusions" | "availability" | "information-content-security" | "fraud" | "vulnerable" | "other" | "test";
                        /**
                         * @description ENISA RSIT type within the class (GET /api/v1/vocab/rsit-types gives each type’s class)
                         * @enum {string}
                         */
                        rsitType: "spam" | "harmful-speech" | "violence" | "infected-system" | "c2-server" | "malware-distribution" | "malware-configuration" | "scanner" | "sniffing" | "social-engineering" | "ids-alert" | "brute-force" | "exploit" | "privileged-account-compromise" | "unprivileged-account-compromise" | "application-compromise" | "system-compromise" | "burglary" | "dos" | "ddos" | "misconfiguration" | "sabotage" | "outage" | "unauthorised-information-access" | "unauthorised-information-modification" | "data-loss" | "data-leak" | "unauthorized-use-of-resources" | "copyright" | "masquerade" | "phishing" | "weak-crypto" | "ddos-amplifier" | "potentially-unwanted-accessible" | "information-disclosure" | "vulnerable-system" | "other" | "undetermined" | "test";
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors: ("energy" | "energy-electricity" | "energy-district-heating-cooling" | "energy-oil" | "energy-gas" | "energy-hydrogen" | "transport" | "transport-air" | "transport-rail" | "transport-water" | "transport-road" | "banking" | "financial-market-infrastructures" | "health" | "drinking-water" | "waste-water" | "digital-infrastructure" | "ict-service-management" | "public-administration" | "space" | "postal-courier" | "waste-management" | "chemicals" | "food" | "manufacturing" | "manufacturing-medical-devices" | "manufacturing-computer-electronic-optical" | "manufacturing-electrical-equipment" | "manufacturing-machinery" | "manufacturing-motor-vehicles" | "manufacturing-other-transport" | "digital-providers" | "research" | "defence")[];
                        /**
                         * @description NCISS level 0 (Baseline) to 5 (Emergency)
                         * @enum {integer}
                         */
                        severity: 0 | 1 | 2 | 3 | 4 | 5;
                        /** @description AMBER and AMBER+STRICT: add the nation’s CERTs and points of contact to the audience (default true); false keeps the audience exactly as given */
                        shareWithNation?: boolean;
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `audience_mismatch`: The audience does not fit the TLP (RED takes users, AMBER organizations, CLEAR and GREEN none); `aware_in_future`: The moment of awareness lies in the future; `bad_attack_id`: Not an ATT&CK technique id (T1234 or T1234.001); `bad_intel_id`: Not a STIX identifier (type--uuid); `bad_org`: orgId names no organization, or one of the wrong kind for this; `invalid_date`: Not a valid date; `unknown_org`: An audience organization does not exist; `unknown_rsit_class`: Not an ENISA RSIT class; `unknown_rsit_type`: Missing, or not an RSIT type of the class; `unknown_sector`: Not a NIS2 sector (Annex I or II) or defence; `unknown_user`: An audience user does not exist */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "audience_mismatch" | "aware_in_future" | "bad_attack_id" | "bad_intel_id" | "bad_org" | "invalid_date" | "unknown_org" | "unknown_rsit_class" | "unknown_rsit_type" | "unknown_sector" | "unknown_user";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        };
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                        /**
                         * @description ENISA RSIT class (machine tag predicate)
                         * @enum {string}
                         */
                        rsitClass?: "abusive-content" | "malicious-code" | "information-gathering" | "intrusion-attempts" | "intrusions" | "availability" | "information-content-security" | "fraud" | "vulnerable" | "other" | "test";
                        /**
                         * @description ENISA RSIT type within the class (GET /api/v1/vocab/rsit-types gives each type’s class)
                         * @enum {string}
                         */
                        rsitType?: "spam" | "harmful-speech" | "violence" | "infected-system" | "c2-server" | "malware-distribution" | "malware-configuration" | "scanner" | "sniffing" | "social-engineering" | "ids-alert" | "brute-force" | "exploit" | "privileged-account-compromise" | "unprivileged-account-compromise" | "application-compromise" | "system-compromise" | "burglary" | "dos" | "ddos" | "misconfiguration" | "sabotage" | "outage" | "unauthorised-information-access" | "unauthorised-information-modification" | "data-loss" | "data-leak" | "unauthorized-use-of-resources" | "copyright" | "masquerade" | "phishing" | "weak-crypto" | "ddos-amplifier" | "potentially-unwanted-accessible" | "information-disclosure" | "vulnerable-system" | "other" | "undetermined" | "test";
                        /** @description NIS2 Annex I/II sectors and defence */
                        sectors?: ("energy" | "energy-electricity" | "energy-district-heating-cooling" | "energy-oil" | "energy-gas" | "energy-hydrogen" | "transport" | "transport-air" | "transport-rail" | "transport-water" | "transport-road" | "banking" | "financial-market-infrastructures" | "health" | "drinking-water" | "waste-water" | "digital-infrastructure" | "ict-service-management" | "public-administration" | "space" | "postal-courier" | "waste-management" | "chemicals" | "food" | "manufacturing" | "manufacturing-medical-devices" | "manufacturing-computer-electronic-optical" | "manufacturing-electrical-equipment" | "manufacturing-machinery" | "manufacturing-motor-vehicles" | "manufacturing-other-transport" | "digital-providers" | "research" | "defence")[];
                        /**
                         * @description NCISS level 0 (Baseline) to 5 (Emergency)
                         * @enum {integer}
                         */
                        severity?: 0 | 1 | 2 | 3 | 4 | 5;
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_attack_id`: Not an ATT&CK technique id (T1234 or T1234.001); `bad_intel_id`: Not a STIX identifier (type--uuid); `invalid_date`: Not a valid date; `report_before_awareness`: A NIS2 report cannot precede the moment of awareness; `unknown_rsit_class`: Not an ENISA RSIT class; `unknown_rsit_type`: Missing, or not an RSIT type of the class; `unknown_sector`: Not a NIS2 sector (Annex I or II) or defence */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_attack_id" | "bad_intel_id" | "invalid_date" | "report_before_awareness" | "unknown_rsit_class" | "unknown_rsit_type" | "unknown_sector";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/incidents/{id}/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Widen the audience: add organizations or users (the originator; never removes anyone, never changes the TLP) */
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
                        /** @description organizations to add, by id or name (AMBER: with the organizations under them) */
                        orgs?: string[];
                        /** @description users to add by name */
                        users?: string[];
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `audience_mismatch`: The audience does not fit the TLP (RED takes users, AMBER organizations, CLEAR and GREEN none); `nothing_to_add`: Widening an audience needs organizations or users to add; `unknown_org`: An audience organization does not exist; `unknown_user`: An audience user does not exist */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "audience_mismatch" | "nothing_to_add" | "unknown_org" | "unknown_user";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `illegal_transition`: The object’s current state does not allow this step (currentState names it) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "illegal_transition";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description the reporting nation’s name (null if unknown) */
                            nationName: string | null;
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
                            /** @description the reporting organization’s name (null if unknown) */
                            orgName: string | null;
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
                                /** @description the author’s display name (null if unknown) */
                                authorName: string | null;
                                authorOrg: string;
                                /** @description the author’s organization’s name (null if unknown) */
                                authorOrgName: string | null;
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
                            /** @description who can see this incident, in words */
                            visibleTo: string;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                    /** @description refuse what STIX 2.1 refuses: the deviation table (common, harmless deviations accepted or repaired and reported) is not applied */
                    strict?: boolean;
                    /** @description level of objects that carry no TLP marking (default AMBER+STRICT) */
                    tlp?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                    /** @description further organizations an AMBER or AMBER+STRICT object reaches, by id or name */
                    audienceOrgs?: string[];
                    /** @description further users a RED object reaches */
                    audienceUsers?: string[];
                    /** @description link the objects to this incident; only its participants may (otherwise 404, as for a missing one) */
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
                            /** @description the first of them, each deviation named */
                            deviated: {
                                deviations: {
                                    /** @enum {string} */
                                    decision: "accept" | "repair" | "refuse";
                                    detail: string;
                                    deviation: string;
                                }[];
                                id: string | null;
                                index: number | null;
                            }[];
                            /** @description objects stored accepted or repaired by the deviation table (docs: src/formats/stix/deviations.ts) */
                            deviatedCount: number;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON; `not_a_bundle`: The body is not a STIX 2.1 bundle */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json" | "not_a_bundle";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `version_already_held`: The organization already holds this version of the object in another world (real or an exercise) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "version_already_held";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bundle_rejected`: Some objects are invalid, so nothing was imported (errors[] names them; partial=true keeps the valid ones); `invalid_stix_pattern`: The STIX pattern does not parse (line and column given); `unknown_org`: An audience organization does not exist; `unknown_user`: An audience user does not exist */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bundle_rejected" | "invalid_stix_pattern" | "unknown_org" | "unknown_user";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                        /** @description look up in this exercise instead of real traffic (as the Shieldwall-Exercise header does; this field wins) */
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
                            notUnderstood: number;
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
                                    orgName: string | null;
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
                                refangedTo: string | null;
                                understood: boolean;
                                value: string;
                            }[];
                            values: number;
                        };
                    };
                };
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON; `too_many_values`: More values than one lookup takes */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json" | "too_many_values";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `invisible_not_reported`: Matches the caller may not see are never reported */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "invisible_not_reported";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                            /** @description what of the STIX has no MISP form, and what was changed on the way */
                            warnings: string[];
                        };
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `missing_selection`: Name an incident or object ids; `too_many_objects`: Too many objects for a MISP export: export a STIX bundle instead */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "missing_selection" | "too_many_objects";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                    /** @description refuse what MISP and STIX 2.1 refuse: no deviation accepted or repaired */
                    strict?: boolean;
                    /** @description further organizations an AMBER or AMBER+STRICT object reaches, by id or name */
                    audienceOrgs?: string[];
                    audienceUsers?: string[];
                    /** @description link the objects to this incident; only its participants may (otherwise 404, as for a missing one) */
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
                    }) | ({
                        response: {
                            Attribute?: {
                                [key: string]: unknown;
                            }[];
                            Object?: {
                                [key: string]: unknown;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
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
                            /** @description the first of them, each deviation named */
                            deviated: {
                                deviations: {
                                    /** @enum {string} */
                                    decision: "accept" | "repair" | "refuse";
                                    detail: string;
                                    deviation: string;
                                }[];
                                id: string | null;
                                index: number | null;
                            }[];
                            /** @description objects stored accepted or repaired by the deviation table (docs: src/formats/stix/deviations.ts) */
                            deviatedCount: number;
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_misp_event`: The body is not a MISP event; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_misp_event" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `version_already_held`: The organization already holds this version of the object in another world (real or an exercise) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "version_already_held";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_misp_date`: The MISP event’s date is not a real YYYY-MM-DD day; `bad_misp_timestamp`: The MISP event’s timestamp is not a time in epoch seconds; `bundle_rejected`: Some objects are invalid, so nothing was imported (errors[] names them; partial=true keeps the valid ones); `invalid_stix_pattern`: The STIX pattern does not parse (line and column given); `missing_misp_date`: A MISP event needs a date (YYYY-MM-DD) or a timestamp; `unknown_org`: An audience organization does not exist; `unknown_user`: An audience user does not exist */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_misp_date" | "bad_misp_timestamp" | "bundle_rejected" | "invalid_stix_pattern" | "missing_misp_date" | "unknown_org" | "unknown_user";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                                /** @description who can see this object, in words */
                                visibleTo?: string;
                            }[];
                        };
                    };
                };
                /** @description `bad_cursor`: The cursor is not one this hub gave out; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_cursor" | "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                                /** @description who can see this object, in words */
                                visibleTo?: string;
                            }[];
                        };
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `bad_filter`: The live feed filter is malformed; `bad_last_event_id`: Last-Event-ID is not the seq of an event; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "bad_filter" | "bad_last_event_id" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Assistance metrics the caller may see: as requester and as provider, with units */
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
                                /** @description fraction 0..1 (3 decimals) of offers answered before their deadline */
                                answerDeadlineHitRate: number | null;
                                /** @description requests closed with their work done outside the hub */
                                closedOutsideHub: number;
                                key: string;
                                /** @description fraction 0..1 (3 decimals) of requests no helper accepted */
                                noHelperShare: number | null;
                                ratings: {
                                    recipient: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                    requester: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                };
                                /** @description requests submitted (as requester) */
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                            }[];
                            byNation: {
                                /** @description fraction 0..1 (3 decimals) of offers answered before their deadline */
                                answerDeadlineHitRate: number | null;
                                /** @description requests closed with their work done outside the hub */
                                closedOutsideHub: number;
                                key: string;
                                /** @description fraction 0..1 (3 decimals) of requests no helper accepted */
                                noHelperShare: number | null;
                                ratings: {
                                    recipient: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                    requester: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                };
                                /** @description requests submitted (as requester) */
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                            }[];
                            bySeverity: {
                                /** @description fraction 0..1 (3 decimals) of offers answered before their deadline */
                                answerDeadlineHitRate: number | null;
                                /** @description requests closed with their work done outside the hub */
                                closedOutsideHub: number;
                                key: string;
                                /** @description fraction 0..1 (3 decimals) of requests no helper accepted */
                                noHelperShare: number | null;
                                ratings: {
                                    recipient: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                    requester: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                };
                                /** @description requests submitted (as requester) */
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                            }[];
                            overall: {
                                /** @description fraction 0..1 (3 decimals) of offers answered before their deadline */
                                answerDeadlineHitRate: number | null;
                                /** @description requests closed with their work done outside the hub */
                                closedOutsideHub: number;
                                key: string;
                                /** @description fraction 0..1 (3 decimals) of requests no helper accepted */
                                noHelperShare: number | null;
                                ratings: {
                                    recipient: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                    requester: {
                                        count: number;
                                        /** @description 1 to 5, rounded to two decimals */
                                        mean: number | null;
                                    };
                                };
                                /** @description requests submitted (as requester) */
                                requests: number;
                                timeToAcceptance: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToClosure: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstDelivery: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                                timeToFirstOffer: {
                                    count: number;
                                    /** @description seconds, rounded to the second */
                                    meanSeconds: number | null;
                                    /** @description the median for people: "3 h 20 min" */
                                    median: string | null;
                                    /** @description seconds, rounded to the second */
                                    medianSeconds: number | null;
                                };
                            };
                            provided: {
                                byCategory: {
                                    /** @description offers accepted (assignments taken) */
                                    accepted: number;
                                    /** @description fraction 0..1 (3 decimals) of offers answered before their deadline */
                                    answeredOnTimeShare: number | null;
                                    declined: number;
                                    /** @description assignments delivered */
                                    delivered: number;
                                    expired: number;
                                    key: string;
                                    offersReceived: number;
                                    pending: number;
                                    /** @description ratings of its assignments, 1 to 5 */
                                    ratings: {
                                        count: number;
                                        mean: number | null;
                                    };
                                    timeToAnswer: {
                                        count: number;
                                        /** @description seconds, rounded to the second */
                                        meanSeconds: number | null;
                                        /** @description the median for people: "3 h 20 min" */
                                        median: string | null;
                                        /** @description seconds, rounded to the second */
                                        medianSeconds: number | null;
                                    };
                                    timeToDelivery: {
                                        count: number;
                                        /** @description seconds, rounded to the second */
                                        meanSeconds: number | null;
                                        /** @description the median for people: "3 h 20 min" */
                                        median: string | null;
                                        /** @description seconds, rounded to the second */
                                        medianSeconds: number | null;
                                    };
                                    withdrawn: number;
                                }[];
                                overall: {
                                    /** @description offers accepted (assignments taken) */
                                    accepted: number;
                                    /** @description fraction 0..1 (3 decimals) of offers answered before their deadline */
                                    answeredOnTimeShare: number | null;
                                    declined: number;
                                    /** @description assignments delivered */
                                    delivered: number;
                                    expired: number;
                                    key: string;
                                    offersReceived: number;
                                    pending: number;
                                    /** @description ratings of its assignments, 1 to 5 */
                                    ratings: {
                                        count: number;
                                        mean: number | null;
                                    };
                                    timeToAnswer: {
                                        count: number;
                                        /** @description seconds, rounded to the second */
                                        meanSeconds: number | null;
                                        /** @description the median for people: "3 h 20 min" */
                                        median: string | null;
                                        /** @description seconds, rounded to the second */
                                        medianSeconds: number | null;
                                    };
                                    timeToDelivery: {
                                        count: number;
                                        /** @description seconds, rounded to the second */
                                        meanSeconds: number | null;
                                        /** @description the median for people: "3 h 20 min" */
                                        median: string | null;
                                        /** @description seconds, rounded to the second */
                                        medianSeconds: number | null;
                                    };
                                    withdrawn: number;
                                };
                            };
                            requests: {
                                [key: string]: unknown;
                            }[];
                            /** @description hub: every nation (aggregates only); nation: the caller’s nation */
                            scope: string;
                            units: {
                                durations: string;
                                ratings: string;
                                shares: string;
                            };
                        };
                    };
                };
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                        /** @description the parent organization: its id or its name */
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `duplicate`: An object with that name, e-mail or country already exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "duplicate";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_country`: Not an ISO 3166-1 alpha-2 code; `bad_parent`: parentId names no organization, or one of the wrong kind; `country_not_allowed`: Only nations carry a country code; `country_required`: A nation needs its ISO 3166-1 alpha-2 country code; `parent_required`: An organization under a nation needs parentId */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_country" | "bad_parent" | "country_not_allowed" | "country_required" | "parent_required";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `user_disabled`: The user is disabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "user_disabled";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise" | "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `already_revoked`: The token is already revoked */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "already_revoked";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
                /** @description `bad_exercise`: The Shieldwall-Exercise header is not an exercise id */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_exercise";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
                        /** @description the user’s organization: its id or its name */
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `duplicate`: An object with that name, e-mail or country already exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "duplicate";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `bad_org`: orgId names no organization, or one of the wrong kind for this */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_org";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user (admins over its organization): its tokens fail and its live connections end */
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
                /** @description `bad_content_length`: Content-Length does not match the body; `bad_exercise`: The Shieldwall-Exercise header is not an exercise id; `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]); `malformed_json`: The body is not valid JSON */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "bad_content_length" | "bad_exercise" | "invalid_request" | "malformed_json";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unauthorized`: No valid API token: missing, malformed, unknown, revoked or expired */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unauthorized";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `forbidden`: The caller’s roles do not allow this (see the README’s role table) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "forbidden";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `already_disabled`: The user is already disabled; `cannot_disable_self`: An admin cannot disable themselves; another admin must */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "already_disabled" | "cannot_disable_self";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `body_too_large`: The body is larger than BODY_LIMIT */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "body_too_large";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `unsupported_media_type`: The body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "unsupported_media_type";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/vocab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every vocabulary: capability categories, NIS2 sectors, RSIT classes and types, NCISS levels, languages, urgencies */
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
                            label: string;
                            name: string;
                            source: string;
                            usedBy: string[];
                            values: ({
                                id: string | number;
                                label: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        }[];
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/v1/vocab/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vocabulary with its labels and source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description capability-categories, nis2-sectors, rsit-classes, rsit-types, nciss-levels, languages, urgencies */
                    name: string;
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
                            label: string;
                            name: string;
                            source: string;
                            usedBy: string[];
                            values: ({
                                id: string | number;
                                label: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
                /** @description `invalid_request`: The parameters, query or body do not match the route’s schema (each field at fault in errors[]) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "invalid_request";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `not_found`: No such object, or one the caller may not see (the same answer) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "not_found";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description `internal`: A fault in the hub; quote the request id to its operators */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            /** @enum {string} */
                            code: "internal";
                            detail: string;
                            errors?: {
                                detail?: string;
                                pointer?: string;
                            }[];
                            instance?: string;
                            requestId?: string;
                            status: number;
                            title: string;
                            type: string;
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
