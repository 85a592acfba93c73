/**
 * Writes a GroundTruth as JSON company by company, so that large settings never build the whole
 * document as one string (V8 caps strings at about half a gigabyte).
 */
import { writeSync } from 'node:fs';
import type { GroundTruth } from './ground-truth';

export function writeTruth(fd: number, truth: GroundTruth): void {
  const { companies, ...head } = truth;
  writeSync(fd, `${JSON.stringify(head).slice(0, -1)},"companies":[`);
  companies.forEach((company, index) => {
    writeSync(fd, `${index === 0 ? '' : ','}\n${JSON.stringify(company)}`);
  });
  writeSync(fd, '\n]}\n');
}
