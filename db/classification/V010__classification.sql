-- Legal classification: the legal taxonomy (reference data, loaded by V011 and edited only by
-- administrators), incidents classified as crimes, and links from evidence, sources and casualty
-- claims to the elements of those crimes. Incident, case, evidence, source and claim ids belong to
-- other modules and are referenced without foreign keys.

-- An instrument of international criminal law (the Rome Statute), in the version the texts follow.
CREATE TABLE legal_instrument (
    code                VARCHAR(32)    NOT NULL PRIMARY KEY,
    title_en            VARCHAR(300)   NOT NULL,
    title_uk            VARCHAR(300)   NOT NULL,
    edition             VARCHAR(100)   NOT NULL
);

-- A crime as users write it ('8(2)(b)(ix)'): the code is the stable key. Context: the armed
-- conflict it belongs to (INTERNATIONAL, NON_INTERNATIONAL) or NONE. Category: WAR_CRIME,
-- CRIME_AGAINST_HUMANITY, GENOCIDE. Keywords are extra search words in each language.
-- elements_complete says whether its elements have all been entered.
CREATE TABLE legal_crime (
    code                VARCHAR(32)    NOT NULL PRIMARY KEY,
    instrument          VARCHAR(32)    NOT NULL REFERENCES legal_instrument (code),
    article             VARCHAR(8)     NOT NULL,
    position            INTEGER        NOT NULL,
    category            VARCHAR(32)    NOT NULL,
    context             VARCHAR(24)    NOT NULL,
    title_en            VARCHAR(300)   NOT NULL,
    title_uk            VARCHAR(300)   NOT NULL,
    keywords_en         VARCHAR(1000),
    keywords_uk         VARCHAR(1000),
    elements_complete   BOOLEAN        NOT NULL,
    version             BIGINT         NOT NULL
);
CREATE UNIQUE INDEX legal_crime_position ON legal_crime (position);

-- The elements of a crime in order, each typed: CONDUCT, CONSEQUENCE, CIRCUMSTANCE, MENTAL,
-- CONTEXTUAL. Code: the crime's code, a dash, the position ('8(2)(b)(ix)-1').
CREATE TABLE legal_element (
    code                VARCHAR(40)    NOT NULL PRIMARY KEY,
    crime_code          VARCHAR(32)    NOT NULL REFERENCES legal_crime (code),
    position            INTEGER        NOT NULL,
    kind                VARCHAR(16)    NOT NULL,
    text_en             VARCHAR(2000)  NOT NULL,
    text_uk             VARCHAR(2000)  NOT NULL,
    CONSTRAINT legal_element_order UNIQUE (crime_code, position)
);

-- Crimes offered first when an incident's type (and, when given, its target) matches. A
-- suggestion is never a classification until a legal analyst confirms it.
CREATE TABLE legal_suggestion (
    incident_type       VARCHAR(60)    NOT NULL,
    target              VARCHAR(60)    NOT NULL,
    crime_code          VARCHAR(32)    NOT NULL REFERENCES legal_crime (code),
    position            INTEGER        NOT NULL,
    PRIMARY KEY (incident_type, target, crime_code)
);
