-- Members' enquiries to officers, the replies that stop or move their timers, and every reminder sent.
-- Portable SQL: the same migration runs on H2 (one node) and PostgreSQL (several nodes).

-- The last reference number given out in each year (ENQ-2026-00042). Nodes take the next number by
-- updating the year's row, which the database serialises, so no two enquiries share a reference.
CREATE TABLE council_enquiry_counter (
    counter_year INTEGER NOT NULL PRIMARY KEY,
    last_number  INTEGER NOT NULL
);

CREATE TABLE council_enquiry (
    reference          VARCHAR(20) NOT NULL PRIMARY KEY,
    thread_id          VARCHAR(998) NOT NULL,
    -- The enquiry's own message: opening it again (redelivery, a second node) finds the same enquiry.
    message_id         VARCHAR(998) NOT NULL UNIQUE,
    member_id          VARCHAR(200) NOT NULL,
    officer_id         VARCHAR(200) NOT NULL,
    directorate        VARCHAR(200),
    subject            VARCHAR(998) NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Day 0 of the count: the London calendar day of receipt.
    opened_on          DATE NOT NULL,
    due_on             DATE NOT NULL,
    stated_deadline    DATE,
    urgent             BOOLEAN NOT NULL,
    status             VARCHAR(20) NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    last_reply_kind    VARCHAR(20),
    last_reply_at      TIMESTAMP WITH TIME ZONE,
    -- The timer's days, worked out on the council's calendar when the enquiry opened or its due date moved.
    remind_on          DATE,
    deadline_remind_on DATE,
    overdue_on         DATE NOT NULL,
    escalate_on        DATE NOT NULL,
    -- The earliest of those days with nothing sent yet; NULL once closed. The sweep reads only this.
    next_action_on     DATE
);
CREATE INDEX council_enquiry_next_action ON council_enquiry (next_action_on, status);
CREATE INDEX council_enquiry_thread ON council_enquiry (thread_id);
CREATE INDEX council_enquiry_officer ON council_enquiry (officer_id, opened_on);
CREATE INDEX council_enquiry_member ON council_enquiry (member_id, opened_on);
CREATE INDEX council_enquiry_directorate ON council_enquiry (directorate, opened_on);
CREATE INDEX council_enquiry_status ON council_enquiry (status, due_on);
CREATE INDEX council_enquiry_opened ON council_enquiry (opened_on);

CREATE TABLE council_enquiry_reply (
    reference     VARCHAR(20) NOT NULL REFERENCES council_enquiry (reference),
    message_id    VARCHAR(998) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    replied_by    VARCHAR(200),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    new_deadline  DATE,
    PRIMARY KEY (reference, message_id)
);

-- One row per reminder, overdue notice or escalation: the primary key is the claim that makes each
-- kind happen once per enquiry per date (the due date, or the member's stated deadline). A holding
-- reply that moves the due date gives the new date reminders of its own.
CREATE TABLE council_reminder_sent (
    reference   VARCHAR(20) NOT NULL REFERENCES council_enquiry (reference),
    kind        VARCHAR(20) NOT NULL,
    for_date    DATE NOT NULL,
    send_on     DATE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by     VARCHAR(200) NOT NULL,
    -- sent, or superseded (a reminder before a due date that had already passed: the overdue notice says it)
    outcome     VARCHAR(20) NOT NULL,
    recipients  VARCHAR(4000),
    PRIMARY KEY (reference, kind, for_date)
);
CREATE INDEX council_reminder_sent_at ON council_reminder_sent (sent_at);

-- The weekly digest, once per week (the profile's digest day) per recipient.
CREATE TABLE council_digest_sent (
    digest_on   DATE NOT NULL,
    recipient   VARCHAR(200) NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by     VARCHAR(200) NOT NULL,
    enquiries   INTEGER NOT NULL,
    PRIMARY KEY (digest_on, recipient)
);

-- db-scheduler's table (com.github.kagkarlsson:db-scheduler), named for us. It only triggers the sweep
-- on one node at a time; what was sent is in the tables above.
CREATE TABLE council_scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN NOT NULL,
    picked_by            VARCHAR(200),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX council_scheduled_tasks_execution_time ON council_scheduled_tasks (execution_time);
CREATE INDEX council_scheduled_tasks_last_heartbeat ON council_scheduled_tasks (last_heartbeat);
