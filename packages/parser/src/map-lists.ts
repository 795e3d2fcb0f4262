/** The list kept under `key`, made empty and kept there on first use: indexes of many values by one key. */
export function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
