-- The search now finds signatories through an index held in memory, built from the signatory table
-- when the register opens (docs/decisions/0009-search-in-memory.md). The table of search words was a
-- million rows at 100,000 signatories, written with every save and import and read by nothing now.
DROP TABLE signatory_search_word;
