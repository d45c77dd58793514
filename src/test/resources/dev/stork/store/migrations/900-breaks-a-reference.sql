-- For MigrationsTest only: a migration that leaves a trial pointing at a session that does not exist, which the
-- foreign key check before the commit must catch (foreign keys are off while a migration runs).
INSERT INTO trials (id, session_id, exercise_id, level, leg, target_kind, target_amount, hold_s, repetitions,
                    end_reason, pain, lost_form, started_at, score, hold_credit, score_basis, events_json)
VALUES (900, 999, 'single-leg-stance', 1, 'LEFT', 'HOLD_SECONDS', 15, 15, 0, 'TARGET', 0, 0,
        '2026-01-05T08:00:00Z', 100, 100, 'hold only', '[]');
