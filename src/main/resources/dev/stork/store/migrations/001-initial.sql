-- Stork's first schema: people, their plans, sessions, trials with scores and events, the raw recording of each
-- trial (gzip of Stork CSV) and progression decisions. Times are ISO-8601 UTC text; unmeasured figures are NULL.
CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    birth_year  INTEGER,
    sex         TEXT CHECK (sex IN ('FEMALE', 'MALE')),
    created_at  TEXT    NOT NULL
);

CREATE TABLE plans (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    created_at  TEXT    NOT NULL,
    plan_json   TEXT    NOT NULL
);
CREATE INDEX plans_person ON plans(person_id);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    started_at  TEXT    NOT NULL,
    ended_at    TEXT
);
CREATE INDEX sessions_person ON sessions(person_id);

CREATE TABLE trials (
    id                  INTEGER PRIMARY KEY,
    session_id          INTEGER NOT NULL REFERENCES sessions(id),
    exercise_id         TEXT    NOT NULL,
    level               INTEGER NOT NULL,
    leg                 TEXT    NOT NULL CHECK (leg IN ('LEFT', 'RIGHT', 'BOTH')),
    target_kind         TEXT    NOT NULL CHECK (target_kind IN ('HOLD_SECONDS', 'REPETITIONS')),
    target_amount       REAL    NOT NULL,
    hold_s              REAL    NOT NULL,
    repetitions         INTEGER NOT NULL,
    end_reason          TEXT    NOT NULL,
    path_velocity_cm_s  REAL,
    ellipse_area95_cm2  REAL,
    rms_distance_cm     REAL,
    pain                INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    lost_form           INTEGER NOT NULL,
    started_at          TEXT    NOT NULL,
    calibration_id      TEXT,
    score               REAL    NOT NULL,
    hold_credit         REAL    NOT NULL,
    sway_score          REAL,
    score_basis         TEXT    NOT NULL,
    events_json         TEXT    NOT NULL
);
CREATE INDEX trials_session ON trials(session_id);

CREATE TABLE recordings (
    trial_id    INTEGER PRIMARY KEY REFERENCES trials(id),
    format      TEXT    NOT NULL,
    csv_bytes   INTEGER NOT NULL,
    csv_gzip    BLOB    NOT NULL
);

CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    session_id  INTEGER REFERENCES sessions(id),
    exercise_id TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    from_level  INTEGER NOT NULL,
    to_level    INTEGER NOT NULL,
    reason      TEXT    NOT NULL,
    sentence    TEXT    NOT NULL,
    decided_at  TEXT    NOT NULL
);
CREATE INDEX decisions_person ON decisions(person_id);
