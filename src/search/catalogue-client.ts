import { routes } from '../utils/routes.ts';
import type { CatalogueFile, LoadedCatalogue } from './catalogue-index.ts';
import { loadCatalogueIndex } from './catalogue-index.ts';

let loading: Promise<LoadedCatalogue | undefined> | undefined;

/** Downloads and loads the catalogue once per page; undefined if it cannot be fetched. */
export function loadCatalogue(): Promise<LoadedCatalogue | undefined> {
  loading ??= fetch(routes.searchCatalogue())
    .then((response) => (response.ok ? (response.json() as Promise<CatalogueFile>) : undefined))
    .then((file) => file && loadCatalogueIndex(file))
    .catch(() => undefined);
  return loading;
}
