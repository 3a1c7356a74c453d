// The publication's table (migration 20261215010000).
import type { Generated } from 'kysely';
import type { Json, Timestamp } from './columns.ts';

export interface PubReleasesTable {
  id: Generated<number>;
  year: number;
  version: number;
  snapshot: Json;
  published_by: string;
  published_at: Timestamp;
}
