-- An admin disables a user instead of deleting it: the audit log keeps naming who did what, and the account
-- can be enabled again. A disabled user cannot log in.
alter table app_user add column disabled boolean default false not null;

-- A UNIT user may be bound to the target it stands for, so that its pages can show that unit its own
-- diagnosis; empty for every other role.
alter table app_user add column target_id bigint references target (id);
