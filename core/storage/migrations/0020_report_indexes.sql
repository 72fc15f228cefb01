-- Schema version 20: the monthly compensation report and the yearly
-- statistics read their month's or year's rows from an index alone.
-- The logs of a month: the same order as before (by day), but every column
-- the report reads is in the index, so no look-up of each row in the table.
DROP INDEX meetings_held;
CREATE INDEX meetings_held ON meetings (held_on, archived_at, measure_id, id, minutes, activity, cancelled,
                                        mileage_km, cancel_reason);
DROP INDEX care_days_to;
CREATE INDEX care_days_to ON care_days (to_on, from_on, archived_at, measure_id, id, cancelled, cancel_reason,
                                        mileage_km);
-- The notifications of a year by who made them, without reading every initiation.
CREATE INDEX initiations_notified ON initiations (received_at, notifier_kind, contact_by, authority_kind)
    WHERE is_notification = 1;
