CREATE TABLE mailbox_checkpoints (
    mailbox       TEXT NOT NULL,
    folder        TEXT NOT NULL,
    uid_validity  INTEGER NOT NULL,
    last_uid      INTEGER NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (mailbox, folder)
);
