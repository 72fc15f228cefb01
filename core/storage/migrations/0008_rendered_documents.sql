-- Schema version 8: the document of an issued decision as rendered at issue,
-- with its language, so that it is printed byte for byte as it was issued.

ALTER TABLE decisions ADD COLUMN rendered_html TEXT;
ALTER TABLE decisions ADD COLUMN rendered_language TEXT;
