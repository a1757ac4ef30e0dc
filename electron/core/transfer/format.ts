/**
 * The transfer package: a SQLite file (open it with any SQLite tool) holding
 * a signed manifest and the rows the township needs. Row data never carries
 * ID-card or phone numbers: the SELECTs below are the only way rows get in.
 */

import { STATUS_SQL } from '../ledger/entries.js';

/** 'CJP1' — marks a SQLite file as a cunji transfer package (the village database is 'CJI1'). */
export const PACKAGE_APPLICATION_ID = 0x434a5031;
/** 2 adds the chains, month closures with their anchors and the publications register; 1 still imports. */
export const FORMAT_VERSION = 2;
/** The oldest format a township still imports. */
export const OLDEST_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.cunji';
/** Refused before reading further: a real village package is a few MB. */
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;

export interface TableSpec {
  /** Table name inside the package. */
  name: string;
  /** Column definitions in order; the first is the row id. */
  columns: readonly string[];
  /** SELECT on the village database producing exactly these columns. */
  source: string;
  /** Where the township keeps the newest package's rows (same columns plus `village_uid`); null when it keeps only what it checks. */
  township: string | null;
  /** The format version that added this table. */
  since: number;
  /** Row order for the digest when the first column alone is not unique. */
  order?: string;
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'groups',
    columns: ['id INTEGER PRIMARY KEY', 'name TEXT NOT NULL', 'sort INTEGER NOT NULL'],
    source: 'SELECT id, name, sort FROM groups',
    township: 'township_groups',
    since: 1,
  },
  {
    name: 'households',
    columns: ['id INTEGER PRIMARY KEY', 'number TEXT NOT NULL', 'group_id INTEGER NOT NULL', 'status TEXT NOT NULL', 'head_name TEXT NOT NULL', 'member_count INTEGER NOT NULL'],
    source: 'SELECT id, number, group_id, status, head_name, member_count FROM households',
    township: 'township_households',
    since: 1,
  },
  {
    name: 'cadres',
    columns: ['id INTEGER PRIMARY KEY', 'name TEXT NOT NULL', 'post TEXT NOT NULL', 'from_date TEXT NOT NULL', 'to_date TEXT'],
    source: 'SELECT id, name, post, from_date, to_date FROM cadres',
    township: 'township_cadres',
    since: 1,
  },
  {
    // Checklist items, so the township can tell which duty items each cadre holds.
    name: 'items',
    columns: ['id INTEGER PRIMARY KEY', 'checklist TEXT NOT NULL', 'name TEXT NOT NULL', 'subject TEXT NOT NULL', 'cadre_id INTEGER', 'active INTEGER NOT NULL'],
    source: 'SELECT i.id, c.code, i.name, i.subject, i.cadre_id, i.active FROM items i JOIN checklists c ON c.id = i.checklist_id',
    township: 'township_items',
    since: 1,
  },
  {
    // Point entries with their current review status; notes and photos stay in the village (free text may name people or numbers).
    name: 'entries',
    columns: [
      'seq INTEGER PRIMARY KEY',
      'date TEXT NOT NULL',
      'subject TEXT NOT NULL',
      'household_id INTEGER',
      'cadre_id INTEGER',
      'item_id INTEGER',
      'points INTEGER NOT NULL',
      'kind TEXT NOT NULL',
      'source_type TEXT NOT NULL',
      'status TEXT NOT NULL',
      'hash TEXT NOT NULL',
    ],
    source: `SELECT e.seq, e.date, e.subject, e.household_id, e.cadre_id, v.item_id, e.points, e.kind, e.source_type, ${STATUS_SQL}, e.hash
             FROM entries e LEFT JOIN item_versions v ON v.id = e.item_version_id`,
    township: 'township_entries',
    since: 1,
  },
  {
    // Every register's chain links (no row keys, no content): the township checks that each head it saw before is still on them.
    name: 'chain_links',
    columns: ['register TEXT NOT NULL', 'seq INTEGER NOT NULL', 'prev_hash TEXT NOT NULL', 'hash TEXT NOT NULL'],
    source: 'SELECT register, seq, prev_hash, hash FROM chain_links',
    township: null,
    since: 2,
    order: 'register, seq',
  },
  {
    name: 'closures',
    columns: ['month TEXT PRIMARY KEY', 'closed_at TEXT NOT NULL'],
    source: 'SELECT month, created_at FROM month_closures',
    township: 'township_closures',
    since: 2,
  },
  {
    // The heads of every chain recorded when each month was closed (the village's own anchor).
    name: 'closure_anchors',
    columns: ['month TEXT NOT NULL', 'register TEXT NOT NULL', 'seq INTEGER NOT NULL', 'hash TEXT NOT NULL'],
    source: 'SELECT month, register, seq, hash FROM closure_anchors',
    township: 'township_closure_anchors',
    since: 2,
    order: 'month, register',
  },
  {
    // The publications register without the PDFs: what was issued for which period, when, and the document's hash.
    name: 'publications',
    columns: ['id INTEGER PRIMARY KEY', 'kind TEXT NOT NULL', 'period TEXT NOT NULL', 'issued_at TEXT NOT NULL', 'sha256 TEXT NOT NULL'],
    source: 'SELECT id, kind, period, issued_at, sha256 FROM publications',
    township: 'township_publications',
    since: 2,
  },
];

/** The tables a package of `version` holds. */
export const tablesOf = (version: number): TableSpec[] => TABLES.filter((t) => t.since <= version);

export const columnNames = (t: TableSpec): string[] => t.columns.map((c) => c.split(' ')[0] as string);

export const tableDdl = (t: TableSpec): string => `CREATE TABLE ${t.name} (${t.columns.join(', ')}) STRICT`;

export const MANIFEST_DDL = `CREATE TABLE manifest (
  format_version INTEGER NOT NULL,
  village_uid TEXT NOT NULL,
  village_name TEXT NOT NULL,
  township TEXT NOT NULL,
  county TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  period TEXT NOT NULL,
  created_at TEXT NOT NULL,
  ledger_head TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  signature TEXT NOT NULL
) STRICT`;

export const MANIFEST_TABLES_DDL = 'CREATE TABLE manifest_tables (name TEXT PRIMARY KEY, rows INTEGER NOT NULL, sha256 TEXT NOT NULL) STRICT';

export interface TableDigest {
  name: string;
  rows: number;
  sha256: string;
}

export interface Manifest {
  formatVersion: number;
  villageUid: string;
  villageName: string;
  township: string;
  county: string;
  sequence: number;
  /** `YYYY-MM` the package was made in. */
  period: string;
  createdAt: string;
  /** Hash of the newest point entry (the head of the ledger's chain); empty before the first entry. */
  ledgerHead: string;
  /** Package hash of the village's previous export; empty for the first. */
  previousHash: string;
  publicKey: string;
  fingerprint: string;
  tables: TableDigest[];
}

/** The exact bytes that are signed and hashed: field order fixed here, tables sorted by name. */
export function canonicalManifest(m: Manifest): string {
  const tables = [...m.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((t) => [t.name, t.rows, t.sha256]);
  return JSON.stringify([
    'cunji-transfer',
    m.formatVersion,
    m.villageUid,
    m.villageName,
    m.township,
    m.county,
    m.sequence,
    m.period,
    m.createdAt,
    m.ledgerHead,
    m.previousHash,
    m.publicKey,
    m.fingerprint,
    tables,
  ]);
}

/** `山竹沟村-202603-001.cunji` */
export function packageFileName(villageName: string, period: string, sequence: number): string {
  const safe = villageName.replace(/[\\/:*?"<>|\s]/g, '');
  return `${safe}-${period.replace('-', '')}-${String(sequence).padStart(3, '0')}${PACKAGE_EXTENSION}`;
}
