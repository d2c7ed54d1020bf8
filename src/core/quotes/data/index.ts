/** The quotes engine's word tables, one per language. */
import type { Lang } from '../../findings';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { JA } from './ja';
import { PT } from './pt';
import type { QuoteLangData } from './types';

export type { QuoteLangData } from './types';

export const QUOTE_DATA: Readonly<Record<Lang, QuoteLangData>> = { en: EN, fr: FR, de: DE, es: ES, it: IT, pt: PT, ja: JA };
