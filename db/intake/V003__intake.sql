-- Case intake: cases and their teams, incidents with their revision history, sources, casualty
-- claims, persons (protected identities encrypted by the application), controlled vocabularies.

CREATE TABLE intake_case (
    id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    reference   VARCHAR(20)    NOT NULL,
    title       VARCHAR(300)   NOT NULL,
    summary     VARCHAR(10000),
    created_at  TIMESTAMP      NOT NULL,
    created_by  VARCHAR(64)    NOT NULL,
    version     BIGINT         NOT NULL
);
CREATE UNIQUE INDEX intake_case_reference ON intake_case (reference);

-- Counters for case references (EVD-2026-0001) and pseudonyms (W-0001...). A row is locked
-- while its next number is taken, so numbers are unique across application instances.
CREATE TABLE intake_counter (
    name        VARCHAR(16) NOT NULL PRIMARY KEY,
    last_number INTEGER     NOT NULL
);
INSERT INTO intake_counter (name, last_number) VALUES ('case', 0);
INSERT INTO intake_counter (name, last_number) VALUES ('V', 0);
INSERT INTO intake_counter (name, last_number) VALUES ('W', 0);
INSERT INTO intake_counter (name, last_number) VALUES ('S', 0);
INSERT INTO intake_counter (name, last_number) VALUES ('P', 0);

CREATE TABLE intake_team_member (
    case_id            VARCHAR(36) NOT NULL REFERENCES intake_case (id),
    username           VARCHAR(64) NOT NULL,
    may_view_protected BOOLEAN     NOT NULL,
    added_at           TIMESTAMP   NOT NULL,
    added_by           VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_id, username)
);
CREATE INDEX intake_team_member_user ON intake_team_member (username);

CREATE TABLE intake_incident (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id             VARCHAR(36)   NOT NULL REFERENCES intake_case (id),
    title               VARCHAR(300)  NOT NULL,
    narrative           VARCHAR(20000),
    status              VARCHAR(24)   NOT NULL,
    occurred_from       TIMESTAMP     NOT NULL,
    occurred_to         TIMESTAMP,
    occurred_precision  VARCHAR(8)    NOT NULL,
    place_name          VARCHAR(300),
    country             VARCHAR(100),
    region              VARCHAR(200),
    district            VARCHAR(200),
    locality            VARCHAR(200),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    location_precision  VARCHAR(12),
    incident_type       VARCHAR(60),
    weapon              VARCHAR(60),
    target              VARCHAR(60),
    alleged_perpetrator VARCHAR(500),
    same_event_as       VARCHAR(36),
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX intake_incident_case_occurred ON intake_incident (case_id, occurred_from DESC);
CREATE INDEX intake_incident_status_occurred ON intake_incident (status, occurred_from DESC);
CREATE INDEX intake_incident_occurred ON intake_incident (occurred_from DESC);

-- Every edit keeps the values it replaced: one row per earlier revision, as JSON.
CREATE TABLE intake_incident_revision (
    id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    incident_id VARCHAR(36)    NOT NULL REFERENCES intake_incident (id),
    revision    BIGINT         NOT NULL,
    replaced_at TIMESTAMP      NOT NULL,
    replaced_by VARCHAR(64)    NOT NULL,
    snapshot    VARCHAR(40000) NOT NULL
);
CREATE UNIQUE INDEX intake_incident_revision_number ON intake_incident_revision (incident_id, revision);

CREATE TABLE intake_source (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id  VARCHAR(36)   NOT NULL REFERENCES intake_incident (id),
    kind         VARCHAR(24)   NOT NULL,
    name         VARCHAR(300)  NOT NULL,
    reference    VARCHAR(1000),
    url          VARCHAR(2000),
    published_on DATE,
    reliability  CHAR(1),
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX intake_source_incident ON intake_source (incident_id);

-- Claims are never merged or overwritten: each is one source's figures as of one date.
CREATE TABLE intake_casualty_claim (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id VARCHAR(36)   NOT NULL REFERENCES intake_incident (id),
    source_id   VARCHAR(36)   NOT NULL REFERENCES intake_source (id),
    as_of       DATE          NOT NULL,
    population  VARCHAR(16)   NOT NULL,
    killed_min  INTEGER,
    killed_max  INTEGER,
    injured_min INTEGER,
    injured_max INTEGER,
    note        VARCHAR(2000),
    created_at  TIMESTAMP     NOT NULL,
    created_by  VARCHAR(64)   NOT NULL
);
CREATE INDEX intake_casualty_claim_incident ON intake_casualty_claim (incident_id);

CREATE TABLE intake_person (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    incident_id         VARCHAR(36)   NOT NULL REFERENCES intake_incident (id),
    pseudonym           VARCHAR(16)   NOT NULL,
    role                VARCHAR(24)   NOT NULL,
    age_group           VARCHAR(12)   NOT NULL,
    sex                 VARCHAR(12),
    protected_identity  VARCHAR(16000),
    consent_internal    BOOLEAN       NOT NULL,
    consent_prosecutors BOOLEAN       NOT NULL,
    consent_publication BOOLEAN       NOT NULL,
    consent_given_on    DATE,
    consent_withdrawn_on DATE,
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE UNIQUE INDEX intake_person_pseudonym ON intake_person (pseudonym);
CREATE INDEX intake_person_incident ON intake_person (incident_id);

CREATE TABLE intake_vocabulary_term (
    vocabulary VARCHAR(32)  NOT NULL,
    code       VARCHAR(60)  NOT NULL,
    label_en   VARCHAR(200) NOT NULL,
    label_uk   VARCHAR(200) NOT NULL,
    position   INTEGER      NOT NULL,
    active     BOOLEAN      NOT NULL,
    PRIMARY KEY (vocabulary, code)
);
