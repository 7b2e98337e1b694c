import { lazy, type ComponentType } from 'react';

/** A view loaded as its own chunk, from a module that exports it by name (views use named exports). */
export function lazyView<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
