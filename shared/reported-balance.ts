/**
 * When the difference between the computed balance and the balance the bank reports (exposer) is
 * worth an analyst's attention. The bank's figure is a snapshot taken at the sync, with no date of
 * its own and an unknown cut-off, so small gaps are the rule; only a gap above both an absolute
 * floor and a share of the reported figure is flagged (docs/decisions.md).
 */
export const reportedDifferenceFloor = 100;
export const reportedDifferenceShare = 0.1;

export function reportedDifferenceNotable(difference: number, reported: number): boolean {
  return (
    Math.abs(difference) > Math.max(reportedDifferenceFloor, reportedDifferenceShare * Math.abs(reported))
  );
}
