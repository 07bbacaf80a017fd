"use client";

/**
 * Imported datasets kept in this browser (IndexedDB): they survive a reload and never leave the machine. No server
 * call is made here or anywhere in the import path. Other tabs of the same browser hear of changes via a
 * BroadcastChannel, this tab via a listener list.
 */
import type { ImportedRecord } from "@/lib/import/types";

const DB = "ai-city-index";
const STORE = "datasets";
const CHANNEL = "ai-city-index:datasets";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") return reject(new Error("this browser has no IndexedDB"));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "id" });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("could not open the browser's storage"));
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error("the browser's storage refused the change"));
      tx.onabort = () => reject(tx.error ?? new Error("the browser's storage refused the change (is it full?)"));
    });
  } finally {
    db.close();
  }
}

/** This visit's imports, also when the browser refuses to store them (private mode, full disk). */
const memory = new Map<string, ImportedRecord>();

const listeners = new Set<() => void>();
let channel: BroadcastChannel | null = null;
function changed() {
  for (const l of listeners) l();
  channel?.postMessage("changed");
}

/** Calls `fn` whenever the stored datasets change (in this tab or another). */
export function onImportsChanged(fn: () => void): () => void {
  if (!channel && typeof BroadcastChannel !== "undefined") {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => listeners.forEach((l) => l());
  }
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export async function listImports(): Promise<ImportedRecord[]> {
  const stored = await run<ImportedRecord[]>("readonly", (s) => s.getAll() as IDBRequest<ImportedRecord[]>).catch(
    () => [] as ImportedRecord[],
  );
  const all = [...new Map([...stored, ...memory.values()].map((r) => [r.id, r])).values()];
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getImport(id: string): Promise<ImportedRecord | null> {
  const held = memory.get(id);
  if (held) return held;
  const r = await run<ImportedRecord | undefined>(
    "readonly",
    (s) => s.get(id) as IDBRequest<ImportedRecord | undefined>,
  );
  if (r) memory.set(id, r);
  return r ?? null;
}

/** The record already read in this visit (the dashboard's data source loaded it), or null. */
export function peekImport(id: string): ImportedRecord | null {
  return memory.get(id) ?? null;
}

/** Keeps the record for this visit, then in the browser's storage (which may refuse: the caller is told). */
export async function putImport(record: ImportedRecord): Promise<void> {
  memory.set(record.id, record);
  try {
    await run("readwrite", (s) => s.put(record));
  } finally {
    changed();
  }
}

export async function renameImport(id: string, name: string): Promise<void> {
  const r = await getImport(id);
  if (!r) return;
  await putImport({ ...r, name, updatedAt: new Date().toISOString() });
}

export async function deleteImport(id: string): Promise<void> {
  memory.delete(id);
  await run("readwrite", (s) => s.delete(id));
  changed();
}
