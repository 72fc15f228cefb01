-- Schema version 9: the document of an agreement as rendered when its last
-- party signed, with its language, printed byte for byte ever after. (An
-- issued decision's row, its document among it, is already frozen whole.)

ALTER TABLE agreements ADD COLUMN rendered_html TEXT;
ALTER TABLE agreements ADD COLUMN rendered_language TEXT;

CREATE TRIGGER agreements_rendered_frozen BEFORE UPDATE OF rendered_html, rendered_language ON agreements
WHEN OLD.rendered_html IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'the document of a signed agreement is not changed');
END;
