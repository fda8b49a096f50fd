-- Statistics: the region (or city of republican significance) a place lies in, for grouping and the region map.

create function kuzet_region_of(place_id bigint) returns bigint language sql stable as $$
    with recursive up (id, parent_id, kind, depth) as (
        select p.id, p.parent_id, p.kind, 0 from place p where p.id = place_id
        union all
        select q.id, q.parent_id, q.kind, up.depth + 1 from up join place q on q.id = up.parent_id
        where up.kind not in ('region', 'city_of_republican_significance') and up.depth < 10)
    select id from up where kind in ('region', 'city_of_republican_significance') order by depth limit 1
$$;

-- Stage counts look stages up by kind and date (arrested / charged / convicted in a period).
create index case_stage_kind_date on case_stage (kind, date);
create index case_party_case on case_party (case_id, person_id);
