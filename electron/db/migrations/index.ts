/** Every migration, in order. Append new ones; never edit one that has shipped. */
import type { Migration } from './migration';
import { referenceData } from './0010-reference-data';
import { transactions } from './0020-transactions';
import { dailyAggregates } from './0030-daily-aggregates';
import { syncState } from './0040-sync-state';
import { companySearch } from './0050-company-search';
import { analyticsIndexes } from './0060-analytics-indexes';
import { rejectedRecords } from './0070-rejected-records';
import { rateSnapshots } from './0080-rate-snapshots';
import { syncedSpan } from './0090-synced-span';
import { bulkLoad } from './0100-bulk-load';
import { monthlyRollups } from './0110-monthly-rollups';
import { qualityTallies } from './0120-quality-tallies';
import { recentFlows } from './0130-recent-flows';
import { sourceScope } from './0140-source-scope';
import { dailyFlowView } from './0150-daily-flow-view';
import { ownTransferIndex } from './0160-own-transfer-index';
import { narrowIdentity } from './0170-narrow-identity';

export const migrations: readonly Migration[] = [
  referenceData,
  transactions,
  dailyAggregates,
  syncState,
  companySearch,
  analyticsIndexes,
  rejectedRecords,
  rateSnapshots,
  syncedSpan,
  bulkLoad,
  monthlyRollups,
  qualityTallies,
  recentFlows,
  sourceScope,
  dailyFlowView,
  ownTransferIndex,
  narrowIdentity,
];
