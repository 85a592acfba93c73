/**
 * The world map both the app and the report draw countries on: GeoJSON keyed by ISO alpha-2
 * (`iso_a2`), without Antarctica, which has no IBAN country and would take a fifth of the height.
 */
export interface WorldGeoJson {
  readonly type: string;
  readonly features: readonly { readonly properties: { readonly iso_a2: string } }[];
}

export function withoutAntarctica<T extends WorldGeoJson>(world: T): T {
  return { ...world, features: world.features.filter((feature) => feature.properties.iso_a2 !== 'AQ') };
}
