/** How a source is named on screen: its address, or what the bundled demo is. */
import type { SourceInfo } from '../../../shared/sync';

export function sourceName(source: Pick<SourceInfo, 'demo' | 'url'>): string {
  return source.demo ? 'Demo data (bundled simulator)' : source.url;
}
