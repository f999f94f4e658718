import { useEffect, useState } from 'react';
import { progressStore } from '../../progress/browser-store.ts';
import type { ProgressDocument } from '../../progress/document.ts';
import type { ProgressStore } from '../../progress/store.ts';

/** The learner's progress, kept current as it changes here or in another tab; undefined until read. */
export function useProgress(): { document: ProgressDocument; store: ProgressStore } | undefined {
  const [state, setState] = useState<{ document: ProgressDocument; store: ProgressStore }>();
  useEffect(() => {
    const { store } = progressStore();
    const load = () => setState({ document: store.read(), store });
    load();
    return store.subscribe(load);
  }, []);
  return state;
}
