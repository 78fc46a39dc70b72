import { createContext, useContext } from 'react';
import type { CopydeskApi } from '@shared/contract/api';

/** Screens take the API from context, so tests can hand them an in-memory library. */
export const ApiContext = createContext<CopydeskApi | null>(null);

export function useApi(): CopydeskApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiContext provider above it.');
  return api;
}
