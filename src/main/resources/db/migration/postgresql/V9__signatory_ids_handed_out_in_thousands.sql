-- On H2 this version makes the signatory id sequence hand out ids a thousand at a time (fewer forced
-- writes during an import). PostgreSQL caches sequence values per connection, so there the same
-- setting would make references (CS-000001, …) jump by a thousand between the office's PCs and
-- connections; the sequence keeps its default cache of 1, and this version changes nothing.
SELECT 1;
