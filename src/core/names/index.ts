/**
 * Person and organisation names in running text, by shape: the helpers the quotes engine uses to
 * find speakers, and that other engines may reuse. Pure and data-driven: the words that are not
 * names come from the caller's per-language tables.
 */
export { tokenize, adjacent, type Token } from './tokens';
export { nameRuns, type NameRun, type NameWords } from './runs';
export { FullNames } from './full-names';
