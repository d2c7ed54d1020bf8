import { findCompanies } from '../../../../src/core/companies';
import type { Lang } from '../../../../src/core/findings';

/** Canonical names found in `text`, distinct, in order of first mention. */
export function names(text: string, lang: Lang): string[] {
  return [...new Set(findCompanies(text, { lang }).map((f) => f.name))];
}

/** The texts (as written) of the findings. */
export function texts(text: string, lang: Lang): string[] {
  return findCompanies(text, { lang }).map((f) => f.text);
}
