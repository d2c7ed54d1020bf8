/**
 * Size of the company gazetteer, for the benchmark (`npm run bench`) and the report: how many
 * firms and names it holds and how many bytes its generated module adds to the content script.
 */
import { GAZETTEER_COUNTS, ensureGazetteer } from './gazetteer';
import { GAZETTEER_FILE_BYTES, GAZETTEER_SOURCES } from './data/gazetteer.generated';

/** Figures about the gazetteer. */
export interface GazetteerStats {
  /** Firms (one canonical name each). */
  firms: number;
  /** Names and spellings matched (several per firm). */
  names: number;
  /** Bytes of src/core/companies/data/gazetteer.generated.ts (before minifying). */
  fileBytes: number;
  /** The datasets and versions it was generated from. */
  sources: string;
}

/** The gazetteer's size, read from the compiled trie and the generated module. */
export function gazetteerStats(): GazetteerStats {
  ensureGazetteer();
  return {
    firms: GAZETTEER_COUNTS.firms,
    names: GAZETTEER_COUNTS.names,
    fileBytes: GAZETTEER_FILE_BYTES,
    sources: GAZETTEER_SOURCES,
  };
}
