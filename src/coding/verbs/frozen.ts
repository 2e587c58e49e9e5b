/**
 * Immutable containers for loaded dictionaries. `Object.freeze` does not stop
 * `Map.prototype.set`, so loaded maps are built as `FrozenMap`s whose mutators throw.
 */

class FrozenMap<K, V> extends Map<K, V> {
  private sealed = false;

  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [key, value] of entries) super.set(key, value);
    this.sealed = true;
    Object.freeze(this);
  }

  override set(key: K, value: V): this {
    if (this.sealed) throw new TypeError('a loaded dictionary map cannot be changed');
    return super.set(key, value);
  }

  override delete(): boolean {
    throw new TypeError('a loaded dictionary map cannot be changed');
  }

  override clear(): void {
    throw new TypeError('a loaded dictionary map cannot be changed');
  }
}

/** A read-only map holding `entries` in order; `set`, `delete` and `clear` throw. */
export function frozenMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  return new FrozenMap(entries);
}

/** Freezes an object and every object or array reachable from it (already frozen ones are skipped). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i += 1) {
        const child: unknown = item[i];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    } else {
      for (const key in item) {
        const child: unknown = (item as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return value;
}
