// Generated from the OpenAPI document by `npm run api:client`: do not edit (CI runs `npm run api:check`).

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers (503 otherwise); the search engine state is reported */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-article counters over the range, most served first */
        get: operations["ReportsController_articles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article: counters per day, channel, locale and revision */
        get: operations["ReportsController_article"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article per locale × revision, each with the figures of the revision before it */
        get: operations["ReportsController_articleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counters per channel over the range */
        get: operations["ReportsController_channels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gap topics: unanswered questions, zero-result searches and unhelpful answers grouped, by impact */
        get: operations["GapTopicsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/gaps/{topicId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A draft for review from a topic: its questions on the nearest article, or a new article; 409 if it has one */
        post: operations["GapTopicsController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counters per intent and channel over the range */
        get: operations["ReportsController_intents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Self-service followed by a contact within N hours, per channel, article and intent */
        get: operations["ReportsController_journeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/questions/unanswered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Content gaps: questions left without a confident answer, grouped */
        get: operations["ReportsController_unansweredQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/searches/zero-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Content gaps: searches that found nothing, grouped by query */
        get: operations["ReportsController_zeroResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/served": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The served-answer log, newest first (by session, article, channel…) */
        get: operations["ReportsController_served"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/served/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One served answer and the exact text the customer received (reproduced, or stored) */
        get: operations["ReportsController_servedAnswer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase everything recorded about one session (GDPR); rollup counts stay */
        delete: operations["ReportsController_eraseSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Served answers, feedback, hand-offs and searches per day */
        get: operations["ReportsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answer-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every answer rule, in the order tried: level, then position */
        get: operations["AnswerRulesController_list"];
        put?: never;
        /** Create an answer rule (version 1) */
        post: operations["AnswerRulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answer-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An answer rule */
        get: operations["AnswerRulesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an answer rule (enable, disable, reorder...): a new version; 409 on a stale one */
        patch: operations["AnswerRulesController_update"];
        trace?: never;
    };
    "/v1/answer-rules/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An answer rule's versions, latest first (who, when, what) */
        get: operations["AnswerRulesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answer-rules/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay logged questions under a proposed answer rule (new or edited)
         * @description Replays the last N logged questions (default 1,000, at most 10,000; redacted when logged) and reports which answers change, which gaps close and which articles lose questions
         */
        post: operations["ReplayController_rule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question (bots, voice): the best article, or a hand-off below the confidence threshold */
        post: operations["ServingController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List articles, filtered, newest first */
        get: operations["ArticlesController_list"];
        put?: never;
        /** Create an article with its first revision (published at once with publish: true) */
        post: operations["ArticlesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article (by id or slug) with the state of each locale */
        get: operations["ArticlesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an article's metadata (slug, audience, category, tags, intents); 409 on a stale version */
        patch: operations["ArticlesController_update"];
        trace?: never;
    };
    "/v1/articles/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an article: no longer served nor listed as active */
        post: operations["ArticlesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Field-by-field diff of two revisions of a locale */
        get: operations["ArticlesController_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A locale's revision history, newest first (without the content) */
        get: operations["ArticlesController_listRevisions"];
        put?: never;
        /** Write a locale's next revision on top of its head; 409 when the base is not the head any more */
        post: operations["ArticlesController_createRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One revision with its content */
        get: operations["ArticlesController_getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{n}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a revision now or at publishAt, optionally until expiresAt */
        post: operations["ArticlesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{n}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay logged questions against a revision (e.g. a scheduled one) as if live
         * @description Replays the last N logged questions (default 1,000, at most 10,000; redacted when logged) and reports which answers change, which gaps close and which articles lose questions
         */
        post: operations["ReplayController_revision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{n}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy an old revision's content into a new head revision */
        post: operations["ArticlesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/unarchive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring an archived article back (unpublished) */
        post: operations["ArticlesController_unarchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop serving a locale (or every locale) */
        post: operations["ArticlesController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the content is still right (who, when; no new revision); an agent key may verify the articles it owns */
        post: operations["ArticlesController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{idOrSlug}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An article's live revision rendered for the channel (logged as served) */
        get: operations["ServingController_render"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The categories, as a tree or flat */
        get: operations["TaxonomyController_categories"];
        put?: never;
        /** Create a category */
        post: operations["TaxonomyController_createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A category, by id or slug */
        get: operations["TaxonomyController_category"];
        put?: never;
        post?: never;
        /** Delete a category that has no article nor sub-category */
        delete: operations["TaxonomyController_deleteCategory"];
        options?: never;
        head?: never;
        /** Rename, move or reorder a category */
        patch: operations["TaxonomyController_updateCategory"];
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Content changes in commit order, resumable from a cursor
         * @description Follow it with `after=<nextCursor>` until `hasMore` is false; cursors stay valid across restarts. public, bot and agent keys see article.published, unpublished, archived, expired and updated, with ids only (refetch the article); editor and admin keys also see draft events (submitted, amended, approved, changes_requested, rejected, withdrawn), the actor and event data. public and bot keys see events of public articles only: an article made internal appears to them as `article.unpublished` with `locale` and `revision` null (drop every locale of it), one made public again as `article.updated` (fetch it). A page reads at most `limit` events and leaves out those the key may not see, so it may be short, even empty with `hasMore` true: `nextCursor` moves past every event read.
         */
        get: operations["ChangesController_read"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channel profiles */
        get: operations["ChannelProfilesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channel-profiles/{channel}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A channel profile */
        get: operations["ChannelProfilesController_get"];
        /** Replace a channel profile (every field); 409 on a stale version */
        put: operations["ChannelProfilesController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change some fields of a channel profile; 409 on a stale version */
        patch: operations["ChannelProfilesController_update"];
        trace?: never;
    };
    "/v1/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drafts, oldest first: the review queue, or an agent's own */
        get: operations["DraftsController_list"];
        put?: never;
        /** Propose a change to an article, or a new article (agents) */
        post: operations["DraftsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A draft with its base, its diff against the live revision and its history */
        get: operations["DraftsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Amend an open draft; 409 on a stale version */
        patch: operations["DraftsController_amend"];
        trace?: never;
    };
    "/v1/drafts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft: writes the revision and publishes it now or at publishAt */
        post: operations["DraftsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A draft's history */
        get: operations["DraftsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/rebase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Carry a stale draft onto the latest revision; 409 lists the conflicts (MergeConflictView) until resolutions settle them */
        post: operations["DraftsController_rebase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a draft with a comment */
        post: operations["DraftsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay logged questions against the draft applied (kept as its lastReplay)
         * @description Replays the last N logged questions (default 1,000, at most 10,000; redacted when logged) and reports which answers change, which gaps close and which articles lose questions
         */
        post: operations["ReplayController_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft back to its author with a comment */
        post: operations["DraftsController_requestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/drafts/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open draft */
        post: operations["DraftsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a batch of client events (all or none) */
        post: operations["IngestController_events"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the whole knowledge base as a tar of Markdown or one JSON document */
        get: operations["TransferController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/faq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The FAQ: live articles by category, most served first */
        get: operations["ServingController_faq"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record "was this helpful?" on a served answer (idempotent) */
        post: operations["IngestController_feedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an import job from a file, a tar of a folder or a multipart form (202 with the job) */
        post: operations["TransferController_startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import job: status, progress and report */
        get: operations["TransferController_importJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/intents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The intents, by key, with how many articles answer each */
        get: operations["TaxonomyController_intents"];
        put?: never;
        /** Create an intent */
        post: operations["TaxonomyController_createIntent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/intents/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An intent */
        get: operations["TaxonomyController_intent"];
        put?: never;
        post?: never;
        /** Delete an intent no article uses */
        delete: operations["TaxonomyController_deleteIntent"];
        options?: never;
        head?: never;
        /** Change an intent's name or description */
        patch: operations["TaxonomyController_updateIntent"];
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The keys, newest first */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create a key (its secret is in this response only) */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A key */
        get: operations["ApiKeysController_get"];
        put?: never;
        post?: never;
        /** Revoke a key: refused from then on */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        /** Rename a key or replace its allowed origins */
        patch: operations["ApiKeysController_update"];
        trace?: never;
    };
    "/v1/matcher/calibration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The answer threshold calibrated from a locale's own phrasings, and the curve it was chosen from */
        get: operations["MatcherCalibrationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling key: its name, role, channel and allowed origins */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/previews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsaved content as each channel would be served it, with each profile's length limit (editors; not logged) */
        post: operations["ServingController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search live articles for the channel (logged) */
        get: operations["ServingController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suggestions/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suggested articles and a drafted reply to a customer email (agents) */
        post: operations["ServingController_suggestReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/synonyms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The synonym groups, optionally of one locale */
        get: operations["SynonymsController_list"];
        put?: never;
        /** Create a synonym group */
        post: operations["SynonymsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/synonyms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A synonym group */
        get: operations["SynonymsController_get"];
        /** Replace a group's terms; 409 on a stale version */
        put: operations["SynonymsController_update"];
        post?: never;
        /** Delete a synonym group */
        delete: operations["SynonymsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tag in use, with its article count */
        get: operations["TaxonomyController_tags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The webhooks */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Register a webhook (the secret is shown in this response only)
         * @description Each event is POSTed as JSON (the change feed item, editorial view) with headers `X-Savoir-Event`, `X-Savoir-Delivery` (stable across retries: deduplicate on it), `X-Savoir-Timestamp` (Unix seconds) and `X-Savoir-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<raw body>` with the secret. Answer 2xx within WEBHOOK_TIMEOUT_MS; anything else is retried with exponential backoff. Events reach each webhook in order, at least once. The url must be on a public internet address (400 otherwise), unless WEBHOOK_ALLOW_PRIVATE_TARGETS is set; it is checked again at each delivery, and a delivery to a name that then resolves to a private address fails at once with the reason.
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook */
        get: operations["WebhooksController_get"];
        put?: never;
        post?: never;
        /** Delete a webhook and its deliveries */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        /** Change a webhook's url, events, secret, description or activity */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries to a webhook, latest event first, with their attempts */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now */
        post: operations["WebhooksController_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AmendDraftDto: {
            /** @description Phrasings customers use for this question */
            alternativeQuestions?: string[];
            /** @enum {string} */
            audience?: "public" | "internal";
            /** @description Markdown */
            body?: string;
            /** Format: uuid */
            categoryId?: string;
            intents?: string[];
            /** @description Shown to agents only */
            internalNotes?: string;
            /** @description The author's explanation for the editor; becomes the revision's change note */
            note?: string;
            /** @description Derived from the title when omitted */
            slug?: string;
            source?: components["schemas"]["DraftSourceDto"];
            /** @description The short answer */
            summary?: string;
            tags?: string[];
            /** @example How do I reset my voicemail PIN? */
            title?: string;
            variants?: components["schemas"]["ChannelVariantsDto"];
            /** @description The draft version this amendment is based on (or send If-Match) */
            version?: number;
        };
        AnswerDto: {
            /**
             * @description Serve for this channel instead of the key's own (within what the key's role allows)
             * @enum {string}
             */
            channel?: "web" | "bot" | "voice" | "agent" | "email";
            /**
             * @description Locale wanted; falls back to its language, then the default locale
             * @example fr-CA
             */
            locale?: string;
            /** @example I forgot my voicemail PIN */
            question: string;
            sessionId?: string;
        };
        AnswerRuleVersionView: {
            action: components["schemas"]["RuleActionDto"];
            /** Format: date-time */
            at: string;
            author: string;
            /** Format: uuid */
            authorKeyId: string | null;
            condition: components["schemas"]["RuleConditionDto"];
            enabled: boolean;
            level: number;
            name: string;
            note: string;
            position: number;
            /** Format: uuid */
            ruleId: string;
            version: number;
        };
        AnswerRuleView: {
            action: components["schemas"]["RuleActionDto"];
            condition: components["schemas"]["RuleConditionDto"];
            /** Format: date-time */
            createdAt: string;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            /** @description Levels apply in ascending order */
            level: number;
            name: string;
            /** @description Order within the level: the first rule whose condition holds applies */
            position: number;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string;
            /** Format: uuid */
            updatedByKeyId: string | null;
            /** @description Bumped on every edit; name it (or If-Match) to edit */
            version: number;
        };
        AnswerView: {
            answer?: components["schemas"]["RenderedArticleView"];
            answered: boolean;
            confidence: number;
            handoff: boolean;
            /** @description The answer rule that applied (the first level), if any */
            rule?: components["schemas"]["AppliedRuleView"];
            /** @description Every answer rule that applied, one per level */
            rules?: components["schemas"]["AppliedRuleView"][];
            searchId: string;
            servedId: string | null;
            /** @description The confidence needed to answer */
            threshold: number;
            /**
             * @description The channel profile's threshold, the one calibrated for the answer's locale (GET /v1/matcher/calibration), the default of a locale too small to calibrate, or an answer rule's
             * @enum {string}
             */
            thresholdSource: "profile" | "calibrated" | "default" | "rule";
        };
        ApiKeyPageView: {
            items: components["schemas"]["ApiKeyView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        ApiKeyView: {
            allowedOrigins: string[];
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Short id to tell keys apart (derived from the id, not the secret)
             * @example key_0193a1b2
             */
            displayId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "public" | "bot" | "agent" | "editor" | "admin";
        };
        AppliedRuleView: {
            /** @description Rule id ("proposed" for a replayed proposal not saved yet) */
            id: string;
            level: number;
            name: string;
            version: number;
        };
        ApproveDto: {
            /** @description Why: shown to the author */
            comment?: string;
            /**
             * Format: date-time
             * @description Stop serving at this time
             */
            expiresAt?: string;
            /**
             * Format: date-time
             * @description Publish later, at this time
             */
            publishAt?: string;
            /** @description The draft version decided on: 409 if it was amended since */
            version?: number;
        };
        ArticleCountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            /** Format: uuid */
            articleId: string;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Null when the article is gone */
            slug: string | null;
            /** @description Title of the live (else latest) revision, default locale first */
            title: string | null;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        ArticleDiffView: {
            /** Format: uuid */
            articleId: string;
            changes: components["schemas"]["FieldDiffView"][];
            from: number;
            locale: string;
            to: number;
        };
        ArticleJourneyView: {
            /** Format: uuid */
            articleId: string;
            /** @description Of which followed by an agent or email contact in the same session */
            followedByContact: number;
            /** @description followedByContact / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            rate: number | null;
            selfServiceServed: number;
            /** @description Null when the article is gone */
            slug: string | null;
            /** @description Title of the live (else latest) revision, default locale first */
            title: string | null;
        };
        ArticleLocaleView: {
            /** @description The latest revision: the base of the next one */
            headRevision: number;
            live: components["schemas"]["LiveRevisionRefView"] | null;
            /** @description The revision served, if any */
            liveRevision: number | null;
            /** @example fr */
            locale: string;
            scheduled: components["schemas"]["ScheduledRevisionRefView"][];
        };
        ArticlePageView: {
            items: components["schemas"]["ArticleView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        ArticleReportView: {
            article: components["schemas"]["ReportedArticleView"];
            /** @description Day × channel × locale × revision, with counts only */
            breakdown: components["schemas"]["BreakdownCountersView"][];
            channels: components["schemas"]["ChannelCountersView"][];
            /** @description Every day of the period, in order */
            days: components["schemas"]["DayCountersView"][];
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            /** @description By locale, then revision */
            revisions: components["schemas"]["RevisionCountersView"][];
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            totals: components["schemas"]["CountersView"];
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        ArticleRevisionsReportView: {
            article: components["schemas"]["ReportedArticleView"];
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            /** @description By locale, then revision */
            revisions: components["schemas"]["RevisionCountersView"][];
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        ArticleShiftView: {
            /** Format: uuid */
            articleId: string;
            /** @description Questions it answers now and did not before */
            gained: number;
            /** @description Questions it answered before and no longer does */
            lost: number;
            title: string;
        };
        ArticlesReportView: {
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            items: components["schemas"]["ArticleCountersView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        ArticleView: {
            /** @enum {string} */
            audience: "public" | "internal";
            /** Format: uuid */
            categoryId: string | null;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            defaultLocale: string;
            /** Format: uuid */
            id: string;
            intents: string[];
            locales: components["schemas"]["ArticleLocaleView"][];
            /**
             * Format: uuid
             * @description The owner, when it is an API key
             */
            ownerKeyId: string | null;
            /** @description The owner, when it is a named person */
            ownerName: string | null;
            /**
             * Format: date-time
             * @description The next review date
             */
            reviewBy: string | null;
            /** @description Active and past its review date */
            reviewDue: boolean;
            /** @description Days between reviews */
            reviewIntervalDays: number | null;
            slug: string;
            /** @enum {string} */
            state: "active" | "archived";
            tags: string[];
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When someone last confirmed the content is still right
             */
            verifiedAt: string | null;
            /** @description Who last verified the content */
            verifiedBy: string | null;
            /** @description Bumped on every metadata change: the base a PATCH names */
            version: number;
        };
        BreakdownCountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /**
             * Format: date
             * @example 2026-03-01
             */
            date: string;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            locale: string;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            revision: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        CalibrationGoalsView: {
            /** @example 0.15 */
            outOfScopeAnswered: number;
            /** @example 0.95 */
            precision: number;
        };
        CalibrationView: {
            /** @description Live articles and phrasings of the locale when calibrated */
            articles?: number;
            /** @description Whether the locale has a calibration (it needs 50 held-out phrasings at least) */
            calibrated: boolean;
            /** Format: date-time */
            calibratedAt?: string;
            /** @description Threshold → answered share and precision, by increasing threshold (empty when not calibrated) */
            curve: components["schemas"]["CurvePointView"][];
            /** @description What the threshold was chosen for: the lowest one meeting both */
            goals: components["schemas"]["CalibrationGoalsView"];
            /** @description Whether the threshold meets the goals (if none does: the lowest threshold that hands off the out-of-scope examples) */
            goalsMet?: boolean;
            locale: string;
            /** @description The content version (last content event id) the calibration models were trained on */
            modelVersion?: string;
            phrasings?: number;
            sampleSize?: components["schemas"]["SampleSizeView"];
            /** @enum {string} */
            source: "calibrated" | "default";
            /** @description The answer threshold channel profiles without one of their own use in this locale */
            threshold: number;
        };
        CategoryNodeView: {
            /** @description Sub-categories (absent with flat=true) */
            children?: components["schemas"]["CategoryNodeView"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "en": "Billing",
             *       "fr": "Facturation"
             *     }
             */
            names: {
                [key: string]: string;
            };
            /** Format: uuid */
            parentId: string | null;
            position: number;
            slug: string;
        };
        CategoryView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /**
             * @example {
             *       "en": "Billing",
             *       "fr": "Facturation"
             *     }
             */
            names: {
                [key: string]: string;
            };
            /** Format: uuid */
            parentId: string | null;
            position: number;
            slug: string;
        };
        ChangeEventView: {
            /** @description Editors only */
            actor?: string | null;
            /** Format: uuid */
            articleId: string | null;
            /** @description Resume after this event: `after=<cursor>` */
            cursor: string;
            /** @description Editors only */
            data?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Editors only
             */
            draftId?: string | null;
            locale: string | null;
            /** Format: date-time */
            occurredAt: string;
            revision: number | null;
            /** @example article.published */
            type: string;
        };
        ChangesPageView: {
            /** @description More events are already waiting: ask again at once */
            hasMore: boolean;
            items: components["schemas"]["ChangeEventView"][];
            /** @description Where to resume (past every event read, shown or not) */
            nextCursor: string | null;
        };
        ChannelCountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        ChannelDayView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /**
             * Format: date
             * @example 2026-03-01
             */
            date: string;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            searches: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
            /** @description zeroResultSearches / searches, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            zeroResultRate: number | null;
            zeroResultSearches: number;
        };
        ChannelJourneyView: {
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** @description Of which followed by an agent or email contact in the same session */
            followedByContact: number;
            /** @description followedByContact / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            rate: number | null;
            selfServiceServed: number;
        };
        ChannelProfileView: {
            audiences: ("public" | "internal")[];
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** @enum {string} */
            format: "html" | "markdown" | "text" | "speech";
            includeInternalNotes: boolean;
            /** @description Longest rendered text, in characters */
            maxChars: number;
            /** @description Below this confidence, POST /v1/answers hands off */
            minConfidence: number;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: string | null;
            /** @description Variants to use, preferred first; the body is the last resort */
            variantOrder: ("web" | "bot" | "voice" | "agent" | "email")[];
            version: number;
        };
        ChannelReportLineView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            searches: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
            /** @description zeroResultSearches / searches, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            zeroResultRate: number | null;
            zeroResultSearches: number;
        };
        ChannelsReportView: {
            /** @description Days × channels with any activity, by day then channel */
            days: components["schemas"]["ChannelDayView"][];
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            /** @description Every channel (or the one filtered on) */
            items: components["schemas"]["ChannelReportLineView"][];
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        ChannelVariantsDto: {
            /** @description Agent desktop (Markdown) */
            agent?: string;
            /** @description Chatbot: short plain text */
            bot?: string;
            /** @description Email reply paragraph */
            email?: string;
            /** @description Voicebot: speech-safe text */
            voice?: string;
            /** @description Website / FAQ widget (Markdown) */
            web?: string;
        };
        ClientEventDto: {
            /**
             * Format: date-time
             * @description When it happened on the client
             */
            at: string;
            /**
             * Format: uuid
             * @description Client-chosen id: an event sent again is acknowledged without counting twice
             */
            id: string;
            /**
             * Format: uuid
             * @description The search the event is about (or `servedId`)
             */
            searchId?: string;
            /**
             * Format: uuid
             * @description The served answer the event is about (or `searchId`)
             */
            servedId?: string;
            /** @description Pseudonymous session/journey id; defaults to the served answer's */
            sessionId?: string;
            /** @enum {string} */
            type: "click" | "copied_to_reply" | "handoff" | "resolved";
        };
        CountersAndSearchesView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            searches: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
            /** @description zeroResultSearches / searches, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            zeroResultRate: number | null;
            zeroResultSearches: number;
        };
        CountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        CreateAnswerRuleDto: {
            action: components["schemas"]["RuleActionDto"];
            condition: components["schemas"]["RuleConditionDto"];
            /** @default true */
            enabled?: boolean;
            /**
             * @description Levels apply in ascending order
             * @default 1
             */
            level?: number;
            /** @example Network outage: internet questions */
            name: string;
            /** @description Why: kept in the history */
            note?: string;
            /** @description Order within the level (default: last) */
            position?: number;
        };
        CreateApiKeyDto: {
            /**
             * @description Origins (scheme://host[:port]) of the web pages that may call the API with this key from a browser (CORS), e.g. the sites embedding the FAQ widget. A cross-origin browser request from any other page is refused with 403; none: no browser origin.
             * @example [
             *       "https://www.example.com"
             *     ]
             */
            allowedOrigins?: string[];
            /**
             * @description Default channel of requests made with this key
             * @enum {string}
             */
            channel?: "web" | "bot" | "voice" | "agent" | "email";
            /** @example website FAQ widget */
            name: string;
            /** @enum {string} */
            role: "public" | "bot" | "agent" | "editor" | "admin";
        };
        CreateArticleDto: {
            /** @description Phrasings customers use for this question */
            alternativeQuestions?: string[];
            /** @enum {string} */
            audience: "public" | "internal";
            /** @description Markdown */
            body: string;
            /** Format: uuid */
            categoryId?: string;
            changeNote?: string;
            intents?: string[];
            /** @description Shown to agents only */
            internalNotes?: string;
            /** @example en */
            locale: string;
            /**
             * Format: uuid
             * @description The owner: an API key (or give ownerName)
             */
            ownerKeyId?: string | null;
            /** @description The owner: a named person (or give ownerKeyId) */
            ownerName?: string | null;
            /** @description Publish revision 1 at once */
            publish?: boolean;
            /**
             * Format: date-time
             * @description The next review date; past it the article is due for review
             */
            reviewBy?: string | null;
            /** @description Days between reviews; sets reviewBy from the last verification (or now) unless reviewBy is given */
            reviewIntervalDays?: number | null;
            /** @description Derived from the title when omitted */
            slug?: string;
            /** @description The short answer */
            summary?: string;
            tags?: string[];
            /** @example How do I reset my voicemail PIN? */
            title: string;
            variants?: components["schemas"]["ChannelVariantsDto"];
        };
        CreateCategoryDto: {
            /**
             * @description Display name per locale
             * @example {
             *       "en": "Billing",
             *       "fr": "Facturation"
             *     }
             */
            names: {
                [key: string]: string;
            };
            /** Format: uuid */
            parentId?: string | null;
            /** @default 0 */
            position?: number;
            /** @example billing */
            slug: string;
        };
        CreatedApiKeyView: {
            allowedOrigins: string[];
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Short id to tell keys apart (derived from the id, not the secret)
             * @example key_0193a1b2
             */
            displayId: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** @enum {string} */
            role: "public" | "bot" | "agent" | "editor" | "admin";
            /** @description The key itself: shown in this response only */
            secret: string;
        };
        CreateDraftDto: {
            /** @description Phrasings customers use for this question */
            alternativeQuestions?: string[];
            /** @description The article to change (id or slug); omit to propose a new article */
            articleId?: string;
            /** @enum {string} */
            audience?: "public" | "internal";
            /** @description The revision the change was written against (0 for a new locale); or send If-Match */
            baseRevision?: number;
            /** @description Markdown */
            body: string;
            /** Format: uuid */
            categoryId?: string;
            intents?: string[];
            /** @description Shown to agents only */
            internalNotes?: string;
            /** @description Required for a new article; defaults to the article's default locale for a change */
            locale?: string;
            /** @description The author's explanation for the editor; becomes the revision's change note */
            note?: string;
            /** @description Derived from the title when omitted */
            slug?: string;
            source?: components["schemas"]["DraftSourceDto"];
            /** @description The short answer */
            summary?: string;
            tags?: string[];
            /** @example How do I reset my voicemail PIN? */
            title: string;
            variants?: components["schemas"]["ChannelVariantsDto"];
        };
        CreatedWebhookView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string;
            /**
             * @example [
             *       "article.*"
             *     ]
             */
            events: string[];
            /** Format: uuid */
            id: string;
            /** @description The signing secret: shown in this response only */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        CreateIntentDto: {
            description?: string;
            /** @example reset_pin */
            key: string;
            /** @example Reset a PIN */
            name: string;
        };
        CreateRevisionDto: {
            /** @description Phrasings customers use for this question */
            alternativeQuestions?: string[];
            /** @description The revision this one is based on (0 for a new locale); or send If-Match */
            baseRevision?: number;
            /** @description Markdown */
            body: string;
            changeNote?: string;
            /** @description Shown to agents only */
            internalNotes?: string;
            /** @description Defaults to the article's default locale */
            locale?: string;
            /** @description The short answer */
            summary?: string;
            /** @example How do I reset my voicemail PIN? */
            title: string;
            variants?: components["schemas"]["ChannelVariantsDto"];
        };
        CreateSynonymGroupDto: {
            /** @example fr */
            locale: string;
            /**
             * @description Interchangeable terms, each one or more words; at least two different ones
             * @example [
             *       "cb",
             *       "carte bancaire",
             *       "carte bleue"
             *     ]
             */
            terms: string[];
        };
        CreateWebhookDto: {
            /**
             * @description An inactive webhook is sent nothing and queues nothing; deliveries already queued wait for it
             * @default true
             */
            active?: boolean;
            description?: string;
            /**
             * @example [
             *       "article.*"
             *     ]
             */
            events: ("*" | "article.*" | "draft.*" | "article.published" | "article.unpublished" | "article.archived" | "article.expired" | "article.updated" | "article.verified" | "article.review_due" | "draft.submitted" | "draft.amended" | "draft.approved" | "draft.changes_requested" | "draft.rejected" | "draft.withdrawn")[];
            /** @description Signing secret (16+ characters); generated when omitted. Shown once, in the creation response. */
            secret?: string;
            /** @example https://bot.example.com/hooks/savoir */
            url: string;
        };
        CurvePointView: {
            /** @description Share of the held-out phrasings answered at this threshold; never increases with it */
            answered: number;
            /** @description Share of the out-of-scope examples answered (null: none for this locale) */
            outOfScopeAnswered: number | null;
            /** @description Share of those answers given with the right article (null: none answered) */
            precision: number | null;
            /** @description Answer threshold (0, 0.01, … 1) */
            threshold: number;
        };
        DayCountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /**
             * Format: date
             * @example 2026-03-01
             */
            date: string;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        DecisionDto: {
            /** @description Why: shown to the author */
            comment: string;
            /** @description The draft version decided on: 409 if it was amended since */
            version?: number;
        };
        DeletedRowsView: {
            events: number;
            feedback: number;
            searches: number;
            served: number;
        };
        DeliveryAttemptView: {
            /** Format: date-time */
            at: string;
            durationMs: number;
            error: string | null;
            statusCode: number | null;
        };
        DraftDetailView: {
            alternativeQuestions: string[];
            /**
             * Format: uuid
             * @description null for a proposed new article
             */
            articleId: string | null;
            author: string;
            /** Format: uuid */
            authorKeyId: string | null;
            /** @description The revision the draft was written against */
            base: components["schemas"]["RevisionView"] | null;
            /** @description The revision the draft was written against */
            baseRevision: number | null;
            body: string;
            /** Format: uuid */
            categoryId: string | null;
            /** @description What approving would change against the live revision */
            changes: components["schemas"]["FieldDiffView"][];
            /** Format: date-time */
            createdAt: string;
            /** @description The latest revision of the locale, which approval writes on top of */
            currentRevision: number | null;
            /** Format: date-time */
            decidedAt: string | null;
            history: components["schemas"]["DraftHistoryEntryView"][];
            /** Format: uuid */
            id: string;
            internalNotes: string;
            /** @description The last replay of logged questions against the draft (POST /v1/drafts/{id}/replay), if any */
            lastReplay: components["schemas"]["ReplaySummaryView"] | null;
            liveRevision: number | null;
            locale: string;
            /** @description The author's explanation */
            note: string;
            proposedArticle: components["schemas"]["ProposedArticleView"] | null;
            /** Format: date-time */
            publishAt: string | null;
            /** @description The revision written on approval */
            revision: number | null;
            source: components["schemas"]["DraftSourceView"];
            /** @description The article moved on since the base: approval answers 409 until the draft is rebased */
            stale: boolean;
            /** @enum {string} */
            status: "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            variants: components["schemas"]["ChannelVariantsDto"];
            /** @description Bumped on every change: the base an amendment or decision names */
            version: number;
        };
        DraftHistoryEntryView: {
            /** @enum {string} */
            action: "submitted" | "amended" | "rebased" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            actor: string;
            /** Format: uuid */
            actorKeyId: string | null;
            /** Format: date-time */
            at: string;
            comment: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            draftId: string;
            id: string;
        };
        DraftPageView: {
            items: components["schemas"]["DraftView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        DraftSourceDto: {
            /** @enum {string} */
            channel?: "web" | "bot" | "voice" | "agent" | "email";
            /** @description Conversation (chat, call) the proposal came from */
            conversationId?: string;
            /** @description Ticket the proposal came from */
            ticketId?: string;
        };
        DraftSourceView: {
            /** @enum {string} */
            channel?: "web" | "bot" | "voice" | "agent" | "email";
            conversationId?: string;
            ticketId?: string;
        };
        DraftView: {
            alternativeQuestions: string[];
            /**
             * Format: uuid
             * @description null for a proposed new article
             */
            articleId: string | null;
            author: string;
            /** Format: uuid */
            authorKeyId: string | null;
            /** @description The revision the draft was written against */
            baseRevision: number | null;
            body: string;
            /** Format: uuid */
            categoryId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            internalNotes: string;
            locale: string;
            /** @description The author's explanation */
            note: string;
            proposedArticle: components["schemas"]["ProposedArticleView"] | null;
            /** Format: date-time */
            publishAt: string | null;
            /** @description The revision written on approval */
            revision: number | null;
            source: components["schemas"]["DraftSourceView"];
            /** @enum {string} */
            status: "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            variants: components["schemas"]["ChannelVariantsDto"];
            /** @description Bumped on every change: the base an amendment or decision names */
            version: number;
        };
        EventsAck: {
            /** @description Events in the batch, each now stored (once) */
            accepted: number;
            /** @description Of those, events that had already been received (retries) */
            duplicates: number;
        };
        FaqItemView: {
            /** Format: uuid */
            articleId: string;
            /** Format: uuid */
            categoryId: string | null;
            locale: string;
            revision: number;
            slug: string;
            /** @description Plain text as the editor wrote it: escape it before building HTML from it */
            summary: string;
            /** @description Plain text as the editor wrote it: escape it before building HTML from it */
            title: string;
        };
        FaqView: {
            items: components["schemas"]["FaqItemView"][];
            /** @description The locales tried, in order */
            locales: string[];
        };
        FeedbackDto: {
            /** @description Free text; personal data (emails, phone and card numbers, IBANs) is removed before it is stored */
            comment?: string;
            helpful: boolean;
            /**
             * Format: uuid
             * @description Client-chosen id: sending the same feedback again is acknowledged without counting twice
             */
            id?: string;
            /**
             * @description A short reason code chosen by the client
             * @example outdated
             */
            reason?: string;
            /**
             * Format: uuid
             * @description The `servedId` of the answer this feedback is about
             */
            servedId: string;
        };
        FeedbackView: {
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            helpful: boolean;
            id: string;
            reason: string | null;
            servedId: string;
        };
        FieldDiffView: {
            changed: boolean;
            /**
             * @description A content field; variants compare as `variants.<channel>`
             * @example body
             */
            field: string;
            /** @description The value before (text, or a list of strings) */
            from: string | string[];
            /** @description Item-level changes of lists */
            items?: components["schemas"]["LineChangeView"][];
            /** @description Line-level changes of multi-line text */
            lines?: components["schemas"]["LineChangeView"][];
            /** @description The value after */
            to: string | string[];
        };
        FieldErrorView: {
            /** @example title */
            field: string;
            message: string;
        };
        GapDraftDto: {
            /**
             * @description A new article’s audience; default public
             * @enum {string}
             */
            audience?: "public" | "internal";
            /** @description A new article’s body (Markdown); default empty, for the editor to write */
            body?: string;
            /**
             * @description `questions`: the topic's questions added to its nearest article; `article`: a new article. Default: `questions` when the nearest article is near enough (similarity ≥ 0.2), else `article`
             * @enum {string}
             */
            kind?: "questions" | "article";
            /** @description Note for the reviewer; default says which topic the draft comes from */
            note?: string;
        };
        GapDraftView: {
            draft: components["schemas"]["DraftDetailView"];
            /** @enum {string} */
            kind: "questions" | "article";
            /** Format: uuid */
            topicId: string;
        };
        GapExampleView: {
            /** @description Times it failed */
            questions: number;
            /** @description A question as asked (personal data redacted) */
            text: string;
        };
        GapTopicsReportView: {
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            items: components["schemas"]["GapTopicView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        GapTopicView: {
            /**
             * @example {
             *       "bot": 3,
             *       "voice": 1
             *     }
             */
            channels: {
                [key: string]: number;
            };
            /** Format: uuid */
            draftId: string | null;
            /** @enum {string|null} */
            draftKind: "questions" | "article" | null;
            /** @description Most frequent questions first */
            examples: components["schemas"]["GapExampleView"][];
            /** Format: uuid */
            id: string;
            /** @description Failures over the range, all channels: unanswered + zeroResults + unhelpful */
            impact: number;
            /** @description Its most frequent question (redacted) */
            label: string;
            /** Format: date-time */
            lastSeen: string;
            locale: string;
            nearestArticle: components["schemas"]["NearestArticleView"] | null;
            /** Format: date-time */
            resolvedAt: string | null;
            sinceResolution: components["schemas"]["SinceResolutionView"] | null;
            /** @enum {string} */
            status: "open" | "drafted" | "resolved";
            unanswered: number;
            unhelpful: number;
            zeroResults: number;
        };
        ImportJobOptionsView: {
            dryRun: boolean;
            /** @enum {string} */
            format: "zendesk" | "csv" | "markdown";
            /** @enum {string} */
            onConflict: "report" | "draft";
            publish: boolean;
        };
        ImportJobView: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description Why the job stopped before its end */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @enum {string} */
            format: "zendesk" | "csv" | "markdown";
            /** Format: uuid */
            id: string;
            options: components["schemas"]["ImportJobOptionsView"];
            progress: components["schemas"]["ImportProgressView"];
            /** @description Once finished: counts and issues (errors, conflicts, warnings with file and line) */
            report: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
        };
        ImportProgressView: {
            /** @description Articles handled so far (written, unchanged or failed) */
            done: number;
            /** @description Articles in the input, when known */
            total: number | null;
        };
        IntentCountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            intent: string;
            /** @description The intent's name, else its key */
            name: string;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        IntentJourneyView: {
            /** @description Of which followed by an agent or email contact in the same session */
            followedByContact: number;
            intent: string;
            /** @description followedByContact / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            rate: number | null;
            selfServiceServed: number;
        };
        IntentListItemPageView: {
            items: components["schemas"]["IntentListItemView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        IntentListItemView: {
            /** @description Active articles answering it */
            articleCount: number;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** @example reset_pin */
            key: string;
            name: string;
        };
        IntentsReportView: {
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            /** @description Most served first */
            items: components["schemas"]["IntentCountersView"][];
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        IntentView: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** @example reset_pin */
            key: string;
            name: string;
        };
        JourneyFigureView: {
            /** @description Of which followed by an agent or email contact in the same session */
            followedByContact: number;
            /** @description followedByContact / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            rate: number | null;
            selfServiceServed: number;
        };
        JourneysReportView: {
            /** @description Most followed by a contact first, `limit` at most */
            articles: components["schemas"]["ArticleJourneyView"][];
            channels: components["schemas"]["ChannelJourneyView"][];
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            /** @description Most followed by a contact first, `limit` at most */
            intents: components["schemas"]["IntentJourneyView"][];
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            totals: components["schemas"]["JourneyFigureView"];
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
            /** @description How long after a self-service answer a contact counts */
            windowMinutes: number;
        };
        LineChangeView: {
            /** @enum {string} */
            op: "equal" | "add" | "remove";
            value: string;
        };
        LiveRevisionRefView: {
            /** Format: date-time */
            expiresAt: string | null;
            number: number;
            /** Format: date-time */
            publishedAt: string | null;
            summary: string;
            title: string;
        };
        LiveView: {
            /** @example ok */
            status: string;
        };
        MergeConflictView: {
            base: string | string[];
            draft: string | string[];
            /** @enum {string} */
            field: "title" | "summary" | "body" | "alternativeQuestions" | "variants.web" | "variants.bot" | "variants.voice" | "variants.agent" | "variants.email" | "internalNotes";
            live: string | string[];
        };
        MeView: {
            allowedOrigins?: string[];
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            keyId: string;
            name: string;
            /** @enum {string} */
            role: "public" | "bot" | "agent" | "editor" | "admin";
        };
        NearestArticleView: {
            /** Format: uuid */
            id: string;
            /** @description The matcher's confidence that this article answers the topic's first question, 0-1 */
            similarity: number;
            slug: string | null;
            title: string | null;
        };
        PreviewDto: {
            /** @description As POST /v1/answers serves it (the summary before the body) rather than as the render endpoint does */
            answer?: boolean;
            /** @description Markdown */
            body: string;
            /** @description Every channel when omitted */
            channels?: ("web" | "bot" | "voice" | "agent" | "email")[];
            /**
             * @description The content's locale (speech output spells numbers in it)
             * @example fr
             */
            locale?: string;
            summary?: string;
            variants?: components["schemas"]["ChannelVariantsDto"];
        };
        PreviewView: {
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** @description The wording rendered in `format`. html: sanitised HTML (allow-listed tags, http/https/mailto/tel links, no scripts, styles or event handlers), safe to insert as HTML. markdown: the Markdown as written, which may hold HTML: render it with a sanitiser. text and speech: plain text with entities decoded; it holds no tag-shaped sequence ("<" that would open a tag is written ‹, its ">" ›) and no javascript:, vbscript: or data: URL, and links are written "text (url)" for http, https, mailto and tel targets only; escape it like any text before building HTML from it. */
            content: string;
            /** @enum {string} */
            format: "html" | "markdown" | "text" | "speech";
            /** @description The channel profile's length limit, in characters */
            maxChars: number;
            /** @description Length of that wording as written, in characters */
            sourceChars: number;
            /** @description Cut to the length limit */
            truncated: boolean;
            /** @description The wording used: a channel variant, summary or body */
            variant: string;
        };
        ProblemView: {
            /** @enum {string} */
            code: "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "UNAVAILABLE" | "INTERNAL";
            detail: string;
            /** @description Each invalid field of a 400 */
            errors?: components["schemas"]["FieldErrorView"][];
            /** @description The request path */
            instance?: string;
            /** @example 409 */
            status: number;
            /** @example Conflict */
            title: string;
            /** @example https://savoir.dev/problems/conflict */
            type: string;
        };
        ProposedArticleView: {
            /** @enum {string} */
            audience: "public" | "internal";
            /** Format: uuid */
            categoryId?: string;
            intents?: string[];
            slug?: string;
            tags?: string[];
        };
        ProposedRuleDto: {
            action?: components["schemas"]["RuleActionDto"];
            condition?: components["schemas"]["RuleConditionDto"];
            /** @default true */
            enabled?: boolean;
            /** @description The rule edited; absent: a new rule */
            id?: string;
            /**
             * @description Levels apply in ascending order
             * @default 1
             */
            level?: number;
            /** @example Network outage: internet questions */
            name?: string;
            /** @description Why: kept in the history */
            note?: string;
            /** @description Order within the level (default: last) */
            position?: number;
        };
        PublishDto: {
            /**
             * Format: date-time
             * @description Stop serving at this time
             */
            expiresAt?: string;
            locale?: string;
            /**
             * Format: date-time
             * @description Publish later, at this time
             */
            publishAt?: string;
        };
        QuestionPatternDto: {
            /**
             * @description words: comma-separated words or phrases, any of them
             * @enum {string}
             */
            type: "words" | "regex";
            /**
             * @description Regex: at most 200 characters, a safe subset
             * @example internet, wifi, connexion*
             */
            value: string;
        };
        ReadyView: {
            /** @example ok */
            database: string;
            search: components["schemas"]["SearchHealthView"];
            /** @example ready */
            status: string;
        };
        RebasedDraftView: {
            alternativeQuestions: string[];
            /**
             * Format: uuid
             * @description null for a proposed new article
             */
            articleId: string | null;
            author: string;
            /** Format: uuid */
            authorKeyId: string | null;
            /** @description The revision the draft was written against */
            base: components["schemas"]["RevisionView"] | null;
            /** @description The revision the draft was written against */
            baseRevision: number | null;
            body: string;
            /** Format: uuid */
            categoryId: string | null;
            /** @description What approving would change against the live revision */
            changes: components["schemas"]["FieldDiffView"][];
            /** Format: date-time */
            createdAt: string;
            /** @description The latest revision of the locale, which approval writes on top of */
            currentRevision: number | null;
            /** Format: date-time */
            decidedAt: string | null;
            history: components["schemas"]["DraftHistoryEntryView"][];
            /** Format: uuid */
            id: string;
            internalNotes: string;
            /** @description The last replay of logged questions against the draft (POST /v1/drafts/{id}/replay), if any */
            lastReplay: components["schemas"]["ReplaySummaryView"] | null;
            liveRevision: number | null;
            locale: string;
            /** @description The author's explanation */
            note: string;
            proposedArticle: components["schemas"]["ProposedArticleView"] | null;
            /** Format: date-time */
            publishAt: string | null;
            /** @description null when the draft was already on the latest revision */
            rebase: components["schemas"]["RebaseOutcomeView"] | null;
            /** @description The revision written on approval */
            revision: number | null;
            source: components["schemas"]["DraftSourceView"];
            /** @description The article moved on since the base: approval answers 409 until the draft is rebased */
            stale: boolean;
            /** @enum {string} */
            status: "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            summary: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
            variants: components["schemas"]["ChannelVariantsDto"];
            /** @description Bumped on every change: the base an amendment or decision names */
            version: number;
        };
        RebaseDto: {
            /** @description How to settle the conflicts a previous rebase attempt reported */
            resolutions?: components["schemas"]["ResolutionDto"][];
            /** @description The draft version rebased: 409 if it was amended since */
            version?: number;
        };
        RebaseOutcomeView: {
            from: number;
            onto: number;
            resolved: string[];
            /** @description Fields changed only on the live side, taken from it */
            takenFromLive: string[];
        };
        RenderedArticleView: {
            articleId: string;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** @description The wording rendered in `format`. html: sanitised HTML (allow-listed tags, http/https/mailto/tel links, no scripts, styles or event handlers), safe to insert as HTML. markdown: the Markdown as written, which may hold HTML: render it with a sanitiser. text and speech: plain text with entities decoded; it holds no tag-shaped sequence ("<" that would open a tag is written ‹, its ">" ›) and no javascript:, vbscript: or data: URL, and links are written "text (url)" for http, https, mailto and tel targets only; escape it like any text before building HTML from it. */
            content: string;
            /** @enum {string} */
            format: "html" | "markdown" | "text" | "speech";
            /** @description Agents only. Plain text as the editor wrote it: escape it before building HTML from it */
            internalNotes?: string;
            /** @description The locale served */
            locale: string;
            /** @description The article is past its review date */
            reviewDue: boolean;
            revision: number;
            servedId: string;
            slug: string;
            /** @description Plain text as the editor wrote it: escape it before building HTML from it */
            title: string;
            truncated: boolean;
            /** @description The wording used: a channel variant, summary or body */
            variant: string;
            /** @description Who confirmed this content is still right, and when; null if nobody has since it was published */
            verified: components["schemas"]["VerificationView"] | null;
        };
        ReplayChangeView: {
            after: components["schemas"]["ReplayedAnswerView"];
            before: components["schemas"]["ReplayedAnswerView"];
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            locale: string;
            /** @description The logged question (redacted when it was logged) */
            question: string;
        };
        ReplayedAnswerView: {
            /** @description The article answered (`draft:<id>` for a new article a draft proposes); null: no answer */
            articleId: string | null;
            handoff: boolean;
            rule?: components["schemas"]["AppliedRuleView"];
            title?: string;
        };
        ReplayOptionsDto: {
            /**
             * @description Last N logged questions
             * @default 1000
             */
            limit?: number;
        };
        ReplaySummaryView: {
            /** @description Articles that lose or gain questions, most lost first */
            articles: components["schemas"]["ArticleShiftView"][];
            /** Format: date-time */
            at: string;
            by: string;
            /** @description Questions whose answer (article or hand-off) changes */
            changed: number;
            /** @description The changes, at most 200 */
            changes: components["schemas"]["ReplayChangeView"][];
            /** @description Questions unanswered before, answered after */
            gapsClosed: number;
            /** @description Questions answered before, unanswered after */
            gapsOpened: number;
            /** @enum {string} */
            kind: "draft" | "revision" | "rule";
            /** @description Time the replay took */
            ms: number;
            /** @description Logged questions replayed */
            questions: number;
        };
        ReplySuggestionDto: {
            /** @description The email body, quoted history and signature included: they are stripped (only its first 4,000 characters are read) */
            body: string;
            /**
             * @description Serve for this channel instead of the key's own (within what the key's role allows)
             * @enum {string}
             */
            channel?: "web" | "bot" | "voice" | "agent" | "email";
            /**
             * @description Locale wanted; falls back to its language, then the default locale
             * @example fr-CA
             */
            locale?: string;
            sessionId?: string;
            /** @example Voicemail PIN */
            subject: string;
        };
        ReplySuggestionsView: {
            /** @description Plain text (see `content` for text): a reply drafted from the confident suggestions, with no tag-shaped sequence nor dangerous URL */
            draftReply: string;
            /** @description Plain text: the email with quoted history, forwards and signature stripped, "<" of tags written ‹ */
            question: string;
            servedIds: string[];
            suggestions: components["schemas"]["RenderedArticleView"][];
        };
        ReportedArticleView: {
            /** Format: uuid */
            id: string;
            slug: string;
            /** @description Title of the live (else latest) revision, default locale first */
            title: string | null;
        };
        ResolutionDto: {
            /** @enum {string} */
            field: "title" | "summary" | "body" | "alternativeQuestions" | "variants.web" | "variants.bot" | "variants.voice" | "variants.agent" | "variants.email" | "internalNotes";
            /**
             * @description Keep the live side, the draft side, or `value`
             * @enum {string}
             */
            take: "live" | "draft" | "value";
            /** @description With take=value: the text (a list of strings for alternativeQuestions) */
            value?: string | string[];
        };
        RestoreDto: {
            /** @description The current head revision (or send If-Match) */
            baseRevision?: number;
            changeNote?: string;
            locale?: string;
        };
        RevisionCountersView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            locale: string;
            /** @description The revision before it in the same locale (the closest one served in the period), to compare with */
            previous: components["schemas"]["RevisionFiguresView"] | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            revision: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        RevisionFiguresView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            locale: string;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            revision: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
        };
        RevisionSummaryView: {
            /** Format: uuid */
            articleId: string;
            author: string;
            /** Format: uuid */
            authorKeyId: string | null;
            /** @description The revision this one was written on top of (0 for the first) */
            baseRevision: number;
            changeNote: string;
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            locale: string;
            number: number;
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "superseded" | "unpublished" | "expired";
            summary: string;
            title: string;
        };
        RevisionView: {
            alternativeQuestions: string[];
            /** Format: uuid */
            articleId: string;
            author: string;
            /** Format: uuid */
            authorKeyId: string | null;
            /** @description The revision this one was written on top of (0 for the first) */
            baseRevision: number;
            /** @description Markdown */
            body: string;
            changeNote: string;
            contentHash: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            internalNotes: string;
            locale: string;
            number: number;
            /** Format: date-time */
            publishAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "superseded" | "unpublished" | "expired";
            summary: string;
            title: string;
            variants: components["schemas"]["ChannelVariantsDto"];
        };
        RuleActionDto: {
            /** @description Article ids ranked first among the candidates */
            boost?: string[];
            /** @description Article ids ranked last, never the answer */
            bury?: string[];
            /**
             * @description Hand off after the answer, or instead of it
             * @enum {string}
             */
            handoff?: "after" | "instead";
            /** @description Article id: the answer, whatever the matcher says */
            pin?: string;
            /** @description Confidence an answer needs, instead of the channel's */
            threshold?: number;
            /**
             * @description Wording served: summary, body or a channel variant
             * @enum {string}
             */
            variant?: "summary" | "body" | "web" | "bot" | "voice" | "agent" | "email";
        };
        RuleConditionDto: {
            /** @description Ids of the API keys asking */
            apiKeys?: string[];
            /** @description Ids of articles; the one the question matched best */
            articles?: string[];
            channels?: ("web" | "bot" | "voice" | "agent" | "email")[];
            /** @description Applies from this instant (ISO 8601) */
            from?: string;
            /** @description Weekly hours, in timeZone */
            hours?: components["schemas"]["WeeklyHoursDto"][];
            /** @description Intents of the article the question matched best */
            intents?: string[];
            /** @description Requested locale or its language ("fr" matches "fr-CA") */
            locales?: string[];
            pattern?: components["schemas"]["QuestionPatternDto"];
            /**
             * @description IANA time zone of hours (default Europe/Paris)
             * @example Europe/Paris
             */
            timeZone?: string;
            /** @description Applies until this instant, excluded (ISO 8601) */
            until?: string;
        };
        RuleReplayDto: {
            /**
             * @description Last N logged questions
             * @default 1000
             */
            limit?: number;
            rule: components["schemas"]["ProposedRuleDto"];
        };
        SampleSizeView: {
            /** @description Held-out phrasings matched by models trained on the others */
            inScope: number;
            /** @description Out-of-scope examples (content/out-of-scope/<locale>.txt) counted */
            outOfScope: number;
            /** @description Out-of-scope examples left out: matched as surely as answers 99% right, so covered by this knowledge base */
            outOfScopeCovered: number;
        };
        ScheduledRevisionRefView: {
            number: number;
            /** Format: date-time */
            publishAt: string | null;
        };
        SearchHealthView: {
            /** @example embedded */
            engine: string;
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        SearchHitView: {
            articleId: string;
            locale: string;
            /** @description The alternative question that matched best. Plain text as the editor wrote it: escape it before building HTML from it */
            matchedQuestion?: string;
            revision: number;
            score: number;
            slug: string;
            /** @description HTML: the excerpt HTML-escaped, with matched terms in <mark>…</mark> and no other tag */
            snippet: string;
            /** @description Plain text as the editor wrote it: escape it before building HTML from it */
            title: string;
        };
        SearchResultView: {
            hits: components["schemas"]["SearchHitView"][];
            locales: string[];
            searchId: string;
            total: number;
        };
        ServedAnswerView: {
            /** Format: uuid */
            apiKeyId: string | null;
            /** @description Name of the API key that asked */
            apiKeyName: string | null;
            /** Format: uuid */
            articleId: string;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** @description The answer's calibrated confidence */
            confidence: number | null;
            /** @enum {string|null} */
            format: "html" | "markdown" | "text" | "speech" | null;
            /** @description The feedback on it, if any */
            helpful: boolean | null;
            /** Format: uuid */
            id: string;
            /**
             * @description What served it
             * @enum {string}
             */
            kind: "render" | "answer" | "suggestion" | "faq";
            locale: string;
            /** @description The channel profile version it was rendered with */
            profileVersion: number | null;
            /** @description The query or question it answered (personal data redacted) */
            query: string | null;
            /** @description Position in the search hits */
            rank: number | null;
            /** @description true: rendered again from revision, variant and profile version; false: the stored text (or none) */
            reproduced: boolean;
            revision: number;
            /**
             * Format: uuid
             * @description The answer rule that applied
             */
            ruleId: string | null;
            /** @description That rule's version */
            ruleVersion: number | null;
            /** @description The engine's uncalibrated score */
            score: number | null;
            /** Format: uuid */
            searchId: string | null;
            /** Format: date-time */
            servedAt: string;
            /** @description The client session */
            sessionId: string | null;
            /** @description Null when the article is gone */
            slug: string | null;
            /** @description The exact text the customer received; null when it can be neither reproduced nor was stored */
            text: string | null;
            /** @description Title of the revision served */
            title: string | null;
            /** @description Cut to the profile length limit */
            truncated: boolean | null;
            /** @description The channel variant served */
            variant: string;
        };
        ServedLineView: {
            /** Format: uuid */
            apiKeyId: string | null;
            /** @description Name of the API key that asked */
            apiKeyName: string | null;
            /** Format: uuid */
            articleId: string;
            /** @enum {string} */
            channel: "web" | "bot" | "voice" | "agent" | "email";
            /** @description The answer's calibrated confidence */
            confidence: number | null;
            /** @description The feedback on it, if any */
            helpful: boolean | null;
            /** Format: uuid */
            id: string;
            /**
             * @description What served it
             * @enum {string}
             */
            kind: "render" | "answer" | "suggestion" | "faq";
            locale: string;
            /** @description The query or question it answered (personal data redacted) */
            query: string | null;
            /** @description Position in the search hits */
            rank: number | null;
            revision: number;
            /** @description The engine's uncalibrated score */
            score: number | null;
            /** Format: uuid */
            searchId: string | null;
            /** Format: date-time */
            servedAt: string;
            /** @description The client session */
            sessionId: string | null;
            /** @description Null when the article is gone */
            slug: string | null;
            /** @description Title of the revision served */
            title: string | null;
            /** @description The channel variant served */
            variant: string;
        };
        ServedReportView: {
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            items: components["schemas"]["ServedLineView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        SessionErasureView: {
            /** @description Raw rows deleted, per table */
            deleted: components["schemas"]["DeletedRowsView"];
            sessionId: string;
        };
        SinceResolutionView: {
            /** @description Questions of the topic answered since its draft was published */
            answered: number;
            /** @description Of the topic still unanswered, without search results or marked unhelpful since */
            stillFailing: number;
        };
        SummaryDayView: {
            /** @description questions − unanswered */
            answered: number;
            /** @description answered / questions, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            answerRate: number | null;
            clicks: number;
            /** @description Answers copied into an agent reply */
            copies: number;
            /**
             * Format: date
             * @example 2026-03-01
             */
            date: string;
            /** @description escalations / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            escalationRate: number | null;
            /** @description Self-service answers followed by an agent or email contact */
            escalations: number;
            handoffs: number;
            helpful: number;
            /** @description helpful / (helpful + unhelpful), 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            helpfulRate: number | null;
            /** @description Questions (answers, reply suggestions) whose best candidate was this article (revision), answered or not; per channel totals: every question */
            questions: number;
            resolved: number;
            searches: number;
            /** @description selfServiceResolved / selfServiceServed, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            selfServiceResolutionRate: number | null;
            /** @description Self-service answers not followed by an agent or email contact within the window */
            selfServiceResolved: number;
            /** @description Answers served on the self-service channels (web, bot, voice) */
            selfServiceServed: number;
            /** @description Answers served */
            served: number;
            /** @description Of the questions, those left without a confident answer (handed off, or no answer) */
            unanswered: number;
            unhelpful: number;
            /** @description zeroResultSearches / searches, 0 to 1 rounded to 4 decimals; null when nothing to divide by */
            zeroResultRate: number | null;
            zeroResultSearches: number;
        };
        SummaryReportView: {
            /** @description Every day of the period, in order */
            days: components["schemas"]["SummaryDayView"][];
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            totals: components["schemas"]["CountersAndSearchesView"];
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        SynonymGroupPageView: {
            items: components["schemas"]["SynonymGroupView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        SynonymGroupView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example fr */
            locale: string;
            /**
             * @example [
             *       "cb",
             *       "carte bancaire"
             *     ]
             */
            terms: string[];
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped on every change: the base a PUT names */
            version: number;
        };
        TagView: {
            /** @description Active articles carrying it */
            articleCount: number;
            tag: string;
        };
        UnansweredQuestionsReportView: {
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            items: components["schemas"]["UnansweredQuestionView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
        UnansweredQuestionView: {
            /**
             * @description Count per channel (channels where it occurred)
             * @example {
             *       "web": 3,
             *       "bot": 1
             *     }
             */
            channels: {
                [key: string]: number;
            };
            /** Format: date-time */
            lastSeen: string;
            /** @description The normalised query */
            query: string;
            questions: number;
        };
        UnpublishDto: {
            /** @description Only this locale; every locale when omitted */
            locale?: string;
        };
        UpdateAnswerRuleDto: {
            action?: components["schemas"]["RuleActionDto"];
            condition?: components["schemas"]["RuleConditionDto"];
            /** @default true */
            enabled?: boolean;
            /**
             * @description Levels apply in ascending order
             * @default 1
             */
            level?: number;
            /** @example Network outage: internet questions */
            name?: string;
            /** @description Why: kept in the history */
            note?: string;
            /** @description Order within the level (default: last) */
            position?: number;
            /** @description The version edited (or If-Match); a stale one answers 409 */
            version?: number;
        };
        UpdateApiKeyDto: {
            /**
             * @description Replaces the list. Origins (scheme://host[:port]) of the web pages that may call the API with this key from a browser (CORS), e.g. the sites embedding the FAQ widget. A cross-origin browser request from any other page is refused with 403; none: no browser origin.
             * @example [
             *       "https://www.example.com"
             *     ]
             */
            allowedOrigins?: string[];
            name?: string;
        };
        UpdateArticleDto: {
            /** @enum {string} */
            audience?: "public" | "internal";
            /** Format: uuid */
            categoryId?: string | null;
            /** @description Intent keys this article answers */
            intents?: string[];
            /**
             * Format: uuid
             * @description The owner: an API key (or give ownerName)
             */
            ownerKeyId?: string | null;
            /** @description The owner: a named person (or give ownerKeyId) */
            ownerName?: string | null;
            /**
             * Format: date-time
             * @description The next review date; past it the article is due for review
             */
            reviewBy?: string | null;
            /** @description Days between reviews; sets reviewBy from the last verification (or now) unless reviewBy is given */
            reviewIntervalDays?: number | null;
            /** @example reset-voicemail-pin */
            slug?: string;
            tags?: string[];
            /** @description The article version this change is based on (or send If-Match) */
            version?: number;
        };
        UpdateCategoryDto: {
            /** @description Replaces the display names */
            names?: {
                [key: string]: string;
            };
            /** Format: uuid */
            parentId?: string | null;
            position?: number;
            slug?: string;
        };
        UpdateChannelProfileDto: {
            audiences?: ("public" | "internal")[];
            /** @enum {string} */
            format?: "html" | "markdown" | "text" | "speech";
            includeInternalNotes?: boolean;
            maxChars?: number;
            /** @description Answer threshold; null: the one calibrated for the knowledge base and locale (GET /v1/matcher/calibration) */
            minConfidence?: number | null;
            /** @description Variants to use, preferred first; the body is the last resort */
            variantOrder?: ("web" | "bot" | "voice" | "agent" | "email")[];
            /** @description The profile version this change is based on (or If-Match) */
            version?: number;
        };
        UpdateIntentDto: {
            description?: string;
            name?: string;
        };
        UpdateSynonymGroupDto: {
            /** @description Interchangeable terms, each one or more words; at least two different ones */
            terms: string[];
            /** @description The version this change is based on (or If-Match); a stale one answers 409 */
            version?: number;
        };
        UpdateWebhookDto: {
            /**
             * @description An inactive webhook is sent nothing and queues nothing; deliveries already queued wait for it
             * @default true
             */
            active?: boolean;
            description?: string;
            /**
             * @example [
             *       "article.*"
             *     ]
             */
            events?: ("*" | "article.*" | "draft.*" | "article.published" | "article.unpublished" | "article.archived" | "article.expired" | "article.updated" | "article.verified" | "article.review_due" | "draft.submitted" | "draft.amended" | "draft.approved" | "draft.changes_requested" | "draft.rejected" | "draft.withdrawn")[];
            /** @description Signing secret (16+ characters); generated when omitted. Shown once, in the creation response. */
            secret?: string;
            /** @example https://bot.example.com/hooks/savoir */
            url?: string;
        };
        VerificationView: {
            /** Format: date-time */
            at: string;
            /** @description Plain text as the editor wrote it: escape it before building HTML from it */
            by: string;
        };
        VerifyArticleDto: {
            /**
             * Format: date-time
             * @description The next review date; by default now + the review interval (none without an interval)
             */
            nextReviewBy?: string;
        };
        WebhookDeliveryPageView: {
            items: components["schemas"]["WebhookDeliveryView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        WebhookDeliveryView: {
            attemptLog: components["schemas"]["DeliveryAttemptView"][];
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt?: string | null;
            /** @description The change feed event id */
            eventId: string;
            /** @example article.published */
            eventType: string;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            lastStatusCode: number | null;
            /** Format: date-time */
            nextAttemptAt: string;
            /** @description The body sent: the change feed item */
            payload: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: uuid */
            webhookId: string;
        };
        WebhookPageView: {
            items: components["schemas"]["WebhookView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
        };
        WebhookView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            description: string;
            /**
             * @example [
             *       "article.*"
             *     ]
             */
            events: string[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WeeklyHoursDto: {
            /**
             * @example [
             *       "mon",
             *       "tue",
             *       "wed",
             *       "thu",
             *       "fri"
             *     ]
             */
            days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            /**
             * @description Start, included ("HH:MM", 24 h, in timeZone)
             * @example 08:00
             */
            from: string;
            /**
             * @description End, excluded; not after from: the window runs past midnight (equal: all day)
             * @example 18:00
             */
            until: string;
        };
        WithdrawDto: {
            comment?: string;
        };
        ZeroResultSearchView: {
            /**
             * @description Count per channel (channels where it occurred)
             * @example {
             *       "web": 3,
             *       "bot": 1
             *     }
             */
            channels: {
                [key: string]: number;
            };
            /** Format: date-time */
            lastSeen: string;
            /** @description The normalised query */
            query: string;
            searches: number;
        };
        ZeroResultsReportView: {
            /**
             * Format: date
             * @description First local day of the report (inclusive)
             * @example 2026-03-01
             */
            from: string;
            items: components["schemas"]["ZeroResultSearchView"][];
            /** @description Pass as `cursor` for the next page; null on the last one */
            nextCursor: string | null;
            /**
             * Format: date
             * @description Last local day of the report (inclusive)
             * @example 2026-03-01
             */
            to: string;
            /**
             * @description The IANA time zone the days are cut in
             * @example Europe/Paris
             */
            tz: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveView"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyView"];
                };
            };
        };
    };
    ReportsController_articles: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                /** @description Only articles with this intent */
                intent?: string;
                limit?: number;
                locale?: string;
                order?: "asc" | "desc";
                sort?: "served" | "clicks" | "helpful" | "unhelpful" | "helpfulRate" | "handoffs" | "escalations" | "escalationRate" | "answerRate" | "selfServiceResolutionRate";
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlesReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_article: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_articleRevisions: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleRevisionsReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_channels: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelsReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    GapTopicsController_list: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                limit?: number;
                locale?: string;
                /** @description Only topics in this status */
                status?: "open" | "drafted" | "resolved";
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapTopicsReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    GapTopicsController_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                topicId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GapDraftDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapDraftView"];
                };
            };
        };
    };
    ReportsController_intents: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                /** @description Only articles with this intent */
                intent?: string;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentsReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_journeys: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                /** @description How many articles and intents to list (most followed first) */
                limit?: number;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneysReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_unansweredQuestions: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                limit?: number;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnansweredQuestionsReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_zeroResults: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                limit?: number;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ZeroResultsReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_served: {
        parameters: {
            query?: {
                articleId?: string;
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                kind?: "render" | "answer" | "suggestion" | "faq";
                limit?: number;
                locale?: string;
                revision?: number;
                searchId?: string;
                sessionId?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    ReportsController_servedAnswer: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedAnswerView"];
                };
            };
        };
    };
    ReportsController_eraseSession: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionErasureView"];
                };
            };
        };
    };
    ReportsController_summary: {
        parameters: {
            query?: {
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description First day (in `tz`); default: 29 days before `to` */
                from?: string;
                locale?: string;
                /** @description Last day, included (in `tz`); default: today */
                to?: string;
                /** @description IANA time zone the days are cut in; default UTC */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The report as JSON, or its main table as CSV with `Accept: text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryReportView"];
                    "text/csv": string;
                };
            };
        };
    };
    AnswerRulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerRuleView"][];
                };
            };
        };
    };
    AnswerRulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnswerRuleDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerRuleView"];
                };
            };
        };
    };
    AnswerRulesController_get: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerRuleView"];
                };
            };
        };
    };
    AnswerRulesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version edited, instead of version */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAnswerRuleDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerRuleView"];
                };
            };
        };
    };
    AnswerRulesController_history: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerRuleVersionView"][];
                };
            };
        };
    };
    ReplayController_rule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuleReplayDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaySummaryView"];
                };
            };
        };
    };
    ServingController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerView"];
                };
            };
        };
    };
    ArticlesController_list: {
        parameters: {
            query?: {
                audience?: "public" | "internal";
                /** @description Category id or slug; includes sub-categories */
                category?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                intent?: string;
                limit?: number;
                locale?: string;
                /** @description live: has a served revision (in `locale` if given) */
                publication?: "live" | "unpublished" | "scheduled";
                /** @description Substring of the slug or of a title */
                q?: string;
                /** @description due: active articles past their review date */
                review?: "due";
                state?: "active" | "archived";
                tag?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticlePageView"];
                };
            };
        };
    };
    ArticlesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticleDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_get: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The base revision (or article version for PATCH), instead of the body field */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateArticleDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_archive: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_diff: {
        parameters: {
            query: {
                from: number;
                locale?: string;
                to: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleDiffView"];
                };
            };
        };
    };
    ArticlesController_listRevisions: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionSummaryView"][];
                };
            };
        };
    };
    ArticlesController_createRevision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The base revision (or article version for PATCH), instead of the body field */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRevisionDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionView"];
                };
            };
        };
    };
    ArticlesController_getRevision: {
        parameters: {
            query?: {
                locale?: string;
            };
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionView"];
                };
            };
        };
    };
    ArticlesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionView"];
                };
            };
        };
    };
    ReplayController_revision: {
        parameters: {
            query?: {
                locale?: unknown;
            };
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplayOptionsDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaySummaryView"];
                };
            };
        };
    };
    ArticlesController_restore: {
        parameters: {
            query?: never;
            header?: {
                /** @description The base revision (or article version for PATCH), instead of the body field */
                "If-Match"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionView"];
                };
            };
        };
    };
    ArticlesController_unarchive: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_unpublish: {
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
                "application/json": components["schemas"]["UnpublishDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ArticlesController_verify: {
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
                "application/json": components["schemas"]["VerifyArticleDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArticleView"];
                };
            };
        };
    };
    ServingController_render: {
        parameters: {
            query?: {
                /** @description Serve for this channel instead of the key's own (within what the key's role allows) */
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                /** @description Locale wanted; falls back to its language, then the default locale */
                locale?: string;
                /** @description Rank of the article in that search (1-based) */
                rank?: number;
                /** @description The search this article was opened from */
                searchId?: string;
                sessionId?: string;
            };
            header?: never;
            path: {
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenderedArticleView"];
                };
            };
        };
    };
    TaxonomyController_categories: {
        parameters: {
            query?: {
                flat?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryNodeView"][];
                };
            };
        };
    };
    TaxonomyController_createCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCategoryDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
        };
    };
    TaxonomyController_category: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
        };
    };
    TaxonomyController_deleteCategory: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaxonomyController_updateCategory: {
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
                "application/json": components["schemas"]["UpdateCategoryDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryView"];
                };
            };
        };
    };
    ChangesController_read: {
        parameters: {
            query?: {
                /** @description A `cursor` (or `nextCursor`) from an earlier response; from the beginning when omitted */
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesPageView"];
                };
            };
        };
    };
    ChannelProfilesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelProfileView"][];
                };
            };
        };
    };
    ChannelProfilesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelProfileView"];
                };
            };
        };
    };
    ChannelProfilesController_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The profile version, instead of the body field */
                "If-Match"?: string;
            };
            path: {
                channel: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChannelProfileDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelProfileView"];
                };
            };
        };
    };
    ChannelProfilesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The profile version, instead of the body field */
                "If-Match"?: string;
            };
            path: {
                channel: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChannelProfileDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelProfileView"];
                };
            };
        };
    };
    DraftsController_list: {
        parameters: {
            query?: {
                /** @description Drafts of this article (id or slug) */
                articleId?: string;
                /** @description Author's key id or name */
                author?: string;
                /** @description Category id or slug, sub-categories included (the article's, or the one proposed for a new article) */
                category?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                locale?: string;
                /** @description Only the calling key's own drafts (always the case for an agent) */
                mine?: boolean;
                /** @description By submission time: oldest first (the review queue) or newest first */
                order?: "asc" | "desc";
                status?: "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftPageView"];
                };
            };
        };
    };
    DraftsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The base revision, instead of baseRevision */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDraftDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    DraftsController_get: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    DraftsController_amend: {
        parameters: {
            query?: never;
            header?: {
                /** @description The draft version, instead of version */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendDraftDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    DraftsController_approve: {
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
                "application/json": components["schemas"]["ApproveDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    DraftsController_history: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftHistoryEntryView"][];
                };
            };
        };
    };
    DraftsController_rebase: {
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
                "application/json": components["schemas"]["RebaseDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebasedDraftView"];
                };
            };
        };
    };
    DraftsController_reject: {
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
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    ReplayController_draft: {
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
                "application/json": components["schemas"]["ReplayOptionsDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaySummaryView"];
                };
            };
        };
    };
    DraftsController_requestChanges: {
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
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    DraftsController_withdraw: {
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
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftDetailView"];
                };
            };
        };
    };
    IngestController_events: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 1 to 1000 events */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClientEventDto"][];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsAck"];
                };
            };
        };
    };
    TransferController_export: {
        parameters: {
            query?: {
                /** @description markdown: a tar of the Markdown folder (default); json: one JSON document */
                format?: "markdown" | "json";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The knowledge base as a download (tar of the Markdown folder, or JSON) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                    "application/x-tar": string;
                };
            };
        };
    };
    ServingController_faq: {
        parameters: {
            query?: {
                /** @description Category id or slug; sub-categories included */
                category?: string;
                /** @description Serve for this channel instead of the key's own (within what the key's role allows) */
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                limit?: number;
                /** @description Locale wanted; falls back to its language, then the default locale */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FaqView"];
                };
            };
        };
    };
    IngestController_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FeedbackDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Already recorded: a retry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
            /** @description Recorded (committed) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackView"];
                };
            };
        };
    };
    TransferController_startImport: {
        parameters: {
            query?: {
                /** @description Report what would change, write nothing */
                dryRun?: "true" | "false";
                /** @description Detected from the file name or the archive content when omitted */
                format?: "zendesk" | "csv" | "markdown";
                /** @description A locale edited in Savoir since the last import: report it (default) or add the import as a draft on top */
                onConflict?: "report" | "draft";
                /** @description Publish what is imported (unless the source marks it a draft); drafts otherwise */
                publish?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobView"];
                };
            };
        };
    };
    TransferController_importJob: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobView"];
                };
            };
        };
    };
    TaxonomyController_intents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentListItemPageView"];
                };
            };
        };
    };
    TaxonomyController_createIntent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIntentDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentView"];
                };
            };
        };
    };
    TaxonomyController_intent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentView"];
                };
            };
        };
    };
    TaxonomyController_deleteIntent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaxonomyController_updateIntent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIntentDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntentView"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                includeRevoked?: boolean;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageView"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyView"];
                };
            };
        };
    };
    ApiKeysController_get: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
        };
    };
    ApiKeysController_update: {
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
                "application/json": components["schemas"]["UpdateApiKeyDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
        };
    };
    MatcherCalibrationController_get: {
        parameters: {
            query?: {
                /** @description Locale of the articles (default: the default locale) */
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalibrationView"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    ServingController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreviewView"][];
                };
            };
        };
    };
    ServingController_search: {
        parameters: {
            query: {
                /** @description Category id or slug; sub-categories included */
                category?: string;
                /** @description Serve for this channel instead of the key's own (within what the key's role allows) */
                channel?: "web" | "bot" | "voice" | "agent" | "email";
                limit?: number;
                /** @description Locale wanted; falls back to its language, then the default locale */
                locale?: string;
                q: string;
                /** @description Pseudonymous session or journey id given by the client */
                sessionId?: string;
                /** @description Comma-separated tags; every one must match */
                tags?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultView"];
                };
            };
        };
    };
    ServingController_suggestReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplySuggestionDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplySuggestionsView"];
                };
            };
        };
    };
    SynonymsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                locale?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SynonymGroupPageView"];
                };
            };
        };
    };
    SynonymsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSynonymGroupDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SynonymGroupView"];
                };
            };
        };
    };
    SynonymsController_get: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SynonymGroupView"];
                };
            };
        };
    };
    SynonymsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The group version, instead of the body field */
                "if-match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSynonymGroupDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SynonymGroupView"];
                };
            };
        };
    };
    SynonymsController_remove: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TaxonomyController_tags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagView"][];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPageView"];
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
        };
    };
    WebhooksController_get: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
        };
    };
    WebhooksController_remove: {
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
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_update: {
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
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                status?: "pending" | "succeeded" | "failed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageView"];
                };
            };
        };
    };
    WebhooksController_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused: invalid input (400), no or a wrong key (401), a role too low (403), not found (404), a stale base (409), too many requests (429)… */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            /** @description The server could not answer (503: retry after Retry-After seconds) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemView"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryView"];
                };
            };
        };
    };
}
