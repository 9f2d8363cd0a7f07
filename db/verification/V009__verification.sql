-- Verification: the review of incidents from REPORTED to VERIFIED. Intake keeps the incident's
-- status (its row lock orders concurrent actions); these tables keep every transition with its
-- checklist, the sign-offs that count, the queue's view of each incident, and the inbox.
-- Incident and case ids belong to intake and are referenced without foreign keys.

-- Where an incident stands in review, one row from its first SUBMIT on. Title, type and region
-- are copied when it enters review: an incident under review cannot be edited, so the copy holds
-- while it is in the queue.
CREATE TABLE review_state (
    incident_id         VARCHAR(36)    NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36)    NOT NULL,
    status              VARCHAR(24)    NOT NULL,
    review_round        INTEGER        NOT NULL,
    sign_offs           INTEGER        NOT NULL,
    title               VARCHAR(300)   NOT NULL,
    incident_type       VARCHAR(64),
    region              VARCHAR(200),
    reported_at         TIMESTAMP      NOT NULL,
    in_review_since     TIMESTAMP,
    decided_at          TIMESTAMP,
    seconds_to_verify   BIGINT,
    last_action         VARCHAR(24)    NOT NULL,
    last_actor          VARCHAR(64)    NOT NULL,
    last_action_at      TIMESTAMP      NOT NULL
);
CREATE INDEX review_state_queue ON review_state (status, in_review_since, incident_id);
CREATE INDEX review_state_decided ON review_state (decided_at, incident_id);

-- Who may not review the incident (recorded, edited, added material, uploaded evidence), as known
-- when it last entered review and as evidence arrives; the queue leaves these incidents out. The
-- sign-off itself asks intake and evidence afresh.
CREATE TABLE review_contributor (
    incident_id         VARCHAR(36)    NOT NULL,
    username            VARCHAR(64)    NOT NULL,
    PRIMARY KEY (incident_id, username)
);

-- Every action ever taken, never updated or deleted. The checklist columns are filled for
-- sign-offs; incident_version is the version of the record the action was taken on.
CREATE TABLE review_transition (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    incident_id         VARCHAR(36)    NOT NULL,
    case_id             VARCHAR(36)    NOT NULL,
    seq                 INTEGER        NOT NULL,
    review_round        INTEGER        NOT NULL,
    action              VARCHAR(24)    NOT NULL,
    from_status         VARCHAR(24)    NOT NULL,
    to_status           VARCHAR(24)    NOT NULL,
    actor               VARCHAR(64)    NOT NULL,
    acted_at            TIMESTAMP      NOT NULL,
    rationale           VARCHAR(8000),
    incident_version    BIGINT         NOT NULL,
    source_result       VARCHAR(16),
    source_note         VARCHAR(4000),
    technical_result    VARCHAR(16),
    technical_note      VARCHAR(4000),
    content_result      VARCHAR(16),
    content_note        VARCHAR(4000),
    CONSTRAINT review_transition_seq UNIQUE (incident_id, seq)
);

-- The grades a sign-off gave: each source (A-F), each casualty claim and key fact (1-6).
CREATE TABLE review_grade (
    transition_id       VARCHAR(36)    NOT NULL REFERENCES review_transition (id),
    position            INTEGER        NOT NULL,
    subject             VARCHAR(8)     NOT NULL,
    subject_id          VARCHAR(36),
    statement           VARCHAR(1000),
    grade               VARCHAR(1)     NOT NULL,
    PRIMARY KEY (transition_id, position)
);

-- The sign-offs of each round. The key makes a second sign-off by the same reviewer in a round
-- impossible, whatever instance it comes through.
CREATE TABLE review_signoff (
    incident_id         VARCHAR(36)    NOT NULL,
    review_round        INTEGER        NOT NULL,
    reviewer            VARCHAR(64)    NOT NULL,
    transition_id       VARCHAR(36)    NOT NULL REFERENCES review_transition (id),
    signed_at           TIMESTAMP      NOT NULL,
    PRIMARY KEY (incident_id, review_round, reviewer)
);

-- The in-app inbox: a caseworker hears when their incident is verified, rejected or needs
-- information, with the reviewer's words.
CREATE TABLE review_notification (
    id                  VARCHAR(36)    NOT NULL PRIMARY KEY,
    recipient           VARCHAR(64)    NOT NULL,
    incident_id         VARCHAR(36)    NOT NULL,
    case_id             VARCHAR(36)    NOT NULL,
    transition_id       VARCHAR(36)    NOT NULL REFERENCES review_transition (id),
    kind                VARCHAR(24)    NOT NULL,
    title               VARCHAR(300)   NOT NULL,
    message             VARCHAR(8000),
    sender              VARCHAR(64)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    read_at             TIMESTAMP
);
CREATE INDEX review_notification_inbox ON review_notification (recipient, created_at, id);
