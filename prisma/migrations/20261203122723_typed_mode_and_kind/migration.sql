-- Enum values are identifiers: the hyphenated strings stored so far become underscored (SQLite keeps enums as text).
UPDATE "ClassroomSession" SET "mode" = 'in_person' WHERE "mode" = 'in-person';
UPDATE "Notification" SET "kind" = replace("kind", '-', '_');
