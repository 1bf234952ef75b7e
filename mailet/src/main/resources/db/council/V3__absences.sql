-- Out-of-office cover (Thanet 9.1.5): absences the gateway learned from officers' own automatic replies,
-- and which member has been told who covers for which absence. Portable SQL: H2 and PostgreSQL alike.

-- One row per officer: the absence their latest automatic reply announced. It ends on back_on (the first
-- day back, NULL when the reply named none) or when the officer sends ordinary mail again (ended_at).
CREATE TABLE council_absence_learned (
    person_id     VARCHAR(200) NOT NULL PRIMARY KEY,
    away_from     DATE NOT NULL,
    back_on       DATE,
    learned_from  VARCHAR(998) NOT NULL,
    learned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP WITH TIME ZONE,
    end_reason    VARCHAR(40)
);

-- A member is told once per absence who is covering: the primary key is the claim, so two nodes judging
-- two of the member's messages at once still send one notice. An absence is its officer and first day.
CREATE TABLE council_cover_notice (
    member_id   VARCHAR(200) NOT NULL,
    person_id   VARCHAR(200) NOT NULL,
    away_from   DATE NOT NULL,
    message_id  VARCHAR(998) NOT NULL,
    told_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, person_id, away_from)
);
