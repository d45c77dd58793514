-- A finished trial is kept even when its questions go unanswered (the session was stopped at the pain question):
-- pain and lost_form may now be NULL, meaning "not reported", while a reported pain must still be 0 to 10 and a
-- reported lost_form 0 or 1. SQLite cannot change a column's constraints, so trials is rebuilt the way
-- https://www.sqlite.org/lang_altertable.html ("Making Other Kinds Of Table Schema Changes") sets out: a new table,
-- the rows copied, the old one dropped, the new one renamed, its index made again. Migrations turns foreign keys
-- off before this transaction begins, checks them (PRAGMA foreign_key_check) before it commits, and turns them on
-- again afterwards. The table has no triggers or views to remake; recordings keeps referring to trials by name.
CREATE TABLE trials_rebuilt (
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
    pain                INTEGER CHECK (pain IS NULL OR pain BETWEEN 0 AND 10),
    lost_form           INTEGER CHECK (lost_form IS NULL OR lost_form IN (0, 1)),
    started_at          TEXT    NOT NULL,
    calibration_id      TEXT,
    score               REAL    NOT NULL,
    hold_credit         REAL    NOT NULL,
    sway_score          REAL,
    score_basis         TEXT    NOT NULL,
    events_json         TEXT    NOT NULL
);

INSERT INTO trials_rebuilt (id, session_id, exercise_id, level, leg, target_kind, target_amount, hold_s,
                            repetitions, end_reason, path_velocity_cm_s, ellipse_area95_cm2, rms_distance_cm, pain,
                            lost_form, started_at, calibration_id, score, hold_credit, sway_score, score_basis,
                            events_json)
SELECT id, session_id, exercise_id, level, leg, target_kind, target_amount, hold_s, repetitions, end_reason,
       path_velocity_cm_s, ellipse_area95_cm2, rms_distance_cm, pain, lost_form, started_at, calibration_id, score,
       hold_credit, sway_score, score_basis, events_json
FROM trials;

DROP TABLE trials;

ALTER TABLE trials_rebuilt RENAME TO trials;

CREATE INDEX trials_session ON trials(session_id);
