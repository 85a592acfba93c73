/** The shape both dialects' routers share: a path maps to a named endpoint that builds a reply. */
import type { FaultDecision } from '../faults/fault-plan';
import type { Reply } from './reply';

export interface Route {
  /** Stable name for statistics, e.g. `/sepa` or `/companies/{id}`. */
  readonly endpoint: string;
  /** Data endpoints may be faulted; /ping and /apidocs.json never are. */
  readonly data: boolean;
  handle(fault: FaultDecision | null, query: URLSearchParams): Reply;
}

/** Returns the route of a path, or null for an unknown path. */
export type Router = (pathname: string) => Route | null;
