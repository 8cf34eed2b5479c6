-- The reporter's proposal that the problem is urgent (上报人建议紧急; advisory, the shift
-- supervisor sets the urgency at registration) and when the reporter filed the report on the
-- device, when that was before the server received it (null: filed when received).
ALTER TABLE casework_case
    ADD COLUMN urgent_proposed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN filed_at        TIMESTAMPTZ;
