-- The duplicate queue scores again, under the reader's clearance, the stored pairs resting on a record both are linked
-- to (an incident, a case, an organisation: identity_pair.shared) when the reader does not see that record. This index
-- finds the few pairs with shared records among all the pairs without reading the others: at the 100k benchmark scale
-- (50,000 persons) the queue read every proposed pair to find them, about a second per request.
create index identity_pair_resting_on_shared on identity_pair (subject_type, score desc) where cardinality(shared) > 0;
