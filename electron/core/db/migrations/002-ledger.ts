import { appendOnly } from './append-only.js';
import type { Migration } from './types.js';


/**
 * Checklists with versioned items, the append-only point ledger (entries,
 * review decisions, month closures) with hash chains, and the balance cache.
 * The database itself refuses edits, deletions, gaps in sequence numbers and
 * writes into a closed month; the balance cache is kept by triggers so no
 * caller (including other domains posting entries) can forget it.
 */
export const ledger: Migration = {
  version: 2,
  name: 'ledger',
  up(db) {
    db.exec(`
      CREATE TABLE checklists (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (code IN ('party', 'service', 'development', 'conduct', 'duty', 'assist')),
        name TEXT NOT NULL,
        sort INTEGER NOT NULL
      ) STRICT;

      -- A list version is legitimate only when a meeting adopted it.
      CREATE TABLE checklist_versions (
        id INTEGER PRIMARY KEY,
        checklist_id INTEGER NOT NULL REFERENCES checklists(id),
        version INTEGER NOT NULL,
        meeting_kind TEXT NOT NULL CHECK (meeting_kind IN ('representatives', 'consultation')),
        meeting_date TEXT NOT NULL,
        attendance INTEGER NOT NULL CHECK (attendance >= 0),
        note TEXT NOT NULL DEFAULT '',
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        UNIQUE (checklist_id, version)
      ) STRICT;

      CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        checklist_id INTEGER NOT NULL REFERENCES checklists(id),
        category TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL,
        subject TEXT NOT NULL CHECK (subject IN ('household', 'cadre')),
        cadre_id INTEGER REFERENCES cadres(id),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        sort INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX items_checklist ON items(checklist_id);

      -- Values are versioned: an entry keeps the version it was recorded under.
      CREATE TABLE item_versions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id),
        version INTEGER NOT NULL,
        checklist_version_id INTEGER NOT NULL REFERENCES checklist_versions(id),
        points INTEGER,
        grades TEXT,
        unit TEXT NOT NULL,
        cap_month INTEGER CHECK (cap_month > 0),
        cap_year INTEGER CHECK (cap_year > 0),
        note_required INTEGER NOT NULL DEFAULT 0 CHECK (note_required IN (0, 1)),
        photo_required INTEGER NOT NULL DEFAULT 0 CHECK (photo_required IN (0, 1)),
        created_at TEXT NOT NULL,
        UNIQUE (item_id, version),
        CHECK ((points IS NULL) <> (grades IS NULL))
      ) STRICT;

      CREATE TABLE entries (
        seq INTEGER PRIMARY KEY,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        subject TEXT NOT NULL CHECK (subject IN ('household', 'cadre')),
        household_id INTEGER REFERENCES households(id),
        member_id INTEGER REFERENCES members(id),
        cadre_id INTEGER REFERENCES cadres(id),
        item_version_id INTEGER REFERENCES item_versions(id),
        grade TEXT,
        points INTEGER NOT NULL,
        -- earn: counts towards 累计积分 and 可用积分; spend: 可用积分 only (redemptions, clearing)
        kind TEXT NOT NULL CHECK (kind IN ('earn', 'spend')),
        note TEXT NOT NULL DEFAULT '',
        photo TEXT,
        source_type TEXT NOT NULL,
        source_id INTEGER,
        corrects_seq INTEGER REFERENCES entries(seq),
        posted_status TEXT NOT NULL CHECK (posted_status IN ('pending', 'approved')),
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK ((subject = 'household') = (household_id IS NOT NULL AND cadre_id IS NULL)),
        CHECK ((subject = 'cadre') = (cadre_id IS NOT NULL AND household_id IS NULL AND member_id IS NULL))
      ) STRICT;
      CREATE INDEX entries_household ON entries(household_id, date);
      CREATE INDEX entries_cadre ON entries(cadre_id, date);
      CREATE INDEX entries_date ON entries(date);
      CREATE INDEX entries_source ON entries(source_type, source_id);
      CREATE INDEX entries_corrects ON entries(corrects_seq);

      -- One decision per entry, never changed.
      CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY,
        entry_seq INTEGER NOT NULL UNIQUE REFERENCES entries(seq),
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'rejected')),
        reason TEXT NOT NULL DEFAULT '',
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        CHECK (decision = 'approved' OR length(trim(reason)) > 0)
      ) STRICT;

      CREATE TABLE month_closures (
        month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE household_balances (
        household_id INTEGER PRIMARY KEY REFERENCES households(id),
        earned INTEGER NOT NULL DEFAULT 0,
        available INTEGER NOT NULL DEFAULT 0,
        pending INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      -- An inspection round: one grade per household of a group, written as entries when finished.
      CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES groups(id),
        date TEXT NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id),
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        duty_item_id INTEGER REFERENCES items(id),
        graded INTEGER NOT NULL,
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE activities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        date TEXT NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id),
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        duty_item_id INTEGER REFERENCES items(id),
        finished_at TEXT,
        operator_id INTEGER NOT NULL REFERENCES operators(id),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE activity_attendance (
        activity_id INTEGER NOT NULL REFERENCES activities(id),
        household_id INTEGER NOT NULL REFERENCES households(id),
        PRIMARY KEY (activity_id, household_id)
      ) STRICT;

      -- Attendance is settled once the activity has written its entries.
      CREATE TRIGGER attendance_open_insert BEFORE INSERT ON activity_attendance
      WHEN (SELECT finished_at FROM activities WHERE id = NEW.activity_id) IS NOT NULL
      BEGIN SELECT RAISE(ABORT, '活动已经结束，签到不能再改动'); END;
      CREATE TRIGGER attendance_open_delete BEFORE DELETE ON activity_attendance
      WHEN (SELECT finished_at FROM activities WHERE id = OLD.activity_id) IS NOT NULL
      BEGIN SELECT RAISE(ABORT, '活动已经结束，签到不能再改动'); END;

      ${appendOnly('entries', '积分记录')}
      ${appendOnly('reviews', '审核记录')}
      ${appendOnly('month_closures', '月度结账记录')}
      ${appendOnly('item_versions', '清单事项版本')}
      ${appendOnly('checklist_versions', '清单版本')}

      CREATE TRIGGER entries_gap_free BEFORE INSERT ON entries
      WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM entries)
      BEGIN SELECT RAISE(ABORT, '积分记录序号必须连续'); END;

      CREATE TRIGGER entries_closed_month BEFORE INSERT ON entries
      WHEN EXISTS (SELECT 1 FROM month_closures WHERE month = substr(NEW.date, 1, 7))
      BEGIN SELECT RAISE(ABORT, '该月已结账，不能再记入积分'); END;

      CREATE TRIGGER entries_one_correction BEFORE INSERT ON entries
      WHEN NEW.corrects_seq IS NOT NULL AND EXISTS (
        SELECT 1 FROM entries c WHERE c.corrects_seq = NEW.corrects_seq
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.entry_seq = c.seq AND r.decision = 'rejected'))
      BEGIN SELECT RAISE(ABORT, '该记录已经更正过，不能再次更正'); END;

      CREATE TRIGGER reviews_gap_free BEFORE INSERT ON reviews
      WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM reviews)
      BEGIN SELECT RAISE(ABORT, '审核记录序号必须连续'); END;

      CREATE TRIGGER reviews_closed_month BEFORE INSERT ON reviews
      WHEN EXISTS (SELECT 1 FROM month_closures m JOIN entries e ON m.month = substr(e.date, 1, 7) WHERE e.seq = NEW.entry_seq)
      BEGIN SELECT RAISE(ABORT, '该月已结账，审核结果不能再改动'); END;

      CREATE TRIGGER reviews_only_pending BEFORE INSERT ON reviews
      WHEN (SELECT posted_status FROM entries WHERE seq = NEW.entry_seq) IS NOT 'pending'
      BEGIN SELECT RAISE(ABORT, '只有待审核的记录可以审核'); END;

      CREATE TRIGGER closures_nothing_pending BEFORE INSERT ON month_closures
      WHEN EXISTS (SELECT 1 FROM entries e WHERE substr(e.date, 1, 7) = NEW.month AND e.posted_status = 'pending'
                   AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.entry_seq = e.seq))
      BEGIN SELECT RAISE(ABORT, '该月还有待审核的记录，不能结账'); END;

      CREATE TRIGGER balances_on_entry AFTER INSERT ON entries WHEN NEW.household_id IS NOT NULL
      BEGIN
        INSERT OR IGNORE INTO household_balances (household_id) VALUES (NEW.household_id);
        UPDATE household_balances SET
          pending = pending + (CASE WHEN NEW.posted_status = 'pending' THEN NEW.points ELSE 0 END),
          earned = earned + (CASE WHEN NEW.posted_status = 'approved' AND NEW.kind = 'earn' THEN NEW.points ELSE 0 END),
          available = available + (CASE WHEN NEW.posted_status = 'approved' THEN NEW.points ELSE 0 END)
        WHERE household_id = NEW.household_id;
      END;

      CREATE TRIGGER balances_on_review AFTER INSERT ON reviews
      WHEN (SELECT household_id FROM entries WHERE seq = NEW.entry_seq) IS NOT NULL
      BEGIN
        UPDATE household_balances SET
          pending = pending - (SELECT points FROM entries WHERE seq = NEW.entry_seq),
          earned = earned + (CASE WHEN NEW.decision = 'approved'
                               THEN (SELECT CASE WHEN kind = 'earn' THEN points ELSE 0 END FROM entries WHERE seq = NEW.entry_seq) ELSE 0 END),
          available = available + (CASE WHEN NEW.decision = 'approved' THEN (SELECT points FROM entries WHERE seq = NEW.entry_seq) ELSE 0 END)
        WHERE household_id = (SELECT household_id FROM entries WHERE seq = NEW.entry_seq);
      END;
    `);
  },
};
