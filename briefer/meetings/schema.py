"""The meeting log's schema: each migration brings it one version up (see :mod:`.db`)."""

# Each entry brings the schema from version i to i + 1. Never edit a released one: add another.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            legislator TEXT NOT NULL,
            member_id TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            chamber TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            party TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            time TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            staffer TEXT NOT NULL DEFAULT '',
            attendees TEXT NOT NULL DEFAULT '[]',
            ask TEXT NOT NULL DEFAULT '',
            bill TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX meetings_by_date ON meetings (date, time)",
        "CREATE INDEX meetings_by_member ON meetings (legislator COLLATE NOCASE, date)",
        """CREATE TABLE reports (
            meeting_id TEXT PRIMARY KEY REFERENCES meetings (id) ON DELETE CASCADE,
            met TEXT NOT NULL DEFAULT '',
            staffer_email TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT 'unknown' CHECK (position IN
                ('supportive', 'leaning yes', 'undecided', 'leaning no', 'opposed', 'unknown')),
            questions TEXT NOT NULL DEFAULT '[]',
            requests TEXT NOT NULL DEFAULT '[]',
            our_commitments TEXT NOT NULL DEFAULT '[]',
            their_commitments TEXT NOT NULL DEFAULT '[]',
            follow_up TEXT NOT NULL DEFAULT '',
            follow_up_done INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX reports_by_follow_up ON reports (follow_up)",
        """CREATE TABLE exports (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            source TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL,
            template TEXT NOT NULL DEFAULT '',
            paper TEXT NOT NULL DEFAULT '',
            points TEXT NOT NULL DEFAULT '[]',
            body_size REAL NOT NULL DEFAULT 0,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL DEFAULT 0,
            version TEXT NOT NULL DEFAULT '',
            brief_blob TEXT NOT NULL DEFAULT '',
            pack_blob TEXT NOT NULL DEFAULT '',
            template_blob TEXT NOT NULL DEFAULT '',
            files TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX exports_by_meeting ON exports (meeting_id, at)",
        """CREATE TABLE blobs (
            hash TEXT PRIMARY KEY,
            data BLOB NOT NULL
        )""",
    ),
    (  # 2: each meeting's count of pages and the newest, kept by triggers (listing reads no join)
        "ALTER TABLE meetings ADD COLUMN pages INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE meetings ADD COLUMN last_page TEXT NOT NULL DEFAULT ''",
        """UPDATE meetings SET
            pages = (SELECT count(*) FROM exports WHERE meeting_id = meetings.id),
            last_page = coalesce(
                (SELECT max(at) FROM exports WHERE meeting_id = meetings.id), ''
            )""",
        """CREATE TRIGGER page_added AFTER INSERT ON exports BEGIN
            UPDATE meetings SET pages = pages + 1, last_page = max(last_page, NEW.at)
            WHERE id = NEW.meeting_id;
        END""",
        """CREATE TRIGGER page_removed AFTER DELETE ON exports BEGIN
            UPDATE meetings SET pages = pages - 1 WHERE id = OLD.meeting_id;
        END""",
    ),
    (  # 3: a page is "given" only when the user says so or prints it; what was there stays given
        "ALTER TABLE exports ADD COLUMN given INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE meetings ADD COLUMN given INTEGER NOT NULL DEFAULT 0",
        "UPDATE meetings SET given = pages",
        "DROP TRIGGER page_added",
        "DROP TRIGGER page_removed",
        """CREATE TRIGGER page_added AFTER INSERT ON exports BEGIN
            UPDATE meetings SET pages = pages + 1, last_page = max(last_page, NEW.at),
                given = given + NEW.given
            WHERE id = NEW.meeting_id;
        END""",
        """CREATE TRIGGER page_removed AFTER DELETE ON exports BEGIN
            UPDATE meetings SET pages = pages - 1, given = given - OLD.given
            WHERE id = OLD.meeting_id;
        END""",
        """CREATE TRIGGER page_given AFTER UPDATE OF given ON exports BEGIN
            UPDATE meetings SET given = given - OLD.given + NEW.given WHERE id = NEW.meeting_id;
        END""",
    ),
    (  # 4: a staffer's role apart from their name; a "name, role" written before is split
        "ALTER TABLE meetings ADD COLUMN staffer_role TEXT NOT NULL DEFAULT ''",
        """UPDATE meetings SET
            staffer_role = trim(substr(staffer, instr(staffer, ',') + 1)),
            staffer = trim(substr(staffer, 1, instr(staffer, ',') - 1))
            WHERE instr(staffer, ',') > 0""",
    ),
)
