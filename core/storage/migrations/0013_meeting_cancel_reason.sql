-- Why a support person's meeting was cancelled, as for a support family's stay.
ALTER TABLE meetings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
