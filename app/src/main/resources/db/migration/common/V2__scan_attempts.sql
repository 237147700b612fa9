-- How many times a node started the scan: 1 normally, more when a node died or stopped mid-scan and another
-- took the job over (the multi-node test checks exactly that).
alter table scan add column attempts integer default 0 not null;

-- Two campaigns of one year never share a name; this also keeps two nodes starting at once from both
-- creating the demo campaign.
alter table campaign add constraint campaign_year_name unique (campaign_year, name);
