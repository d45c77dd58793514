-- Each trial keeps its time to stabilisation: seconds from the hold's start until the COP's speed settled, NULL when
-- it never settled or was not measured (logged exercises, repetitions).
ALTER TABLE trials ADD COLUMN time_to_stabilisation_s REAL;
