// Column types the table files share: timestamps with defaults, JSON text, nullable stamps.
import type { ColumnType } from 'kysely';

/** A timestamp with a database default: optional on insert. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json = ColumnType<unknown, string | null, string | null>;
export type WithDefault<T> = ColumnType<T, T | undefined, T>;
/** A timestamp that may be empty. */
export type Stamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
