-- A campaign never has two targets of one name: the import and the target form check it first and report it
-- by line or by field; this is the backstop when two of them race (TargetImport, TargetEdits map the violation
-- to the same message).
alter table target add constraint target_campaign_name unique (campaign_id, name);
