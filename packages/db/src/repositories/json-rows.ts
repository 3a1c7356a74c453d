// Several tables' rows in one statement: each query's rows as one JSON array, so a view's reads are one round trip.
import { type Expression, type RawBuilder, sql } from 'kysely';

/**
 * The rows of `query` as one JSON array in the order of `orderBy` (columns of the query). Values arrive as JSON has
 * them: timestamps as ISO 8601 text (the mappers read them with `new Date`), numeric columns as numbers.
 */
export function jsonRows<Row>(query: Expression<unknown>, ...orderBy: string[]): RawBuilder<Row[]> {
  const order = sql.join(orderBy.map((c) => sql.ref(`q.${c}`)));
  return sql<Row[]>`(select coalesce(json_agg(q order by ${order}), '[]') from (${query}) q)`;
}
